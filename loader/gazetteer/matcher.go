package gazetteer

import "sort"

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
	// kids holds the children by the key of the next word: its gap (see
	// gapClass) and its folded form (foldToken). One lookup serves the
	// three case rules.
	kids    map[string]trieKids // by value: a lookup reads the children in the map's own slot
	gapKeys bool                // some key of kids has a gap: only those can follow punctuation
	hits    []Hit
	// keys filters the keys of a node of many kids (the root's first
	// words; "the" before "Guardian", "Hague", ...), anyKeys those with an
	// any-case child, all that a lower-case text word can take: most text
	// words then cost no map lookup. Nodes of few kids have none.
	keys, anyKeys keyFilter
}

// trieKids are the children reached by one key, one per case rule.
type trieKids struct {
	anyCase *trieNode // lower-case data word: any text case
	capital *trieNode // capitalised data word: capitalised or upper-case text
	exact   *trieNode // short all-caps data word: the same capitals
	// exactWord is exact's data word without dots ("US" for "U.S."), which
	// the text word must spell in the same capitals.
	exactWord string
}

// rule names one case rule of a trie edge.
type rule uint8

const (
	ruleAnyCase rule = iota
	ruleCapital
	ruleExact
)

// child returns the child of n under key for rule r, adding it if needed.
func (n *trieNode) child(r rule, gap, key, exactWord string) *trieNode {
	if n.kids == nil {
		n.kids = map[string]trieKids{}
	}
	k := n.kids[gap+key]
	slot := &k.anyCase
	switch r {
	case ruleCapital:
		slot = &k.capital
	case ruleExact:
		slot = &k.exact
		k.exactWord = exactWord
	}
	if *slot == nil {
		*slot = &trieNode{}
	}
	n.kids[gap+key] = k
	n.gapKeys = n.gapKeys || gap != ""
	return *slot
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
		n.filterKeys()
		for _, k := range n.kids {
			for _, c := range [3]*trieNode{k.anyCase, k.capital, k.exact} {
				if c != nil {
					sortAll(c)
				}
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
			n = n.child(ruleAnyCase, "", "the", "")
		case isShortAcronym(word, t.initials):
			// The key folds the capitals; exactWord keeps them.
			n = n.child(ruleExact, gap, foldToken(word, t.initials), stripDots(word, t.initials))
		case shapeOf(word) == shapeLower:
			n = n.child(ruleAnyCase, gap, foldToken(word, t.initials), "")
		default:
			n = n.child(ruleCapital, gap, foldToken(word, t.initials), "")
		}
	}
	n.hits = addHit(n.hits, h)
}

// Find returns every longest, non-overlapping mention in text, left to
// right, with byte offsets.
func (m *Matcher) Find(text string) []Match {
	// News text names something every few sentences: room for one
	// mention in 64 bytes saves most of the slice's regrowth.
	out := make([]Match, 0, len(text)/64)
	w := walker{root: m.root, text: text}
	pos := 0
	for {
		start, end, initials, ok := nextWord(text, pos)
		if !ok {
			if len(out) == 0 {
				return nil // nothing named: nil, as always
			}
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
	n        int    // length of the folded word in buf
	hash     uint32 // keyHash(buf[:n])
}

// longest returns the end offset and hits of the longest mention that
// begins with word t; nil hits if none does.
func (w *walker) longest(t token) (int, []Hit) {
	c := w.children(w.root, "", t.start, t.end, t.initials)
	if c[0] == nil && c[1] == nil && c[2] == nil {
		return 0, nil
	}
	w.best, w.bestHits = -1, nil
	for _, n := range c {
		if n != nil {
			w.walk(n, t.end)
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
	if n.kids == nil {
		return
	}
	start, next, initials, ok := nextWord(w.text, end)
	if !ok {
		return
	}
	gap := gapClass(w.text[end:start], false)
	if gap == gapHard || gap != "" && !n.gapKeys {
		return
	}
	for _, c := range w.children(n, gap, start, next, initials) {
		if c != nil {
			w.walk(c, next)
		}
	}
}

// children returns the children of n that the text word text[start:end],
// after gap, reaches: by the any-case, capitalised and exact rules, in
// that order (nil where none).
func (w *walker) children(n *trieNode, gap string, start, end int, initials bool) [3]*trieNode {
	var c [3]*trieNode
	word := w.text[start:end]
	if shape, ok := w.foldKey(gap, word, initials); ok {
		// A lower-case word can only take an any-case child.
		f := &n.keys
		if shape == shapeLower {
			f = &n.anyKeys
		}
		if !f.mayHoldHash(w.hash) {
			return c
		}
		k := n.kids[string(w.buf[:w.n])] // no allocation: the key lives in w.buf
		return k.reached(c, shape, word, initials)
	}
	k := n.kids[gap+foldToken(word, initials)]
	return k.reached(c, shapeOf(word), word, initials)
}

// reached fills c with the children of k that a word of the given shape
// takes (nothing when k is the zero trieKids of a missing key).
func (k *trieKids) reached(c [3]*trieNode, shape caseShape, word string, initials bool) [3]*trieNode {
	c[0] = k.anyCase
	if shape != shapeLower {
		c[1] = k.capital
	}
	if shape == shapeUpper && k.exact != nil && sameCapitals(word, k.exactWord, initials) {
		c[2] = k.exact
	}
	return c
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
