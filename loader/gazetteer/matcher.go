package gazetteer

import (
	"sort"
	"unicode/utf8"
)

// Match is one gazetteer mention in running text.
type Match struct {
	Start, End int    // byte offsets into the text
	Text       string // text[Start:End]
	Entry      *Entry // the best hit (Hits[0])
	Form       Form   // the form of the best hit
	Hits       []Hit  // every entry written this way, best form first
}

// Matcher finds gazetteer mentions in text. It is a trie over normalised
// words, built once per gazetteer and safe for concurrent use.
//
// Case rules, taken from how each word of a name is written in the data:
//   - an all-capitals word of at most three letters ("US", "UK", "EU",
//     "AFP", "G7") matches only the same capitals ("U.S." included), so
//     "us" and "Us" are not the United States;
//   - a word written with a capital ("Turkey", "NATO", "Kyiv") matches a
//     text word that is capitalised or all capitals, so "Nato" and "NATO"
//     match but "a turkey dinner" does not;
//   - a word written in lower case ("of", "von", "coalition") matches in
//     any case.
//
// Accents are ignored everywhere. Words of a name may be separated in the
// text by spaces, hyphens or one line break; other punctuation must be as
// in the data ("RFE/RL", "Caliber.Az"). A leading lower-case "the" in the
// data ("the Kremlin") is not part of the mention; a capitalised one ("The
// Guardian") is, and must be in the text (in any case: "the Guardian").
// ISO codes are not matched in running text (too many are ordinary words:
// "CAN", "AND", "IN") unless also listed as an alias.
type Matcher struct {
	root *trieNode
}

type trieNode struct {
	anyCase map[string]*trieNode // lower-case data word: any text case
	capital map[string]*trieNode // capitalised data word: capitalised or upper-case text
	exact   map[string]*trieNode // short all-caps data word: the same capitals
	hits    []Hit
}

func (n *trieNode) child(kind *map[string]*trieNode, key string) *trieNode {
	if *kind == nil {
		*kind = map[string]*trieNode{}
	}
	c := (*kind)[key]
	if c == nil {
		c = &trieNode{}
		(*kind)[key] = c
	}
	return c
}

// Matcher returns the gazetteer's matcher, built on first use.
func (g *Gazetteer) Matcher() *Matcher {
	g.matcherOnce.Do(func() { g.matcher = NewMatcher(g) })
	return g.matcher
}

// Find is g.Matcher().Find(text).
func (g *Gazetteer) Find(text string) []Match { return g.Matcher().Find(text) }

// NewMatcher builds a matcher over every form of every entry of g except
// bare ISO codes.
func NewMatcher(g *Gazetteer) *Matcher {
	m := &Matcher{root: &trieNode{}}
	order := map[*Entry]int{}
	for i, e := range g.entries {
		order[e] = i
		e.forms(func(text string, f Form) {
			if f == FormISO {
				return
			}
			m.add(text, Hit{Entry: e, Form: f})
		})
	}
	var sortAll func(n *trieNode)
	sortAll = func(n *trieNode) {
		sortHits(n.hits, order)
		for _, kids := range []map[string]*trieNode{n.anyCase, n.capital, n.exact} {
			for _, c := range kids {
				sortAll(c)
			}
		}
	}
	sortAll(m.root)
	return m
}

// add inserts one written form.
func (m *Matcher) add(form string, h Hit) {
	toks := tokenize(form, nil)
	// "the Kremlin": the article is not part of the mention; "The
	// Guardian": it is part of the name, and required in any case.
	leadingThe := len(toks) > 1 && foldToken(form[toks[0].start:toks[0].end], false) == "the"
	if leadingThe && form[toks[0].start] == 't' {
		toks = toks[1:]
		leadingThe = false
	}
	if len(toks) == 0 {
		return
	}
	n := m.root
	for i, t := range toks {
		word := form[t.start:t.end]
		gap := t.gap
		if i == 0 {
			gap = ""
		}
		switch {
		case i == 0 && leadingThe:
			n = n.child(&n.anyCase, "the")
		case isShortAcronym(word, t.initials):
			n = n.child(&n.exact, gap+stripDots(word, t.initials))
		case shapeOf(word) == shapeLower:
			n = n.child(&n.anyCase, gap+foldToken(word, t.initials))
		default:
			n = n.child(&n.capital, gap+foldToken(word, t.initials))
		}
	}
	n.hits = addHit(n.hits, h)
}

// isShortAcronym: all capitals (digits allowed) with one to three letters.
func isShortAcronym(w string, initials bool) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.' && initials:
		case r >= '0' && r <= '9':
		case r >= utf8.RuneSelf:
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3
}

func stripDots(w string, initials bool) string {
	if !initials {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] != '.' {
			b = append(b, w[i])
		}
	}
	return string(b)
}

// Find returns every longest, non-overlapping mention in text, left to
// right, with byte offsets.
func (m *Matcher) Find(text string) []Match {
	var out []Match
	w := walker{root: m.root, text: text}
	pos := 0
	for {
		start, end, initials, ok := nextWord(text, pos)
		if !ok {
			return out
		}
		first := token{start: start, end: end, initials: initials}
		if stop, hits := w.longest(first); hits != nil {
			out = append(out, Match{Start: start, End: stop, Text: text[start:stop], Entry: hits[0].Entry, Form: hits[0].Form, Hits: hits})
			pos = stop
			continue
		}
		pos = end
	}
}

// walker finds the longest mention beginning at one word.
type walker struct {
	root     *trieNode
	text     string
	best     int // end offset of the longest mention found so far
	bestHits []Hit
	buf      [64]byte
}

// longest returns the end offset and hits of the longest mention that
// begins with word t; nil hits if none does.
func (w *walker) longest(t token) (int, []Hit) {
	word := w.text[t.start:t.end]
	shape := shapeOf(word)
	// The first word is looked up without allocating in the common case.
	var c1, c2, c3 *trieNode
	if t.initials || !isASCII(word) || len(word) > len(w.buf) {
		folded := foldToken(word, t.initials)
		c1 = w.root.anyCase[folded]
		if shape != shapeLower {
			c2 = w.root.capital[folded]
		}
		if shape == shapeUpper {
			c3 = w.root.exact[stripDots(word, t.initials)]
		}
	} else {
		lower := w.lowerInto(word)
		c1 = w.root.anyCase[string(lower)]
		if shape != shapeLower {
			c2 = w.root.capital[string(lower)]
		}
		if shape == shapeUpper {
			c3 = w.root.exact[word]
		}
	}
	if c1 == nil && c2 == nil && c3 == nil {
		return 0, nil
	}
	w.best, w.bestHits = -1, nil
	for _, c := range [3]*trieNode{c1, c2, c3} {
		if c != nil {
			w.walk(c, t.end)
		}
	}
	return w.best, w.bestHits
}

// walk visits node n, reached by a word ending at offset end, and the
// nodes reachable by the words that follow.
func (w *walker) walk(n *trieNode, end int) {
	if len(n.hits) > 0 {
		switch {
		case end > w.best:
			w.best, w.bestHits = end, n.hits
		case end == w.best:
			w.bestHits = mergeHits(w.bestHits, n.hits)
		}
	}
	if n.anyCase == nil && n.capital == nil && n.exact == nil {
		return
	}
	start, next, initials, ok := nextWord(w.text, end)
	if !ok {
		return
	}
	gap := gapClass(w.text[end:start], false)
	if gap == gapHard {
		return
	}
	word := w.text[start:next]
	shape := shapeOf(word)
	// Look up all three children before descending: the key may live in
	// w.buf, which the descent reuses.
	var c1, c2, c3 *trieNode
	if gap == "" && !initials && len(word) <= len(w.buf) && isASCII(word) {
		key := w.lowerInto(word)
		c1 = n.anyCase[string(key)]
		if shape != shapeLower {
			c2 = n.capital[string(key)]
		}
	} else {
		folded := gap + foldToken(word, initials)
		c1 = n.anyCase[folded]
		if shape != shapeLower {
			c2 = n.capital[folded]
		}
	}
	if shape == shapeUpper {
		c3 = n.exact[gap+stripDots(word, initials)]
	}
	for _, c := range [3]*trieNode{c1, c2, c3} {
		if c != nil {
			w.walk(c, next)
		}
	}
}

// lowerInto writes the ASCII word in lower case into w.buf.
func (w *walker) lowerInto(word string) []byte {
	lower := w.buf[:len(word)]
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return lower
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mergeHits joins the hits of two paths that read the same words (say,
// an exact and a capitalised spelling), best first.
func mergeHits(a, b []Hit) []Hit {
	out := append([]Hit(nil), a...)
	for _, h := range b {
		out = addHit(out, h)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].rank() < out[j].rank() })
	return out
}
