package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// runDefaultEntityStages runs the entity stages on body with the shipped
// gazetteer, for tests of what its data lets the stages find.
func runDefaultEntityStages(t *testing.T, body string) *model.Analysis {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
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
	checkEntityEvidence(t, a)
	return a
}

func TestPlacesSubdivisionsWatersAndCities(t *testing.T) {
	body := "Drones struck the Volyn region and a depot in Bavaria. Tankers crossed the Bosphorus into the Gulf of Aden, " +
		"barges moved down the Danube, and the delegation flew on to Quebec City and Tamil Nadu."
	a := runDefaultEntityStages(t, body)
	got := entityNames(a.Result.Places)
	want := []string{"Volyn Oblast", "Bavaria", "Bosphorus", "Gulf of Aden", "Danube", "Quebec City", "Tamil Nadu"}
	if !slices.Equal(got, want) {
		t.Errorf("places = %v, want %v", got, want)
	}
}

// A longer listed name wins over the place inside it: the city, not the
// province, in "Quebec City"; the gate, not the Land, in "Brandenburg Gate".
func TestPlacesLongerNameWins(t *testing.T) {
	a := runDefaultEntityStages(t, "Crowds gathered at the Brandenburg Gate, then in New Delhi.")
	got := entityNames(a.Result.Places)
	if !slices.Equal(got, []string{"Brandenburg Gate", "New Delhi"}) {
		t.Errorf("places = %v, want the gate and the capital", got)
	}
}

// A listed place that begins or ends a longer name is not a place; a
// title, a region word or a headline's capitals after it keep it.
func TestPlacesInsideLongerNames(t *testing.T) {
	body := "Shares of Texas Instruments rose and Alaska Airlines fell, said Florida Smithson of the University of Michigan. " +
		"The Bank of Montreal agreed. Texas Governor Greg Abbott and officials in Bavaria and the Volyn region disagreed."
	a := runDefaultEntityStages(t, body)
	got := entityNames(a.Result.Places)
	want := []string{"Texas", "Bavaria", "Volyn Oblast"}
	if !slices.Equal(got, want) {
		t.Errorf("places = %v, want %v", got, want)
	}
	a = runDefaultEntityStages(t, "Budget Talks Resume at Bonn Climate Meeting\n\nDelegates met in Bonn.")
	if got := entityNames(a.Result.Places); !slices.Equal(got, []string{"Bonn"}) {
		t.Fatalf("places = %v, want Bonn", got)
	}
	if p, _ := entityNamed(a.Result.Places, "Bonn"); len(p.Evidence) != 2 {
		t.Errorf("Bonn evidence = %v, want the headline's mention too", p.Evidence)
	}
}
