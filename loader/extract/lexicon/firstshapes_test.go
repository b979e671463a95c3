package lexicon

import (
	"slices"
	"testing"
)

// A word is rejected only when its lowered shape is no key's; non-ASCII
// words are never rejected.
func TestFirstShapes(t *testing.T) {
	s := newFirstShapes(slices.Values([]string{"prime", "son", "élu"}))
	for w, want := range map[string]bool{"Prime": false, "PRICE": false, "son": false, "sun": false,
		"primer": true, "the": true, "Sonne": true, "": false, "Élu": false, "sonné": false, "élan": false} {
		if got := s.rejectsLower(w); got != want {
			t.Errorf("rejectsLower(%q) = %v, want %v", w, got, want)
		}
	}
}
