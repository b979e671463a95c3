package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tok is one word of a text, lower-cased, with byte offsets into Body.
type Tok struct {
	Norm       string
	Start, End int
}

// Tokens splits Body[start:end] into words (runs of letters and digits)
// lower-cased, keeping byte offsets into Body. On the body of a document
// whose token layer is built (the fact stages build it) it is a lookup in
// that layer; elsewhere a scan. Read the slice, never write into it: it
// may be the layer's own (appending is safe).
func Tokens(body string, start, end int) []Tok {
	if l := FindLayer(body); l != nil {
		return l.Span(start, end)
	}
	return Scan(body, start, end, nil)
}

// Scan appends the words of body[start:end] to out (see Tokens).
func Scan(body string, start, end int, out []Tok) []Tok {
	return ScanLower(body, "", start, end, out)
}

// ScanLower is Scan given lower, body with A-Z lower-cased (or ""):
// an ASCII word's folded form is then a slice of it, not a new string.
func ScanLower(body, lower string, start, end int, out []Tok) []Tok {
	i := start
	for i < end {
		if c := body[i]; c < utf8.RuneSelf {
			if !asciiWordByte[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(body[i:]); !IsWordRune(r) {
			i += size
			continue
		}
		j, ascii := i, true
		for j < end {
			if c := body[j]; c < utf8.RuneSelf {
				if !asciiWordByte[c] {
					break
				}
				j++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(body[j:])
			if !IsWordRune(r2) {
				break
			}
			ascii = false
			j += s2
		}
		w := ""
		if ascii && lower != "" {
			w = lower[i:j] // what Fold gives for an ASCII word
		} else {
			w = Fold(body[i:j])
		}
		out = append(out, Tok{Norm: w, Start: i, End: j})
		i = j
	}
	return out
}

// asciiWordByte tells the ASCII bytes IsWordRune accepts (letters and
// digits), so that the scanner decodes runes only beyond ASCII.
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = IsWordRune(rune(c))
	}
	return t
}()

func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Fold lower-cases a word and strips accents of common Latin letters so
// that "Élysée" and "Elysee" compare equal.
func Fold(s string) string {
	s = strings.ToLower(s)
	if IsASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(BaseRune(r))
	}
	return b.String()
}

func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func BaseRune(r rune) rune {
	switch {
	case strings.ContainsRune("àáâãäå", r):
		return 'a'
	case strings.ContainsRune("èéêë", r):
		return 'e'
	case strings.ContainsRune("ìíîï", r):
		return 'i'
	case strings.ContainsRune("òóôõö", r):
		return 'o'
	case strings.ContainsRune("ùúûü", r):
		return 'u'
	case r == 'ç':
		return 'c'
	case r == 'ñ':
		return 'n'
	}
	return r
}

// Phrase is a lexicon phrase compiled to words; a word ending in "*"
// matches any word it prefixes. A phrase of punctuation only (";")
// matches that text literally.
type Phrase struct {
	Raw   string
	Words []string
}

// Phrases is a compiled phrase list, indexed by first word so that
// matching at a token tries only the phrases that can start there (the
// phrase matcher is the hot loop of the fact stages).
type Phrases struct {
	List []Phrase
	// byFirst lists, for each literal first word, the phrases starting
	// with it; starFirst lists the phrases whose first word is a prefix
	// pattern ("monitor*").
	byFirst   map[string][]int
	starFirst []int
	// firsts holds a bit for each literal first word (fxWordBit): a word
	// whose bit is clear starts no phrase, and is passed without hashing
	// it for byFirst. Nil for an empty list. starBytes holds the first
	// bytes of the prefix patterns (starAny: a pattern matches any word).
	firsts    *[fxWordBits / 64]uint64
	starBytes *[4]uint64
	starAny   bool
	// byLast indexes the list by last word (see EndsBeforeIndexed).
	byLast *lastIndex
}

// fxWordBits is the size of a phrase list's first-word filter.
const fxWordBits = 4096

// fxWordBit is the filter bit of a word: from its length and its first,
// middle and last bytes, so cheaper than a map lookup. (With 512 bits and
// no middle byte, three in four words the filter let through on the
// generated corpus started no phrase; with these, one in three.)
func fxWordBit(w string) uint {
	n := uint(len(w))
	if n == 0 {
		return 0
	}
	h := (uint(w[0])*131+uint(w[n-1]))*31 + uint(w[n/2])*7 + n*1009
	return (h ^ h>>7) % fxWordBits
}

// MayStart reports whether a literal first word of the list can be w.
func (ps *Phrases) MayStart(w string) bool {
	if ps.firsts == nil {
		return false
	}
	b := fxWordBit(w)
	return ps.firsts[b/64]&(1<<(b%64)) != 0
}

// passes reports a word no phrase of the list can start with, told by the
// filters alone: longestAt there is -1.
func (ps *Phrases) passes(w string) bool {
	if ps.MayStart(w) || ps.starAny {
		return false
	}
	if ps.starBytes == nil || w == "" {
		return true
	}
	return ps.starBytes[w[0]/64]&(1<<(w[0]%64)) == 0
}

func Compile(list []string) Phrases {
	var out []Phrase
	for _, raw := range list {
		p := Phrase{Raw: raw}
		for _, w := range strings.Fields(raw) {
			star := strings.HasSuffix(w, "*")
			w = strings.TrimSuffix(w, "*")
			toks := Tokens(w, 0, len(w))
			for k, t := range toks {
				s := t.Norm
				if star && k == len(toks)-1 {
					s += "*"
				}
				p.Words = append(p.Words, s)
			}
		}
		if len(p.Words) > 0 {
			out = append(out, p)
		}
	}
	return Index(out)
}

// Index builds the first-word index of a phrase list.
func Index(list []Phrase) Phrases {
	ps := Phrases{List: list, byFirst: map[string][]int{}, firsts: new([fxWordBits / 64]uint64), byLast: indexLast(list)}
	for k, p := range list {
		if w := p.Words[0]; strings.HasSuffix(w, "*") {
			ps.starFirst = append(ps.starFirst, k)
			if len(w) == 1 {
				ps.starAny = true
				continue
			}
			if ps.starBytes == nil {
				ps.starBytes = new([4]uint64)
			}
			ps.starBytes[w[0]/64] |= 1 << (w[0] % 64)
		} else {
			ps.byFirst[w] = append(ps.byFirst[w], k)
			b := fxWordBit(w)
			ps.firsts[b/64] |= 1 << (b % 64)
		}
	}
	return ps
}

// LongestAt returns the index of the longest phrase matching toks at i,
// or -1. (A pointer receiver: the list is not copied on this hot path.)
func (ps *Phrases) LongestAt(toks []Tok, i int) int {
	best, bestLen := -1, 0
	if w := toks[i].Norm; ps.MayStart(w) {
		for _, k := range ps.byFirst[w] {
			if p := &ps.List[k]; len(p.Words) > bestLen && p.MatchAt(toks, i) {
				best, bestLen = k, len(p.Words)
			}
		}
	}
	for _, k := range ps.starFirst {
		if p := &ps.List[k]; len(p.Words) > bestLen && p.MatchAt(toks, i) {
			best, bestLen = k, len(p.Words)
		}
	}
	return best
}

// Hit is one phrase found: token indices [from, to) and byte offsets.
type Hit struct {
	From, To   int
	Start, End int
	Phrase     string
}

// MatchAt reports whether p matches toks at index i.
func (p *Phrase) MatchAt(toks []Tok, i int) bool {
	if i+len(p.Words) > len(toks) {
		return false
	}
	for k, w := range p.Words {
		t := toks[i+k].Norm
		if strings.HasSuffix(w, "*") {
			if !strings.HasPrefix(t, w[:len(w)-1]) {
				return false
			}
		} else if t != w {
			return false
		}
	}
	return true
}

// All returns every match of every phrase in toks, the longest first at
// each position, without overlaps, in text order.
func (ps *Phrases) All(toks []Tok) []Hit {
	var out []Hit
	for i := 0; i < len(toks); {
		if ps.passes(toks[i].Norm) {
			i++
			continue
		}
		best := ps.LongestAt(toks, i)
		if best < 0 {
			i++
			continue
		}
		n := len(ps.List[best].Words)
		out = append(out, Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: ps.List[best].Raw})
		i += n
	}
	return out
}

// First returns the first match in toks: the first hit of all, found
// without looking further.
func (ps *Phrases) First(toks []Tok) (Hit, bool) {
	for i := range toks {
		if ps.passes(toks[i].Norm) {
			continue
		}
		if best := ps.LongestAt(toks, i); best >= 0 {
			n := len(ps.List[best].Words)
			return Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: ps.List[best].Raw}, true
		}
	}
	return Hit{}, false
}

// HasRaw reports whether the list holds the phrase as written.
func (ps *Phrases) HasRaw(raw string) bool {
	for _, p := range ps.List {
		if p.Raw == raw {
			return true
		}
	}
	return false
}

// Has reports whether any phrase occurs in toks.
func (ps *Phrases) Has(toks []Tok) bool {
	_, ok := ps.First(toks)
	return ok
}

// endsAt reports whether a phrase ends exactly at token index i-1 (the
// tokens just before index i).
func (ps *Phrases) EndsBefore(toks []Tok, i int) bool {
	for _, p := range ps.List {
		if j := i - len(p.Words); j >= 0 && p.MatchAt(toks, j) {
			return true
		}
	}
	return false
}

// Slug makes an id fragment: folded words joined by "-".
func Slug(s string) string { return PrefixedSlug("", s) }

// PrefixedSlug is prefix + Slug(s), built as one string.
func PrefixedSlug(prefix, s string) string {
	if slugAlready(s) {
		if prefix == "" {
			return s
		}
		return prefix + s
	}
	var buf [16]Tok
	toks := Scan(s, 0, len(s), buf[:0])
	n := len(prefix)
	for _, t := range toks {
		n += len(t.Norm) + 1
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(prefix)
	for i, t := range toks {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(t.Norm)
	}
	return b.String()
}

// slugAlready reports whether s is its own slug: runs of a-z and 0-9
// joined by single hyphens (the ids' parts mostly are).
func slugAlready(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Clean trims spaces, quotes, Markdown emphasis and trailing punctuation
// from a span of text and collapses inner whitespace.
func Clean(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "**", "")
	s = strings.Trim(s, " \t\"“”‘’'.,;:-–—*")
	return strings.TrimSpace(s)
}

// TrimSpan shrinks [start, end) of body past leading and trailing
// spaces, quotes and punctuation, so that evidence starts on a word.
func TrimSpan(body string, start, end int) (int, int) {
	const cut = " \t\r\n\"“”‘’'.,;:-–—*()"
	for start < end {
		r, size := utf8.DecodeRuneInString(body[start:])
		if !strings.ContainsRune(cut, r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(body[:end])
		if !strings.ContainsRune(cut, r) {
			break
		}
		end -= size
	}
	return start, end
}

// FirstWords shortens s to at most n words.
func FirstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// Len is the number of phrases in the list.
func (ps *Phrases) Len() int { return len(ps.List) }

// Clause returns the token range [from, to) of the clause holding token
// i: clauses are split at a semicolon, or at a comma followed by one of
// openers ("..., but earlier ...").
func Clause(body string, toks []Tok, i int, openers Phrases) (from, to int) {
	boundary := func(j int) bool {
		gap := body[toks[j-1].End:toks[j].Start]
		return strings.ContainsRune(gap, ';') || strings.ContainsRune(gap, ',') && openers.LongestAt(toks, j) >= 0
	}
	if i >= len(toks) {
		return 0, len(toks)
	}
	from = i
	for from > 0 && !boundary(from) {
		from--
	}
	to = i + 1
	for to < len(toks) && !boundary(to) {
		to++
	}
	return from, to
}
