package extract

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/internal/testgazetteer"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// entityTestGazetteer is the small gazetteer written for the entity tests.
func entityTestGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	return testgazetteer.New(t)
}

// runEntityStages runs the entity stages alone over body.
func runEntityStages(t *testing.T, body string, explicit map[string]bool) *model.Analysis {
	t.Helper()
	g := entityTestGazetteer(t)
	if explicit == nil {
		explicit = map[string]bool{}
	}
	doc := &document.Document{ID: "test", Body: body, Explicit: explicit}
	a := model.NewAnalysis(doc, g)
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

// checkEntityEvidence fails when a span's text is not the body between its
// code point offsets.
func checkEntityEvidence(t *testing.T, a *model.Analysis) {
	t.Helper()
	runes := []rune(a.Body)
	for _, list := range [][]model.Entity{a.Result.Persons, a.Result.Countries, a.Result.Organizations, a.Result.Places} {
		for _, e := range list {
			if len(e.Evidence) == 0 {
				t.Errorf("%s has no evidence", e.ID)
			}
			for _, sp := range e.Evidence {
				if sp.Start < 0 || sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Text {
					t.Errorf("%s: span %d-%d %q does not match the body", e.ID, sp.Start, sp.End, sp.Text)
				}
			}
		}
	}
}

// entityNamed returns the entity of the list with the given name.
func entityNamed(list []model.Entity, name string) (model.Entity, bool) {
	for _, e := range list {
		if e.Name == name {
			return e, true
		}
	}
	return model.Entity{}, false
}

func entityNames(list []model.Entity) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Name)
	}
	return out
}

// documentFields is the document a test prepares before running stages.
type documentFields = document.Document

// runEntityStagesDoc is runEntityStages with a document the test adjusts.
func runEntityStagesDoc(t *testing.T, body string, set func(*documentFields)) *model.Analysis {
	t.Helper()
	g := entityTestGazetteer(t)
	doc := &document.Document{ID: "test", Body: body, Explicit: map[string]bool{}}
	set(doc)
	a := model.NewAnalysis(doc, g)
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
