package extract

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/gen"
)

// No stage writes into the token slices it is given: after the whole
// pipeline, each document's layer still equals a fresh scan of its body
// (token.Tokens hands out the layer's own words).
func TestTokenLayerReadOnly(t *testing.T) {
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*document.Document
	arts, err := gen.Generate(gen.Config{Docs: 40, Seed: 7, Gaz: gaz})
	if err != nil {
		t.Fatal(err)
	}
	for art := range arts {
		docs = append(docs, &document.Document{ID: art.ID, Body: art.Body, Explicit: map[string]bool{}})
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "heldout", "h*"))
	for doc, err := range document.All(paths, document.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) < 45 {
		t.Fatalf("only %d documents", len(docs))
	}
	for _, d := range docs {
		a := model.NewAnalysis(d, gaz)
		for _, s := range p.Stages {
			if err := s.Apply(a); err != nil {
				t.Fatalf("%s: %v", d.ID, err)
			}
		}
		l := token.FindLayer(a.Body)
		if l == nil {
			t.Fatalf("%s: no token layer after the fact stages", d.ID)
		}
		if want := token.Scan(a.Body, 0, len(a.Body), nil); len(l.Toks)+len(want) > 0 && !reflect.DeepEqual(l.Toks, want) {
			t.Fatalf("%s: a stage changed the words of the token layer", d.ID)
		}
		a.ReleaseTokens()
	}
}
