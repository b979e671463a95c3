package datementions

import (
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// The stage finds the dates of each segment, with body offsets and the
// segment index, resolved against the document date.
func TestStageFindsAndResolves(t *testing.T) {
	body := "Envoys will arrive on Tuesday.\nThe pact of 3 May 2021 holds."
	a := model.NewAnalysis(&document.Document{Body: body, Date: "2026-02-05"}, nil)
	a.Sents = []model.Sent{{Start: 0, End: 30, Kind: "sentence"}, {Start: 31, End: len(body), Kind: "sentence"}}
	if err := (Stage{}).Apply(a); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text, date string
		sent       int
	}{{"Tuesday", "2026-02-10", 0}, {"3 May 2021", "2021-05-03", 1}}
	if len(a.Dates) != len(want) {
		t.Fatalf("dates = %+v", a.Dates)
	}
	for i, w := range want {
		d := a.Dates[i]
		if d.Text != w.text || body[d.Start:d.End] != w.text || d.Date != w.date || d.Sent != w.sent {
			t.Errorf("date %d = %+v, want %q %s in segment %d", i, d, w.text, w.date, w.sent)
		}
	}
	if got := DateIn(a, 31, len(body)); len(got) != 1 || got[0] != "2021-05-03" {
		t.Errorf("DateIn second segment = %v", got)
	}
}
