package metadata

import (
	"strings"
	"testing"
	"unicode"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
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

func TestLoweredText(t *testing.T) {
	body := "Read More at WWW.Example.com · ÉTÉ Ça"
	a := model.NewAnalysis(&document.Document{Body: body}, nil)
	for _, r := range [][2]int{{0, 9}, {0, len(body)}, {13, 28}, {len(body) - 4, len(body)}} {
		if got, want := loweredText(a, r[0], r[1]), strings.ToLower(body[r[0]:r[1]]); got != want {
			t.Errorf("loweredText(%d, %d) = %q, want %q", r[0], r[1], got, want)
		}
	}
}
