package gazetteer

import (
	"testing"
	"unicode/utf8"
)

// TestFoldKey checks the matcher's in-place folding against foldToken,
// which the trie's keys are made with.
func TestFoldKey(t *testing.T) {
	words := []struct {
		w        string
		initials bool
	}{
		{"Zelensky", false}, {"ZELENSKY", false}, {"of", false}, {"G7", false}, {"7", false},
		{"U.S.", true}, {"É.U.", true}, {"Élysée", false}, {"ÉLYSÉE", false}, {"Straße", false},
		{"Łódź", false}, {"Øresund", false}, {"Ærø", false}, {"ŉ", false}, {"e\u0301", false},
		{"Müller", false}, {"Ñandú", false}, {"İstanbul", false}, {"Þór", false},
	}
	for r := rune(utf8.RuneSelf); r < latinFoldEnd; r++ {
		words = append(words, struct {
			w        string
			initials bool
		}{"A" + string(r) + "b", false})
	}
	var w walker
	for _, gap := range []string{"", "/", "'"} {
		for _, x := range words {
			want := gap + foldToken(x.w, x.initials)
			shape, ok := w.foldKey(gap, x.w, x.initials)
			if !ok {
				t.Errorf("foldKey(%q, %q) not folded", gap, x.w)
				continue
			}
			if got := string(w.buf[:w.n]); got != want {
				t.Errorf("foldKey(%q, %q) = %q, want %q", gap, x.w, got, want)
			}
			if w.hash != keyHash(want) {
				t.Errorf("foldKey(%q, %q) hash %d, want keyHash %d", gap, x.w, w.hash, keyHash(want))
			}
			if shape != shapeOf(x.w) {
				t.Errorf("foldKey(%q, %q) shape %d, want %d", gap, x.w, shape, shapeOf(x.w))
			}
		}
	}
	if _, ok := w.foldKey("", "Москва", false); ok {
		t.Error("a Cyrillic word should be left to foldToken")
	}
}
