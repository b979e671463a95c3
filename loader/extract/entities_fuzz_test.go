package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// FuzzEntityStages runs the entity stages on arbitrary text: no panic,
// and every evidence span lies inside the body and equals its text.
func FuzzEntityStages(f *testing.F) {
	for _, seed := range []string{
		"", "By ", "PARIS, Jan 6 (Reuters) - ", "© ", "(Writing by ;)", "'s", "U.S.", "\"",
		"Belgian Prime Minister Jan Peeters met Macron's envoy Tom Baker in Paris.\r\n",
		"## **STATEMENT**\n\nWe agreed. We met.\n", "the so-called \"coalition of the willing\"",
		"Secretary General of NATO Jan Peeters, the Belgian Foreign Minister, said.",
	} {
		f.Add(seed)
	}
	g := entityTestGazetteer(f)
	var stages []model.Stage
	for _, b := range entityStages {
		s, err := b.build(g, data.FS)
		if err != nil {
			f.Fatalf("build stage %s: %v", b.name, err)
		}
		stages = append(stages, s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		a := model.NewAnalysis(&document.Document{ID: "fuzz", Body: body, Explicit: map[string]bool{}}, g)
		for _, s := range stages {
			if err := s.Apply(a); err != nil {
				t.Fatalf("%T: %v", s, err)
			}
		}
		checkEntityEvidence(t, a)
		for _, sp := range a.Result.Document.Evidence {
			runes := []rune(body)
			if sp.Start < 0 || sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Text {
				t.Errorf("metadata span %+v does not match the body", sp)
			}
		}
	})
}
