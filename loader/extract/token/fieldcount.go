package token

import (
	"unicode"
	"unicode/utf8"
)

// FieldCount is len(strings.Fields(s)) without building the fields: the
// number of runs of non-space runes (unicode.IsSpace) in s.
func FieldCount(s string) int {
	n, inField := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}
