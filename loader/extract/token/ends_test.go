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

// TestJoinedIsLongestAtOfEach: the joined lists give, at every token,
// what each list's LongestAt gives, ties between equally long phrases
// and prefix patterns included.
func TestJoinedIsLongestAtOfEach(t *testing.T) {
	a := Compile([]string{"peace talks", "monitor*", "peace", "border monitors"})
	b := Compile([]string{"summit", "border", "mon*", "peace talks", "peace*"})
	c := Compile([]string{"*", "talks"})
	text := "The summit of Freedonia held peace talks; border monitors of Ruritania said talks would monitor it."
	toks := Scan(text, 0, len(text), nil)
	toks = append(toks, Tok{Norm: ""}) // a masked word
	for _, lists := range [][]*Phrases{{&a, &b}, {&a, &b, &c}} {
		j := Join(lists...)
		best := make([]int, j.Len())
		for i := range toks {
			found := j.LongestAt(toks, i, best)
			any := false
			for l, ps := range lists {
				want := ps.LongestAt(toks, i)
				any = any || want >= 0
				if found && best[l] != want {
					t.Fatalf("at %q list %d: joined %d, LongestAt %d", toks[i].Norm, l, best[l], want)
				}
			}
			if found != any {
				t.Fatalf("at %q: joined found %v, lists %v", toks[i].Norm, found, any)
			}
		}
	}
}
