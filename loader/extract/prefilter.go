package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Prefilters: cheap scans that tell, exactly, that a regular expression
// or a costly test cannot succeed on a text, so that the hot paths skip
// it. Each states the condition every match needs; none may change what
// the guarded code finds.

// mayHoldHorizon reports whether text can hold a match of horizonRE:
// every match ends in "year", "month" or "decade" (in any case) or in a
// year 19xx/20xx. The letters of those words fold only to their ASCII
// capitals, so a byte scan is exact.
func mayHoldHorizon(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] | 0x20 {
		case 'y':
			if hasFoldASCII(text[i+1:], "ear") {
				return true
			}
		case 'm':
			if hasFoldASCII(text[i+1:], "onth") {
				return true
			}
		case 'd':
			if hasFoldASCII(text[i+1:], "ecade") {
				return true
			}
		}
		if c := text[i]; (c == '1' || c == '2') && i+3 < len(text) {
			if (c == '1' && text[i+1] == '9' || c == '2' && text[i+1] == '0') && isASCIIDigit(text[i+2]) && isASCIIDigit(text[i+3]) {
				return true
			}
		}
	}
	return false
}

// hasFoldASCII reports whether s starts with lower (ASCII lower-case
// letters) in either case.
func hasFoldASCII(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for k := 0; k < len(lower); k++ {
		if s[k]|0x20 != lower[k] {
			return false
		}
	}
	return true
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// maxSourceLineFields bounds the words of a source line ("Harbour Times
// 3 March 2025"): a name of at most three words and a date of at most
// four ("6th of January 2026").
const maxSourceLineFields = 3 + 4

// tooManyWordsForSourceLine reports a text with more words than a source
// line can have, counting only the fields (space-separated, as
// strings.Fields splits) that hold a character other than the separators
// and trailing marks a source line may also carry (",|-–—."): those
// belong to its name or its date.
func tooManyWordsForSourceLine(text string) bool {
	n, solid := 0, false
	for _, r := range text {
		if isFieldSpace(r) {
			solid = false
			continue
		}
		if !solid && !isSourceLineMark(r) {
			solid = true
			if n++; n > maxSourceLineFields {
				return true
			}
		}
	}
	return false
}

// isFieldSpace is the space test of strings.Fields.
func isFieldSpace(r rune) bool { return unicode.IsSpace(r) }

func isSourceLineMark(r rune) bool {
	switch r {
	case ',', '|', '-', '–', '—', '.':
		return true
	}
	return false
}

// opensUpper reports whether text starts with an upper-case letter
// (\p{Lu}), as every dateline does.
func opensUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r)
}

// mayHoldSiteName reports whether text can hold a match of siteNameRE:
// each has a full stop followed by a capital or by a lower-case ASCII
// letter ("Caliber.Az", "Example.com").
func mayHoldSiteName(text string) bool {
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
