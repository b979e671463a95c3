package dates

import (
	"strings"
	"time"
	"unicode/utf8"

	ktoken "github.com/kg-project/kg/loader/extract/token" // dates has a type of its own named token
)

// Match is a date expression found in a text: byte offsets of the span
// (modifiers such as "last" or "since" included) and what it says.
type Match struct {
	Start, End int
	Expr       Expr
}

// token is a word, a number (with inner '-', '/' or '.' between digits
// and an ordinal suffix) or one punctuation character.
type token struct {
	start, end int
	kind       byte // 'w' word, 'n' number, 'p' punctuation
	// lowed tells where a word's lower case is: 'a' its slice of the
	// lowered text (an ASCII word), 'c' the Finder's lows[lowAt] (another
	// word), 0 none (no word, or one too long to be looked up). A token
	// holds no pointer: appending it needs no write barrier.
	lowed byte
	lowAt int32
}

var monthByName = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdayByName = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// startWords are the words a date expression can begin with (besides
// numbers): filled from the tables below in init.
var startWords = map[string]bool{
	"last": true, "past": true, "previous": true, "next": true, "coming": true, "this": true,
	"since": true, "later": true, "earlier": true,
}

func init() {
	for w := range monthByName {
		startWords[w] = true
	}
	for w := range weekdayByName {
		startWords[w] = true
	}
	for w := range dayOffsets {
		startWords[w] = true
	}
	for w := range smallNumbers {
		startWords[w] = true
	}
	for w := range startWords {
		n := len(w)
		if n == 0 || n > maxStartWord || letterBit(w[0]) == 0 || letterBit(w[n-1]) == 0 {
			startUnfiltered = true // a word the masks cannot hold: look every word up
			continue
		}
		startFirst[n] |= letterBit(w[0])
		startLast[n] |= letterBit(w[n-1])
	}
}

// maxStartWord is the length of the longest start word allowed.
const maxStartWord = 12

// startFirst[n] and startLast[n] have the bit of each letter (letterBit)
// that a start word of n letters begins or ends with: a word failing
// either is none, without a map lookup.
var startFirst, startLast [maxStartWord + 1]uint32

// startUnfiltered is set when a start word does not fit the masks.
var startUnfiltered bool

// letterBit is the bit of a lower-case ASCII letter, 0 for another byte.
func letterBit(c byte) uint32 {
	if c < 'a' || c > 'z' {
		return 0
	}
	return 1 << (c - 'a')
}

// isStartWord reports whether w (lower case) is a start word.
func isStartWord(w string) bool {
	if n := len(w); !startUnfiltered && (n == 0 || n > maxStartWord || startFirst[n]&letterBit(w[0]) == 0 || startLast[n]&letterBit(w[n-1]) == 0) {
		return false
	}
	return startWords[w]
}

var dayOffsets = map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "a": 1,
}

// yearPrepositions introduce a bare year ("in 2014").
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "before": true,
	"after": true, "during": true, "of": true, "through": true, "early": true, "late": true,
	"mid": true, "and": true, "to": true, "throughout": true, "within": true,
}

// Find returns the date expressions in s, in order, not overlapping.
func Find(s string) []Match {
	var f Finder
	return f.Find(s)
}

// Finder finds date expressions reusing its buffers between calls; it is
// not safe for concurrent use. The zero value is ready.
type Finder struct {
	toks  []token
	lows  []string          // lower case of the non-ASCII words of toks
	lower map[string]string // lower-cased non-ASCII words
}

// Find is Find with the Finder's buffers.
func (f *Finder) Find(s string) []Match { return f.FindLowered(s, "") }

// FindLowered is Find for a text whose ASCII lower case (A-Z lowered,
// every other byte kept, as token.ASCIILower) the caller has: low, a
// slice of the lowered body, or "" to have it computed.
func (f *Finder) FindLowered(s, low string) []Match {
	if !mayHoldDate(s) {
		return nil
	}
	if len(low) != len(s) {
		low = ktoken.ASCIILower(s)
	}
	f.toks, f.lows = tokenize(s, low, f.toks[:0], f.lows[:0], &f.lower)
	toks := f.toks
	mt := matcher{s: s, low: low, toks: toks, lows: f.lows}
	var out []Match
	for i := 0; i < len(toks); {
		if toks[i].kind == 'p' || toks[i].kind == 'w' && !isStartWord(mt.lower(i)) {
			i++
			continue
		}
		m, next, ok := matchAt(&mt, i)
		if ok {
			out = append(out, m)
			i = next
			continue
		}
		i++
	}
	return out
}

// Parse reads a whole text as one date expression ("Jan. 6", "last
// week", and the bare "November" or "2014" that Find accepts only after a
// word such as "in"); ok is false when the text is not exactly one
// expression.
func Parse(text string) (Expr, bool) {
	var f Finder
	for _, pre := range []string{"", "in "} {
		t := pre + text
		ms := f.Find(t)
		if len(ms) == 1 && strings.TrimSpace(t[len(pre):ms[0].Start]) == "" && strings.TrimSpace(t[ms[0].End:]) == "" && ms[0].Start >= len(pre) {
			return ms[0].Expr, true
		}
	}
	return Expr{}, false
}

// mayHoldDate is a fast filter: a digit, or a word a date expression
// can begin with.
func mayHoldDate(s string) bool {
	var buf [12]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if !isASCIILetter(c) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= len(buf) {
			if !startUnfiltered && (startFirst[n]&letterBit(c|0x20) == 0 || startLast[n]&letterBit(s[j-1]|0x20) == 0) {
				i = j
				continue
			}
			for k := 0; k < n; k++ {
				buf[k] = s[i+k] | 0x20
			}
			if startWords[string(buf[:n])] {
				return true
			}
		} else if n == 1 && (c|0x20) == 'a' {
			// "a week ago"
			if j+1 < len(s) && ((s[j+1]|0x20) == 'w' || (s[j+1]|0x20) == 'd') {
				return true
			}
		}
		i = j
	}
	return false
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// tokenize splits s into tokens; low is ktoken.ASCIILower(s). The lower case of
// a non-ASCII word is appended to lows (lower-cased once: cache).
func tokenize(s, low string, dst []token, lows []string, cache *map[string]string) ([]token, []string) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) {
				if s[j] >= '0' && s[j] <= '9' {
					j++
					continue
				}
				if (s[j] == '-' || s[j] == '/' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			if j+2 <= len(s) {
				if suf := low[j : j+2]; (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && (j+2 == len(s) || !isASCIILetter(s[j+2])) {
					j += 2
				}
			}
			dst = append(dst, token{start: i, end: j, kind: 'n'})
			i = j
		default:
			if j, ascii := LetterRunEnd(s, i); j > i {
				t := token{start: i, end: j, kind: 'w'}
				switch {
				case j-i > maxStartWord: // too long to be looked up
				case ascii:
					t.lowed = 'a'
				default:
					t.lowed, t.lowAt = 'c', int32(len(lows))
					lows = append(lows, LowerOnce(s[i:j], cache))
				}
				dst = append(dst, t)
				i = j
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			dst = append(dst, token{start: i, end: i + size, kind: 'p'})
			i += size
		}
	}
	return dst, lows
}

// IsCalendarWord reports whether w is the name or abbreviation of a month
// or a weekday ("Jun", "Sept", "Friday"), whatever its case: a word that
// is no surname on its own.
func IsCalendarWord(w string) bool {
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	_, month := monthByName[low]
	_, day := weekdayByName[low]
	return month || day
}
