package credits

import "regexp"

// Header dates are looked for in whole lines, many of them paragraphs.
// Running the three unanchored date patterns over a line tries every
// position; the same patterns anchored, tried only where a date can start
// (a day number or a month name at a word boundary, after a cheap look at
// the next bytes), give the same leftmost match at a fraction of the cost.
var (
	// 6 January 2026, 6th of January 2026, 6 Jan
	DayMonthAtRE = regexp.MustCompile(`^(?i)(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+` + MonthPattern + `(?:,?\s+(\d{4}))?\b`)
	// January 6, 2026, Jan. 6 2026, Jan 6
	MonthDayAtRE = regexp.MustCompile(`^(?i)` + MonthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`)
	IsoDateAtRE  = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})\b`)
)

// DateCandidate tells whether a pattern of the family can match at s[i:]
// (given that i is a word boundary); it may say yes too often, never too
// rarely.
type DateCandidate func(s string, i int) bool

// FirstDateMatch returns the submatch indexes, in s, of the leftmost match
// of the anchored pattern re (whose unanchored form opens with \b) among
// the positions that cand admits; nil when there is none.
func FirstDateMatch(re *regexp.Regexp, s string, cand DateCandidate) []int {
	for i := 0; i < len(s); i++ {
		if !wordBoundaryAt(s, i) || !cand(s, i) {
			continue
		}
		if m := re.FindStringSubmatchIndex(s[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

// wordBoundaryAt is the regexp \b at byte i: an ASCII word character on
// one side only (a byte of a non-ASCII rune is no word character).
func wordBoundaryAt(s string, i int) bool {
	before := i > 0 && isASCIIWordByte(s[i-1])
	at := i < len(s) && isASCIIWordByte(s[i])
	return before != at
}

func isASCIIWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// IsoDateCandidate admits four digits and a hyphen.
func IsoDateCandidate(s string, i int) bool {
	return i+4 < len(s) && isDigitByte(s[i]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) && s[i+4] == '-'
}

// DayMonthCandidate admits a day of one or two digits followed by a
// space or the first letter of an ordinal suffix (st, nd, rd, th).
func DayMonthCandidate(s string, i int) bool {
	if !isDigitByte(s[i]) {
		return false
	}
	j := i + 1
	if j < len(s) && isDigitByte(s[j]) {
		j++
	}
	if j >= len(s) {
		return false
	}
	switch s[j] {
	case ' ', '\t', '\n', '\f', '\r', 's', 'S', 'n', 'N', 'r', 'R', 't', 'T':
		return true
	}
	return s[j] >= 0x80 // a rune that case-folds to a suffix letter
}

// monthPrefixes are the first three letters of every month pattern.
var monthPrefixes = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true,
}

// MonthDayCandidate admits the three letters of a month, in any case. A
// non-ASCII byte among them (a rune that case-folds to a letter of a
// month, such as the long s) is always admitted.
func MonthDayCandidate(s string, i int) bool {
	if i+3 > len(s) {
		return i < len(s) && s[i] >= 0x80
	}
	var low [3]byte
	for k := range 3 {
		c := s[i+k]
		if c >= 0x80 {
			return true
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k] = c
	}
	return monthPrefixes[string(low[:])]
}
