package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds a name to the key under which Lookup finds it: lower
// case, accents stripped ("Élysée" -> "elysee"), dotted initials joined
// ("U.S." -> "us"), a trailing possessive dropped ("Zelensky's" ->
// "zelensky"), punctuation folded to single spaces and a leading "the "
// dropped ("the Kremlin" -> "kremlin").
func Normalize(s string) string {
	toks := tokenize(s, nil)
	// A possessive 's after the last word is not part of the name.
	if n := len(toks); n >= 2 && toks[n-1].gap == "'" && toks[n-1].end-toks[n-1].start == 1 &&
		(s[toks[n-1].start] == 's' || s[toks[n-1].start] == 'S') {
		toks = toks[:n-1]
	}
	var b strings.Builder
	first := true
	leading := true
	for i, t := range toks {
		word := foldToken(s[t.start:t.end], t.initials)
		if word == "" {
			continue // a word of marks only, e.g. a ligature NFKD turns into a space and marks
		}
		if leading && word == "the" && i < len(toks)-1 {
			continue
		}
		leading = false
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(word)
	}
	return b.String()
}

// token is one word of a text: a maximal run of letters and digits, or a
// run of dotted single-letter initials ("U.S.", "J.D.") taken as one word.
type token struct {
	start, end int    // byte offsets of the word (for initials, including the dots)
	gap        string // what separates it from the previous word, see gapClass
	initials   bool   // dotted initials: fold drops the dots
}

// gapHard separates words that never belong to one name (a blank line).
const gapHard = "\n"

// tokenize splits s into words. buf is reused when it has capacity.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	prevEnd := 0
	for {
		start, end, initials, ok := nextWord(s, prevEnd)
		if !ok {
			return toks
		}
		toks = append(toks, token{start: start, end: end, gap: gapClass(s[prevEnd:start], len(toks) == 0), initials: initials})
		prevEnd = end
	}
}

// nextWord finds the first word of s at or after byte from.
func nextWord(s string, from int) (start, end int, initials, ok bool) {
	i := from
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				end, initials = scanWord(s, i)
				return i, end, initials, true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			end, initials = scanWord(s, i)
			return i, end, initials, true
		}
		i += size
	}
	return 0, 0, false, false
}

// scanWord returns the end of the word starting at i. A single letter
// followed by a dot and another single letter with a dot is a run of
// initials, which ends after its last dot.
func scanWord(s string, i int) (end int, initials bool) {
	if j, ok := scanInitials(s, i); ok {
		return j, true
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		i += size
	}
	return i, false
}

// scanInitials recognises "X.Y." (two or more single letters each followed
// by a dot) at i.
func scanInitials(s string, i int) (int, bool) {
	if i+1 >= len(s) || s[i+1] != '.' && s[i] < utf8.RuneSelf {
		return 0, false // the common case: not a single ASCII letter and a dot
	}
	n, j := 0, i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		j += size + 1
		n++
	}
	if n < 2 {
		return 0, false
	}
	return j, true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// gapClass reduces the characters between two words to what matters for a
// multi-word name: "" for spaces and hyphens (soft: "Interfax-Ukraine"
// matches "Interfax Ukraine"), gapHard for a blank line or sentence-ending
// punctuation, otherwise the punctuation itself with spaces removed ("/"
// in "RFE/RL", "." in "Caliber.Az", "'" in "Cote d'Ivoire").
func gapClass(g string, first bool) string {
	if first {
		return ""
	}
	soft := true
	newlines := 0
	for i := 0; i < len(g); i++ {
		c := g[i]
		switch c {
		case ' ', '\t', '\r', '-':
		case '\n':
			newlines++
		default:
			soft = false
		}
	}
	if newlines >= 2 {
		return gapHard
	}
	if soft {
		return ""
	}
	var b strings.Builder
	for _, r := range g {
		switch {
		case unicode.IsSpace(r), r == '-', r == '\u2010', r == '\u2011':
		case r == '\u2019', r == '\u2018', r == '\u02bc', r == '`':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldToken lower-cases a word and strips its accents. Initials lose their
// dots.
func foldToken(w string, initials bool) string {
	if initials {
		w = strings.ReplaceAll(w, ".", "")
	}
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(w) {
		if rep, ok := foldSpecial[r]; ok {
			b.WriteString(rep)
			continue
		}
		if !isWordRune(r) {
			continue // marks, and what compatibility decomposition adds ("ŀ" -> "l·")
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldSpecial maps letters that NFKD does not decompose to their usual
// Latin transcription.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	'ħ': "h", 'Ħ': "h",
}

// caseShape classifies how a word is written, for the matcher's case rules.
type caseShape uint8

const (
	shapeLower       caseShape = iota // "turkey", "of"
	shapeCapitalised                  // "Turkey", "McDonald"
	shapeUpper                        // "TURKEY", "NATO", "U.S."
)

func shapeOf(w string) caseShape {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		if unicode.IsDigit(r) {
			return shapeCapitalised // numbers carry no case: "7" in "G 7"
		}
		return shapeLower
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return shapeCapitalised
		}
	}
	return shapeUpper
}
