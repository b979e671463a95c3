package metadata

import (
	"strings"
	"testing"
	"unicode"
)

func TestLoweredWordsAllIn(t *testing.T) {
	set := map[string]bool{"search": true, "share": true, "ça": true, "été": true}
	for _, text := range []string{"", "Search", "Search · Share", "ÇA été", "ÇA été x", "— ·", "Share\xffsearch", "share  ÉTÉ!", "İ", "Share 3"} {
		words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
		want := len(words) > 0
		for _, w := range words {
			want = want && set[w]
		}
		if got := loweredWordsAllIn(text, set); got != want {
			t.Errorf("loweredWordsAllIn(%q) = %v, want %v", text, got, want)
		}
	}
}
