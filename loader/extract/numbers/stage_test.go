package numbers

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// On segments and dates set by hand: a qualified count becomes a number
// and a claim, the date's digits are no number.
func TestStagesOnGivenSegments(t *testing.T) {
	lx, err := LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	body := "More than 40 ministers met on 9 June 2024."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Sents = []model.Sent{{Start: 0, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	a.Dates = []model.DateMention{{Start: 30, End: 41, Text: "9 June 2024", Date: "2024-06-09"}}
	for _, st := range []model.Stage{Stage{Lexicon: lx}, ClaimsStage{Lexicon: lx}} {
		if err := st.Apply(a); err != nil {
			t.Fatal(err)
		}
	}
	if len(a.Numbers) != 1 || a.Numbers[0].Low != 40 || a.Numbers[0].Qualifier != "more than" || a.Numbers[0].Unit != "ministers" {
		t.Fatalf("numbers = %+v", a.Numbers)
	}
	if c := a.Result.NumericClaims; len(c) != 1 || c[0].Value != "More than 40" || c[0].Unit != "ministers" {
		t.Errorf("claims = %+v", c)
	}
}
