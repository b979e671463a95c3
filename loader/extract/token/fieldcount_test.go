package token

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestFieldCountIsLenOfFields(t *testing.T) {
	cases := []string{"", " ", "one", " two  words ", "a\tb\nc\vd\fe\rf", "no\u00a0break\u2003em space",
		"\u0085next line", "caf\u00e9 \xff bad", "trailing\u3000"}
	pieces := []string{"a", "Ü", " ", "\t", "\n", "\u00a0", "\u2003", "\xff", "\xe2\x80", "—", "x1", "\u0085"}
	r := rand.New(rand.NewPCG(3, 5))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := FieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("FieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
