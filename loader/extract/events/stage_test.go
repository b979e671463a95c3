package events

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// A dated summit in a city, on a hand-segmented sentence with its place
// and date mentions given, is one event with that date and place.
func TestDatedSummitInACity(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	body := "Leaders held a summit in Harbourton on 3 May 2025."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body, Date: "2025-05-04"}, nil)
	a.Sents = []model.Sent{{Start: 0, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	a.AddMention(model.Mention{Start: 25, End: 35, Text: "Harbourton", Key: "place:harbourton", Kind: "place", Form: "name", Sent: 0})
	a.Dates = []model.DateMention{{Start: 39, End: 49, Text: "3 May 2025", Date: "2025-05-03", Sent: 0}}
	if err := st.Apply(a); err != nil {
		t.Fatal(err)
	}
	ev := a.Result.Events
	if len(ev) != 1 || ev[0].Type != "summit" || ev[0].Date == nil || *ev[0].Date != "2025-05-03" || ev[0].PlaceID != "place:harbourton" {
		t.Fatalf("events = %+v", ev)
	}
}
