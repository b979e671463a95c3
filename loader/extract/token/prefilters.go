package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Prefilters: cheap scans that tell, exactly, that a regular expression
// or a costly test cannot succeed on a text, so that the hot paths skip
// it. Each states the condition every match needs; none may change what
// the guarded code finds.

// MayHoldHorizon reports whether text can hold a match of horizonRE:
// every match ends in "year", "month" or "decade" (in any case) or in a
// year 19xx/20xx. The letters of those words fold only to their ASCII
// capitals, so a byte scan is exact.
func MayHoldHorizon(text string) bool {
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

// MayHoldCopyright reports whether text can hold a match of a copyright
// notice's pattern: each opens with "copyright" (in any case), "©" or
// "(c)" (in either case). Those letters fold only to their ASCII
// capitals, so a byte scan is exact.
func MayHoldCopyright(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA9: // ©
			return true
		case c == '(' && i+2 < len(text) && text[i+1]|0x20 == 'c' && text[i+2] == ')':
			return true
		case c|0x20 == 'c' && hasFoldASCII(text[i+1:], "opyright"):
			return true
		}
	}
	return false
}
