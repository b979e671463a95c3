package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

func TestSurnameAtSentenceStartBeforeAuxiliary(t *testing.T) {
	g, err := gazetteer.New([]gazetteer.Entry{{ID: "ivo-marek", Kind: gazetteer.Person, Name: "Ivo Marek"}})
	if err != nil {
		t.Fatal(err)
	}
	body := "The ports stay open.\n\nMarek did not expect the vote. Harbour traffic did not stop."
	a := model.NewAnalysis(&document.Document{ID: "test", Body: body, Explicit: map[string]bool{}}, g)
	for _, b := range entityStages {
		s, err := b.build(g, data.FS)
		if err != nil {
			t.Fatalf("build stage %s: %v", b.name, err)
		}
		if err := s.Apply(a); err != nil {
			t.Fatalf("stage %s: %v", b.name, err)
		}
	}
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"Ivo Marek"}) {
		t.Fatalf("persons = %v, want the one gazetteer person of that surname", got)
	}
}
