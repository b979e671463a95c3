package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// loweredWordsAllIn is whether splitting strings.ToLower(text) at every
// non-letter gives words and every one is in set, read word by word and
// stopping at the first word not in set (no lower-cased copy of the
// whole text). Each rune is lowered as strings.ToLower does (invalid
// UTF-8 reads as utf8.RuneError, a non-letter).
func loweredWordsAllIn(text string, set map[string]bool) bool {
	var buf [64]byte
	word := buf[:0]
	words := 0
	for _, r := range text {
		if l := unicode.ToLower(r); unicode.IsLetter(l) {
			word = utf8.AppendRune(word, l)
			continue
		}
		if len(word) > 0 {
			if !set[string(word)] {
				return false
			}
			words++
			word = word[:0]
		}
	}
	if len(word) > 0 {
		if !set[string(word)] {
			return false
		}
		words++
	}
	return words > 0
}

// loweredText is strings.ToLower(a.Body[st:en]), read from the
// document's lowered body when the text is ASCII (where both lower only
// A-Z) instead of making a copy.
func loweredText(a *model.Analysis, st, en int) string {
	if text := a.Body[st:en]; !token.IsASCII(text) {
		return strings.ToLower(text)
	}
	return model.LowerBody(a)[st:en]
}
