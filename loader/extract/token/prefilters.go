package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// OpensUpper reports whether text starts with an upper-case letter
// (\p{Lu}), as every dateline does.
func OpensUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}

// MayHoldSiteName reports whether text can hold a match of siteNameRE:
// each has a full stop followed by a capital or by a lower-case ASCII
// letter ("Caliber.Az", "Example.com").
func MayHoldSiteName(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0 && i+1 < len(text); {
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if r >= 'a' && r <= 'z' || unicode.IsUpper(r) {
			return true
		}
		k := strings.IndexByte(text[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
