package token

import "testing"

// TestEndsBeforeIndexedIsEndsBefore: the indexed test answers as the scan
// over every phrase does, at every token, for literal and prefix last
// words and for phrases longer than the tokens before.
func TestEndsBeforeIndexedIsEndsBefore(t *testing.T) {
	ps := Compile([]string{"peace talks", "talks", "monitor*", "the summit of", "border monitor*", "of"})
	text := "The summit of Freedonia held peace talks; border monitors of Ruritania said talks would monitor it."
	toks := Scan(text, 0, len(text), nil)
	toks = append(toks, Tok{Norm: ""}) // a masked word
	for i := -1; i <= len(toks)+1; i++ {
		if got, want := ps.EndsBeforeIndexed(toks, i), ps.EndsBefore(toks, i); got != want {
			t.Fatalf("at %d: indexed %v, scan %v", i, got, want)
		}
	}
	var empty Phrases
	if empty.EndsBeforeIndexed(toks, 2) {
		t.Fatal("an empty list ends nowhere")
	}
}
