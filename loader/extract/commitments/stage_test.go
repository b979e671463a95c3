package commitments

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// A country's pledge of a sum, on a hand-segmented sentence with the
// country's mention and entity given, is an agreed commitment of that
// country, and a refusal is denied.
func TestPledgeAndRefusal(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ body, status string }{
		{"France pledged 40 million euros in humanitarian aid for the region.", "agreed"},
		{"France declined to send troops to the region.", "denied"},
	} {
		a := model.NewAnalysis(&document.Document{ID: "d", Body: tc.body}, nil)
		a.Sents = []model.Sent{{Start: 0, End: len(tc.body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
		a.AddMention(model.Mention{Start: 0, End: 6, Text: "France", Key: "country:FRA", Kind: "country", Form: "name", Sent: 0})
		a.Result.Countries = []model.Entity{{ID: "country:FRA", Name: "France", Kind: "country"}}
		if err := st.Apply(a); err != nil {
			t.Fatal(err)
		}
		cs := a.Result.Commitments
		if len(cs) != 1 || cs[0].Status != tc.status || len(cs[0].ByIDs) != 1 || cs[0].ByIDs[0] != "country:FRA" {
			t.Errorf("%q: commitments = %+v", tc.body, cs)
		}
	}
}
