package entities

import (
	"io/fs"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// On one hand-segmented sentence: a titled person and a gazetteer country
// become mentions, and the entities stage lists them in Result.
func TestPersonAndCountryOnGivenSegment(t *testing.T) {
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	body := "Foreign Minister Jane Roe arrived in France on Monday."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, gaz)
	a.Sents = []model.Sent{{Start: 0, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	for _, build := range []func(*gazetteer.Gazetteer, fs.FS) (model.Stage, error){NewGazMatchStage, NewPersonStage, NewEntitiesStage} {
		st, err := build(gaz, data.FS)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Apply(a); err != nil {
			t.Fatal(err)
		}
	}
	var persons, countries []string
	for _, e := range a.Result.Persons {
		persons = append(persons, e.Name)
	}
	for _, e := range a.Result.Countries {
		countries = append(countries, e.Name)
	}
	if len(persons) != 1 || persons[0] != "Jane Roe" {
		t.Errorf("persons = %v", persons)
	}
	if len(countries) != 1 || countries[0] != "France" {
		t.Errorf("countries = %v", countries)
	}
}
