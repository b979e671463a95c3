package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fxTok is one word of a text, lower-cased, with byte offsets into Body.
type fxTok struct {
	w          string
	start, end int
}

// fxTokens splits Body[start:end] into words (runs of letters and digits)
// lower-cased, keeping byte offsets into Body. On the body of a document
// whose token layer is built (the fact stages build it) it is a lookup in
// that layer; elsewhere a scan. Read the slice, never write into it: it
// may be the layer's own (appending is safe).
func fxTokens(body string, start, end int) []fxTok {
	if l := findTokenLayer(body); l != nil {
		return l.span(start, end)
	}
	return fxScan(body, start, end, nil)
}

// fxScan appends the words of body[start:end] to out (see fxTokens).
func fxScan(body string, start, end int, out []fxTok) []fxTok {
	return fxScanLower(body, "", start, end, out)
}

// fxScanLower is fxScan given lower, body with A-Z lower-cased (or ""):
// an ASCII word's folded form is then a slice of it, not a new string.
func fxScanLower(body, lower string, start, end int, out []fxTok) []fxTok {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(body[i:])
		if !fxWordRune(r) {
			i += size
			continue
		}
		j, ascii := i, true
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(body[j:])
			if !fxWordRune(r2) {
				break
			}
			ascii = ascii && r2 < utf8.RuneSelf
			j += s2
		}
		w := ""
		if ascii && lower != "" {
			w = lower[i:j] // what fxFold gives for an ASCII word
		} else {
			w = fxFold(body[i:j])
		}
		out = append(out, fxTok{w: w, start: i, end: j})
		i = j
	}
	return out
}

func fxWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// fxFold lower-cases a word and strips accents of common Latin letters so
// that "Élysée" and "Elysee" compare equal.
func fxFold(s string) string {
	s = strings.ToLower(s)
	if fxIsASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(fxBaseRune(r))
	}
	return b.String()
}

func fxIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func fxBaseRune(r rune) rune {
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

// fxPhrase is a lexicon phrase compiled to words; a word ending in "*"
// matches any word it prefixes. A phrase of punctuation only (";")
// matches that text literally.
type fxPhrase struct {
	raw   string
	words []string
}

// fxPhrases is a compiled phrase list, indexed by first word so that
// matching at a token tries only the phrases that can start there (the
// phrase matcher is the hot loop of the fact stages).
type fxPhrases struct {
	list []fxPhrase
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

// mayStart reports whether a literal first word of the list can be w.
func (ps *fxPhrases) mayStart(w string) bool {
	if ps.firsts == nil {
		return false
	}
	b := fxWordBit(w)
	return ps.firsts[b/64]&(1<<(b%64)) != 0
}

// passes reports a word no phrase of the list can start with, told by the
// filters alone: longestAt there is -1.
func (ps *fxPhrases) passes(w string) bool {
	if ps.mayStart(w) || ps.starAny {
		return false
	}
	if ps.starBytes == nil || w == "" {
		return true
	}
	return ps.starBytes[w[0]/64]&(1<<(w[0]%64)) == 0
}

func fxCompile(list []string) fxPhrases {
	var out []fxPhrase
	for _, raw := range list {
		p := fxPhrase{raw: raw}
		for _, w := range strings.Fields(raw) {
			star := strings.HasSuffix(w, "*")
			w = strings.TrimSuffix(w, "*")
			toks := fxTokens(w, 0, len(w))
			for k, t := range toks {
				s := t.w
				if star && k == len(toks)-1 {
					s += "*"
				}
				p.words = append(p.words, s)
			}
		}
		if len(p.words) > 0 {
			out = append(out, p)
		}
	}
	return fxIndex(out)
}

// fxIndex builds the first-word index of a phrase list.
func fxIndex(list []fxPhrase) fxPhrases {
	ps := fxPhrases{list: list, byFirst: map[string][]int{}, firsts: new([fxWordBits / 64]uint64)}
	for k, p := range list {
		if w := p.words[0]; strings.HasSuffix(w, "*") {
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

// longestAt returns the index of the longest phrase matching toks at i,
// or -1.
func (ps fxPhrases) longestAt(toks []fxTok, i int) int {
	best := -1
	try := func(k int) {
		if p := ps.list[k]; p.matchAt(toks, i) && (best < 0 || len(p.words) > len(ps.list[best].words)) {
			best = k
		}
	}
	if w := toks[i].w; ps.mayStart(w) {
		for _, k := range ps.byFirst[w] {
			try(k)
		}
	}
	for _, k := range ps.starFirst {
		try(k)
	}
	return best
}

// fxHit is one phrase found: token indices [from, to) and byte offsets.
type fxHit struct {
	from, to   int
	start, end int
	phrase     string
}

// matchAt reports whether p matches toks at index i.
func (p fxPhrase) matchAt(toks []fxTok, i int) bool {
	if i+len(p.words) > len(toks) {
		return false
	}
	for k, w := range p.words {
		t := toks[i+k].w
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

// all returns every match of every phrase in toks, the longest first at
// each position, without overlaps, in text order.
func (ps fxPhrases) all(toks []fxTok) []fxHit {
	var out []fxHit
	for i := 0; i < len(toks); {
		if ps.passes(toks[i].w) {
			i++
			continue
		}
		best := ps.longestAt(toks, i)
		if best < 0 {
			i++
			continue
		}
		n := len(ps.list[best].words)
		out = append(out, fxHit{from: i, to: i + n, start: toks[i].start, end: toks[i+n-1].end, phrase: ps.list[best].raw})
		i += n
	}
	return out
}

// first returns the first match in toks: the first hit of all, found
// without looking further.
func (ps fxPhrases) first(toks []fxTok) (fxHit, bool) {
	for i := range toks {
		if ps.passes(toks[i].w) {
			continue
		}
		if best := ps.longestAt(toks, i); best >= 0 {
			n := len(ps.list[best].words)
			return fxHit{from: i, to: i + n, start: toks[i].start, end: toks[i+n-1].end, phrase: ps.list[best].raw}, true
		}
	}
	return fxHit{}, false
}

// hasRaw reports whether the list holds the phrase as written.
func (ps fxPhrases) hasRaw(raw string) bool {
	for _, p := range ps.list {
		if p.raw == raw {
			return true
		}
	}
	return false
}

// has reports whether any phrase occurs in toks.
func (ps fxPhrases) has(toks []fxTok) bool {
	_, ok := ps.first(toks)
	return ok
}

// endsAt reports whether a phrase ends exactly at token index i-1 (the
// tokens just before index i).
func (ps fxPhrases) endsBefore(toks []fxTok, i int) bool {
	for _, p := range ps.list {
		if j := i - len(p.words); j >= 0 && p.matchAt(toks, j) {
			return true
		}
	}
	return false
}

// fxSlug makes an id fragment: folded words joined by "-".
func fxSlug(s string) string {
	toks := fxTokens(s, 0, len(s))
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.w
	}
	return strings.Join(parts, "-")
}

// fxClean trims spaces, quotes, Markdown emphasis and trailing punctuation
// from a span of text and collapses inner whitespace.
func fxClean(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "**", "")
	s = strings.Trim(s, " \t\"“”‘’'.,;:-–—*")
	return strings.TrimSpace(s)
}

// fxTrimSpan shrinks [start, end) of body past leading and trailing
// spaces, quotes and punctuation, so that evidence starts on a word.
func fxTrimSpan(body string, start, end int) (int, int) {
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

// fxWords shortens s to at most n words.
func fxWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// len is the number of phrases in the list.
func (ps fxPhrases) len() int { return len(ps.list) }

// fxClause returns the token range [from, to) of the clause holding token
// i: clauses are split at a semicolon, or at a comma followed by one of
// openers ("..., but earlier ...").
func fxClause(body string, toks []fxTok, i int, openers fxPhrases) (from, to int) {
	boundary := func(j int) bool {
		gap := body[toks[j-1].end:toks[j].start]
		return strings.ContainsRune(gap, ';') || strings.ContainsRune(gap, ',') && openers.longestAt(toks, j) >= 0
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
