package entities

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug makes the local id part of a name: lower case, accents stripped,
// every run of other characters one hyphen ("Bart De Wever" ->
// "bart-de-wever", "Élysée Palace" -> "elysee-palace"). The same name
// gives the same slug in every document, so ids are stable.
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			if rep, ok := slugSpecial[r]; ok {
				b.WriteString(rep)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			hyphen = true
		}
	}
	return b.String()
}

// slugSpecial transcribes letters that NFKD leaves whole.
var slugSpecial = map[rune]string{
	'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i",
}
