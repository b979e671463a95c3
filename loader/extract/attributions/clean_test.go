package attributions

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/extract/token"
)

// TestCleanTextEqualsClean checks cleanText against token.Clean on
// random texts of words, spaces, marks and broken UTF-8.
func TestCleanTextEqualsClean(t *testing.T) {
	parts := []string{"a", "Word", " ", "  ", "\t", "\n", "*", "**", ".", ",", "\"", "“", "”", "’", "-", "–", "—",
		"\u00a0", "\u2009", "\u0085", "é", "\xe2", "(", ")", ":"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 50000; n++ {
		var b []byte
		for k := rng.Intn(12); k > 0; k-- {
			b = append(b, parts[rng.Intn(len(parts))]...)
		}
		s := string(b)
		if got, want := cleanText(s), token.Clean(s); got != want {
			t.Fatalf("cleanText(%q) = %q, want %q", s, got, want)
		}
	}
}

// wordsOf and slugID give what token.Tokens and token.Slug give.
func TestWordsOfAndSlugOf(t *testing.T) {
	for _, s := range []string{"", "Minister of Defence", "Élysée  officials", "a senior EU-official's aide", "  ", "X2 Ré-Ünion ç"} {
		if got, want := slugID("unnamed:", s), "unnamed:"+token.Slug(s); got != want {
			t.Errorf("slugID(%q) = %q, want %q", s, got, want)
		}
		if got, want := wordsOf(s), token.Tokens(s, 0, len(s)); len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("wordsOf(%q) = %v, want %v", s, got, want)
		}
	}
}
