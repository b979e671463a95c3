package token

import (
	"math/rand"
	"strings"
	"testing"
)

// slugByJoin is Slug as it was first written: the folded words joined.
func slugByJoin(s string) string {
	var parts []string
	for _, t := range Scan(s, 0, len(s), nil) {
		parts = append(parts, t.Norm)
	}
	return strings.Join(parts, "-")
}

// Slug gives what joining the folded words gives, on slugs already made
// and on random mixes of letters, digits, hyphens, spaces and accents.
func TestSlugMatchesJoin(t *testing.T) {
	for _, s := range []string{"", "-", "summit", "press-conference", "press conference", "a--b", "-a", "a-", "Élysée 2", "g7", "x-1-y"} {
		if got, want := Slug(s), slugByJoin(s); got != want {
			t.Errorf("Slug(%q) = %q, want %q", s, got, want)
		}
	}
	parts := []string{"a", "z", "Q", "7", "-", " ", "é", "_", "."}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(10); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := Slug(s), slugByJoin(s); got != want {
			t.Fatalf("Slug(%q) = %q, want %q", s, got, want)
		}
	}
}

// PrefixedSlug is the prefix and the slug, on slugs and on other text.
func TestPrefixedSlug(t *testing.T) {
	for _, s := range []string{"", "summit", "Press Conference", "a--b"} {
		if got, want := PrefixedSlug("event:", s), "event:"+slugByJoin(s); got != want {
			t.Errorf("PrefixedSlug(event:, %q) = %q, want %q", s, got, want)
		}
	}
}
