package extracttest

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/extract/model"
)

// RunEntityStages runs the entity stages alone (no segmentation, no
// dates) over body, with the gazetteer of Gazetteer and the given explicit
// front-matter fields, and checks the entities' evidence.
func RunEntityStages(t *testing.T, body string, explicit map[string]bool) *model.Analysis {
	t.Helper()
	return RunEntityStagesDoc(t, body, func(doc *document.Document) {
		if explicit != nil {
			doc.Explicit = explicit
		}
	})
}

// RunEntityStagesDoc is RunEntityStages on a document that set adjusts
// (its date, kind, source, front matter) before the stages run.
func RunEntityStagesDoc(t *testing.T, body string, set func(*document.Document)) *model.Analysis {
	t.Helper()
	g := Gazetteer(t)
	doc := &document.Document{ID: "test", Body: body, Explicit: map[string]bool{}}
	set(doc)
	p, err := extract.NewEntityPart(g, data.FS)
	if err != nil {
		t.Fatalf("build the entity stages: %v", err)
	}
	a := model.NewAnalysis(doc, g)
	if err := p.Apply(a); err != nil {
		t.Fatalf("entity stages: %v", err)
	}
	CheckEntityEvidence(t, a)
	return a
}

// CheckEntityEvidence fails when a found person, country, organization or
// place has no evidence, or a span's text is not the body between its code
// point offsets.
func CheckEntityEvidence(t *testing.T, a *model.Analysis) {
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

// EntityNamed returns the entity of the list with the given name.
func EntityNamed(list []model.Entity, name string) (model.Entity, bool) {
	for _, e := range list {
		if e.Name == name {
			return e, true
		}
	}
	return model.Entity{}, false
}

// EntityNames returns the names of the list's entities, in order.
func EntityNames(list []model.Entity) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Name)
	}
	return out
}
