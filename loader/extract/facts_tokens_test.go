package extract

import (
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/gen"

	"github.com/kg-project/kg/loader/extract/token"

	"github.com/kg-project/kg/loader/extract/model"
)

// The token layer answers every span exactly as a scan of that span does,
// whatever the span's ends cut: words, multi-byte letters, invalid bytes.
func TestTokenLayerSpanEqualsScan(t *testing.T) {
	bodies := []string{
		"",
		"word",
		"The Élysée said on Monday: «we will» — 2,500 troops; Zürich-based AG.",
		"  Ça va?\tNaïve coöperation…\n\nÑandú 42nd 3.5% x",
		"bad \xff\xfebytes\xc3 in\xe2\x82 words\xe2\x82\xac end\xc3",
		"日本語のテキスト and Ελληνικά λέξεις, Кириллица тоже.",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, body := range bodies {
		l := token.NewLayer(body)
		if got, want := l.Toks, token.Scan(body, 0, len(body), nil); !equalToks(got, want) {
			t.Fatalf("layer of %q = %v, want %v", body, got, want)
		}
		n := len(body)
		check := func(s, e int) {
			got, want := l.Span(s, e), token.Scan(body, s, e, nil)
			if !equalToks(got, want) {
				t.Fatalf("span(%d, %d) of %q = %v, want %v", s, e, body, got, want)
			}
			last := ""
			if len(want) > 0 {
				last = want[len(want)-1].Norm
			}
			if w := l.LastWord(s, e); w != last {
				t.Fatalf("lastWord(%d, %d) of %q = %q, want %q", s, e, body, w, last)
			}
		}
		if n <= 40 {
			for s := 0; s <= n; s++ {
				for e := s; e <= n; e++ {
					check(s, e)
				}
			}
			continue
		}
		for range 5000 {
			s := rng.IntN(n + 1)
			check(s, s+rng.IntN(n-s+1))
		}
	}
}

// equalToks compares token lists, nil and empty alike.
func equalToks(a, b []token.Tok) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// fxTokens finds the layer of a registered body, serves other strings by
// scanning, and a released body is scanned again.
func TestTokenLayerRegistry(t *testing.T) {
	a := &model.Analysis{Body: "Leaders met in Brussels. They agreed."}
	if token.FindLayer(a.Body) != nil {
		t.Fatal("layer found before it was built")
	}
	l := a.Tokens()
	if token.FindLayer(a.Body) != l || a.Tokens() != l {
		t.Fatal("registered layer not found again")
	}
	if !equalToks(token.Tokens(a.Body, 3, 20), token.Scan(a.Body, 3, 20, nil)) {
		t.Fatal("fxTokens through the layer differs from a scan")
	}
	other := "Leaders met in Brussels. They agreed!"
	if token.FindLayer(other) != nil {
		t.Fatal("a different text of the same length found the layer")
	}
	a.ReleaseTokens()
	if token.FindLayer(a.Body) != nil {
		t.Fatal("layer still found after release")
	}
}

// The first-word filter never rejects a word some phrase starts with.
func TestPhraseFilterKeepsFirstWords(t *testing.T) {
	ps := token.Compile([]string{"according to", "said", "Élysée palace", "monitor*", "a b c"})
	for _, w := range []string{"according", "said", "elysee", "a"} {
		if !ps.MayStart(w) {
			t.Errorf("mayStart(%q) = false", w)
		}
	}
	text := "it was monitored, said the Elysee Palace"
	toks := token.Tokens(text, 0, len(text))
	var got []string
	for _, h := range ps.All(toks) {
		got = append(got, h.Phrase)
	}
	if want := []string{"monitor*", "said", "Élysée palace"}; !reflect.DeepEqual(got, want) {
		t.Errorf("all = %v, want %v", got, want)
	}
}

// No stage writes into the token slices it is given: after the whole
// pipeline, each document's layer still equals a fresh scan of its body
// (fxTokens hands out the layer's own words).
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
		if !equalToks(l.Toks, token.Scan(a.Body, 0, len(a.Body), nil)) {
			t.Fatalf("%s: a stage changed the words of the token layer", d.ID)
		}
		a.ReleaseTokens()
	}
}
