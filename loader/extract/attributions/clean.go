package attributions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/token"
)

// cleanText is token.Clean(s), returning s itself when Clean would keep
// it as it is: most claims and names are already single-spaced words
// with no emphasis marks and no punctuation at either end, and cleaning
// them copies them several times over.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	return token.Clean(s)
}

// cleanCut is what token.Clean trims from both ends.
const cleanCut = " \t\"“”‘’'.,;:-–—*"

// isClean reports whether token.Clean(s) is s: no space at either end,
// no whitespace but single spaces between words (strings.Fields and
// Join would change nothing), no "**", and no rune of cleanCut at either
// end.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune(cleanCut, r) || unicode.IsSpace(r) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(cleanCut, r) || unicode.IsSpace(r) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		case c == '*':
			if i+1 < len(s) && s[i+1] == '*' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}
