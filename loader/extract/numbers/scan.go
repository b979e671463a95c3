package numbers

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/dates"
	"github.com/kg-project/kg/loader/extract/token"
)

// numTok is a word, a number (digits with inner ',' or '.' between
// digits, and an ordinal suffix) or one punctuation character, with byte
// offsets into the scanned text.
type numTok struct {
	start, end int
	kind       byte // 'w', 'n', 'p'
	ordinal    bool
	// lowed tells where a word's lower case is (see numScanner.lower):
	// 'a' its slice of the lowered text, 's' its own text (a word longer
	// than any lexicon entry), 'c' the scanner's lows[lowAt], 0 none. A
	// token holds no pointer: appending it needs no write barrier.
	lowed byte
	lowAt int32
}

// numFound is one numeric expression with the parts the claims need.
type numFound struct {
	start, end       int // whole expression: qualifier .. unit
	valueStart       int // qualifier or number start
	valueEnd         int // end of number, scale, currency or percent
	unitStart        int // the unit word(s), -1 when none
	unitEnd          int
	qualifier        string
	qualifierKind    string
	low, high        float64
	isRange          bool
	unit             string
	adjectival       bool // "a four-year war": the unit qualifies a noun
	headStart        int  // the noun an adjectival number qualifies, -1
	headEnd          int
	fromWord, scaled bool
	ordinal          bool // the edition of a recurring event ("the ninth summit")
}

// numScratch holds buffers reused across the segments of a document.
type numScratch struct {
	toks  []numTok
	lows  []string          // lower case of the non-ASCII words of toks
	lower map[string]string // lower-cased non-ASCII words
}

// numTokenize splits s into numToks; low is token.ASCIILower(s), whose
// slices are the lower-cased ASCII words; the lower case of another word
// is appended to lows.
func numTokenize(s, low string, dst []numTok, lows []string, cache *map[string]string) ([]numTok, []string) {
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
				if (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			t := numTok{start: i, end: j, kind: 'n'}
			if j+2 <= len(s) {
				suf := low[j : j+2] // what strings.ToLower gives for the ASCII suffixes
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && (j+2 == len(s) || !numIsLetterAt(s, j+2)) {
					t.end, t.ordinal = j+2, true
				}
			}
			dst = append(dst, t)
			i = t.end
		default:
			if j, ascii := numWordEnd(s, i); j > i {
				t := numTok{start: i, end: j, kind: 'w'}
				switch {
				case j-i > 20: // longer than any lexicon entry: kept as it is
					t.lowed = 's'
				case ascii:
					t.lowed = 'a'
				default:
					t.lowed, t.lowAt = 'c', int32(len(lows))
					lows = append(lows, dates.LowerOnce(s[i:j], cache))
				}
				dst = append(dst, t)
				i = j
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			dst = append(dst, numTok{start: i, end: i + size, kind: 'p'})
			i += size
		}
	}
	return dst, lows
}

// numWordEnd returns the end of the word starting at s[i] (i itself when
// s[i] starts no letter): letters, and inner apostrophes before a letter
// other than the "s" of a possessive; ascii tells whether it is ASCII.
func numWordEnd(s string, i int) (int, bool) {
	j, ascii := dates.LetterRunEnd(s, i)
	for j > i && j+1 < len(s) && s[j] == '\'' && numIsLetterAt(s, j+1) && s[j+1] != 's' {
		k, more := dates.LetterRunEnd(s, j+1)
		j, ascii = k, ascii && more
	}
	return j, ascii
}

func numIsLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// numScanner finds numeric expressions in one text.
type numScanner struct {
	lx     *Lexicon
	s, low string // the text and its token.ASCIILower
	toks   []numTok
	lows   []string // the lower case of non-ASCII words (numTok.lowAt)
}

func (n *numScanner) text(i int) string { return n.s[n.toks[i].start:n.toks[i].end] }

func (n *numScanner) lower(i int) string {
	if i < 0 || i >= len(n.toks) {
		return ""
	}
	switch t := &n.toks[i]; t.lowed {
	case 'a':
		return n.low[t.start:t.end]
	case 's':
		return n.s[t.start:t.end]
	case 'c':
		return n.lows[t.lowAt]
	}
	return ""
}

func (n *numScanner) punct(i int, p string) bool {
	return i >= 0 && i < len(n.toks) && n.toks[i].kind == 'p' && n.text(i) == p
}

// adjacent reports whether token j starts where token i ends.
func (n *numScanner) adjacent(i, j int) bool {
	return i >= 0 && j < len(n.toks) && n.toks[i].end == n.toks[j].start
}

// numScan returns the numeric expressions of s, skipping those that
// overlap a byte range in skip (dates), sorted and relative to s.
func numScan(lx *Lexicon, s string, skip [][2]int) []numFound {
	return numScanBuf(lx, s, "", skip, nil)
}

// numScanBuf is numScan reusing the buffers of sc when not nil; low is
// token.ASCIILower(s) when the caller has it (a slice of the lowered
// body), else "".
func numScanBuf(lx *Lexicon, s, low string, skip [][2]int, sc *numScratch) []numFound {
	return numScanUntil(lx, s, low, skip, sc, -1)
}

// numScanUntil is numScanBuf stopping after the first expression that
// starts at byte stop of s (-1: none), the last of the result then.
func numScanUntil(lx *Lexicon, s, low string, skip [][2]int, sc *numScratch, stop int) []numFound {
	if !numMayHold(lx, s) {
		return nil
	}
	if sc == nil {
		sc = &numScratch{}
	}
	if len(low) != len(s) {
		low = token.ASCIILower(s)
	}
	toks, lows := numTokenize(s, low, sc.toks[:0], sc.lows[:0], &sc.lower)
	sc.toks, sc.lows = toks, lows
	n := &numScanner{lx: lx, s: s, low: low, toks: toks, lows: lows}
	var out []numFound
	for i := 0; i < len(n.toks); i++ {
		if !n.MayStart(i) {
			continue
		}
		f, next, ok := n.at(i)
		if !ok {
			continue
		}
		if numOverlaps(skip, f.valueStart, f.valueEnd) {
			continue
		}
		if f.unit == "" && len(out) > 0 {
			f.unit = numComparedUnit(lx, s, &out[len(out)-1], &f)
			if f.unit == "" {
				f.unit = numEllipticUnit(s, &out[len(out)-1], &f)
			}
		}
		out = append(out, f)
		if f.start == stop {
			break
		}
		i = next - 1
	}
	return out
}

// numMayHold is a fast filter: a digit, a number word, a scale word or a
// vague count.
func numMayHold(lx *Lexicon, s string) bool {
	var buf [12]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if (c|0x20) < 'a' || (c|0x20) > 'z' {
			i++
			continue
		}
		j := i
		for j < len(s) && (s[j]|0x20) >= 'a' && (s[j]|0x20) <= 'z' {
			j++
		}
		if n := j - i; n >= 3 && n <= len(buf) && lx.countFilter.MayHaveParts(n, c|0x20, s[j-1]|0x20) {
			for k := 0; k < n; k++ {
				buf[k] = s[i+k] | 0x20
			}
			// a number word, a scale or a vague count ("a million",
			// "several thousand"), an ordinal
			if lx.countWords[string(buf[:n])] {
				return true
			}
		}
		i = j
	}
	return false
}

// MayStart is a fast test for a token that can begin an expression: a
// number, a number word, "a"/"an", or a currency sign or code.
func (n *numScanner) MayStart(i int) bool {
	t := n.toks[i]
	switch t.kind {
	case 'n':
		return true
	case 'w':
		if low := n.lower(i); n.lx.startFilter.MayHave(low) && n.lx.startWords[low] { // a number word, "a", "an", a vague count, an ordinal
			return true
		}
		c := n.s[t.start]
		return c >= 'A' && c <= 'Z' && i+1 < len(n.toks) && n.toks[i+1].start-t.end <= 1 &&
			(n.toks[i+1].kind == 'n' || n.toks[i+1].kind == 'p')
	}
	return n.s[t.start] >= 0x80 || n.s[t.start] == '$'
}

func numOverlaps(spans [][2]int, s, e int) bool {
	for _, sp := range spans {
		if sp[0] < e && s < sp[1] {
			return true
		}
	}
	return false
}

// value reads a number at i: digits, or number words ("twenty-five",
// "a dozen", "two hundred"), with a following scale. next is the token
// after it.
func (n *numScanner) value(i int) (v float64, next int, fromWord, scaled, ok bool) {
	if i >= len(n.toks) {
		return 0, i, false, false, false
	}
	t := n.toks[i]
	switch {
	case t.kind == 'n':
		if t.ordinal {
			return 0, i, false, false, false
		}
		raw := strings.ReplaceAll(n.text(i), ",", "")
		if strings.Count(raw, ".") > 1 {
			return 0, i, false, false, false
		}
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return 0, i, false, false, false
		}
		v, next = f, i+1
	case t.kind == 'w':
		w := n.lower(i)
		if n.lx.vague[w] && i+1 < len(n.toks) {
			// "several thousand troops": the scale is the lower bound
			if s, ok := n.lx.Scales[n.lower(i+1)]; ok && len(n.lower(i+1)) > 3 {
				v, next, fromWord = s, i+2, true
				break
			}
			return 0, i, false, false, false
		}
		if (w == "a" || w == "an") && i+1 < len(n.toks) {
			if s, ok := n.lx.Scales[n.lower(i+1)]; ok && len(n.lower(i+1)) > 3 {
				v, next, fromWord = s, i+2, true
				break
			}
			if n.lower(i+1) == "dozen" {
				v, next, fromWord = 12, i+2, true
				break
			}
			return 0, i, false, false, false
		}
		f, found := n.lx.Words[w]
		if !found {
			return 0, i, false, false, false
		}
		v, next, fromWord = f, i+1, true
		// "twenty-five"
		if f >= 20 && f < 100 && n.punct(next, "-") && n.adjacent(i, next) && n.adjacent(next, next+1) {
			if u, ok := n.lx.Words[n.lower(next+1)]; ok && u > 0 && u < 10 {
				v, next = f+u, next+2
			}
		}
	default:
		return 0, i, false, false, false
	}
	// Scales: "two hundred", "3 million", "1.5bn", "20k".
	for next < len(n.toks) && n.toks[next].kind == 'w' {
		w := n.lower(next)
		s, found := n.lx.Scales[w]
		if !found {
			break
		}
		short := len(w) <= 3
		if short && !n.adjacent(next-1, next) && w != "bn" && w != "mn" && w != "mln" && w != "tn" {
			break
		}
		if short && next+1 < len(n.toks) && n.adjacent(next, next+1) && n.toks[next+1].kind == 'w' {
			break
		}
		v *= s
		scaled = true
		next++
	}
	return v, next, fromWord, scaled, true
}

// numComparators are the words before the second figure of a comparison
// ("4.6 billion dollars, down from 6 billion", "20% rather than 15").
var numComparators = map[string]bool{"from": true, "than": true, "versus": true, "vs": true}

// numComparedUnit returns the currency or percent of prev for a bare
// figure f compared with it in the same clause, or "".
func numComparedUnit(lx *Lexicon, s string, prev, f *numFound) string {
	if prev.unit != "percent" && !lx.isCurrency(prev.unit) || prev.end > f.valueStart {
		return ""
	}
	between := s[prev.end:f.valueStart]
	words := strings.Fields(between)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(between, ".;:()") {
		return ""
	}
	if !numComparators[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	return prev.unit
}

// numEllipticUnit returns the unit of prev for a qualified figure that
// ends its sentence without a noun of its own ("returned 101 children,
// while the other side brought back about 20."), or "".
func numEllipticUnit(s string, prev, f *numFound) string {
	if prev.unit == "" || f.qualifier == "" || prev.end > f.valueStart {
		return ""
	}
	rest := strings.TrimLeft(s[f.valueEnd:], " \t")
	if rest != "" && rest[0] != '.' && rest[0] != ';' {
		return ""
	}
	return prev.unit
}
