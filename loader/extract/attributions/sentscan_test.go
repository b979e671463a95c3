package attributions

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/token"
)

// Every first word of the sentence lists has a shape firstShapes lets
// through; a prefix pattern lets every word through.
func TestFirstShapes(t *testing.T) {
	lex, err := LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, ps := range lex.sentLists {
		for _, p := range ps.List {
			if !lex.sentFirsts.mayStart(p.Words[0]) {
				t.Errorf("first word %q of %q kept out", p.Words[0], p.Raw)
			}
		}
	}
	star := token.Compile([]string{"monitor*"})
	if f := firstShapesOf([]*token.Phrases{&star}); !f.mayStart("zebra") {
		t.Error("a prefix pattern does not let every word through")
	}
	said := token.Compile([]string{"said"})
	if f := firstShapesOf([]*token.Phrases{&said}); f.mayStart("the") || !f.mayStart("said") {
		t.Error("shapes of a one-word list")
	}
}

// allShaped finds what All finds.
func TestAllShaped(t *testing.T) {
	ps := token.Compile([]string{"draft statement", "draft", "statement", "joint draft statement", "text"})
	f := firstShapesOf([]*token.Phrases{&ps})
	text := "The joint draft statement, a draft, and the text: statement draft statement texts."
	toks := token.Scan(text, 0, len(text), nil)
	for from := 0; from <= len(toks); from++ {
		for to := from; to <= len(toks); to++ {
			got, want := allShaped(&ps, f, toks[from:to]), ps.All(toks[from:to])
			if len(got) != len(want) {
				t.Fatalf("[%d:%d] allShaped = %v, All = %v", from, to, got, want)
			}
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("[%d:%d] allShaped = %v, All = %v", from, to, got, want)
				}
			}
		}
	}
}
