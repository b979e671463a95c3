package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// companyTestGazetteer holds a few companies, some under cue names.
func companyTestGazetteer(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.New([]gazetteer.Entry{
		{ID: "shell", Kind: gazetteer.Organization, Type: "company", Name: "Shell", Aliases: []string{"Shell plc"}, CueNames: []string{"Shell"}},
		{ID: "ford", Kind: gazetteer.Organization, Type: "company", Name: "Ford", Aliases: []string{"Ford Motor"}, CueNames: []string{"Ford"}},
		{ID: "apple", Kind: gazetteer.Organization, Type: "company", Name: "Apple", CueNames: []string{"Apple"}},
		{ID: "totalenergies", Kind: gazetteer.Organization, Type: "company", Name: "TotalEnergies", Aliases: []string{"Total"}, CueNames: []string{"Total"}},
		{ID: "amazon", Kind: gazetteer.Organization, Type: "company", Name: "Amazon", CueNames: []string{"Amazon"}},
		{ID: "meta", Kind: gazetteer.Organization, Type: "company", Name: "Meta", CueNames: []string{"Meta"}},
		{ID: "nvidia", Kind: gazetteer.Organization, Type: "company", Name: "Nvidia"},
		{ID: "boeing", Kind: gazetteer.Organization, Type: "company", Name: "Boeing"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// runStagesWith runs the text and entity stages over body with the
// gazetteer g.
func runStagesWith(t *testing.T, g *gazetteer.Gazetteer, body string) *model.Analysis {
	t.Helper()
	a := model.NewAnalysis(&document.Document{ID: "test", Body: body, Explicit: map[string]bool{}}, g)
	for _, list := range [][]stageBuilder{textStages, entityStages} {
		for _, b := range list {
			s, err := b.build(g, data.FS)
			if err != nil {
				t.Fatalf("build stage %s: %v", b.name, err)
			}
			if err := s.Apply(a); err != nil {
				t.Fatalf("stage %s: %v", b.name, err)
			}
		}
	}
	return a
}

func TestCompanyCueNames(t *testing.T) {
	g := companyTestGazetteer(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		// A cue word near the common-word name makes it the company.
		{"Shell shares fell after the results.", []string{"Shell"}},
		{"The carmaker Ford will cut jobs in Cologne.", []string{"Ford"}},
		{"Apple's chief executive met the minister.", []string{"Apple"}},
		// Without a cue the word is not the company.
		{"Total spending on roads rose last year.", nil},
		{"The amazon of rivers is the Amazon, which floods each spring.", nil},
		{"Meta analysis was left to the reviewers.", nil},
		// A cue word in another sentence does not count.
		{"Apple trees line the road. The company next door grows pears.", nil},
		// Named unambiguously once, the short name is the company everywhere.
		{"Shell plc posted results. Later, Shell reopened the terminal.", []string{"Shell"}},
		// Names that are not cue names need no cue.
		{"Nvidia and Boeing signed the deal.", []string{"Nvidia", "Boeing"}},
	} {
		a := runStagesWith(t, g, c.body)
		var got []string
		for _, o := range a.Result.Organizations {
			got = append(got, o.Name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: organizations = %v, want %v", c.body, got, c.want)
		}
	}
}
