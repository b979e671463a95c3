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
	// first has the bit keyBit of every key of root.kids set: a text word
	// whose bit is clear begins no name, and costs no map lookup.
	// firstAny has those of the keys with an any-case child, all that a
	// lower-case text word can begin.
	first, firstAny *firstWords
}

// firstWords is a bit table of hashed first words (see keyBit).
type firstWords [firstBits / 64]uint64

func (f *firstWords) add(key string) {
	b := keyBit([]byte(key))
	f[b/64] |= 1 << (b % 64)
}

func (f *firstWords) mayHold(key []byte) bool {
	b := keyBit(key)
	return f[b/64]&(1<<(b%64)) != 0
}

// firstBits is the size of Matcher.first: with a few thousand first words
// about one bit in twenty is set.
const firstBits = 1 << 16

// keyBit returns the bit of key in Matcher.first (FNV-1a, folded to
// firstBits).
func keyBit(key []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range key {
		h = (h ^ uint32(c)) * 16777619
	}
	return (h ^ h>>16) % firstBits
}

type trieNode struct {
	// kids holds the children by the key of the next word: its gap (see
	// gapClass) and its folded form (foldToken). One lookup serves the
	// three case rules.
	kids    map[string]*trieKids
	gapKeys bool // some key of kids has a gap: only those can follow punctuation
	hits    []Hit
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
		n.kids = map[string]*trieKids{}
	}
	k := n.kids[gap+key]
	if k == nil {
		k = &trieKids{}
		n.kids[gap+key] = k
		n.gapKeys = n.gapKeys || gap != ""
	}
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
		for _, k := range n.kids {
			for _, c := range [3]*trieNode{k.anyCase, k.capital, k.exact} {
				if c != nil {
					sortAll(c)
				}
			}
		}
	}
	sortAll(m.root)
	m.first, m.firstAny = new(firstWords), new(firstWords)
	for key, k := range m.root.kids {
		m.first.add(key)
		if k.anyCase != nil {
			m.firstAny.add(key)
		}
	}
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
	// News text names something every few sentences: room for one
	// mention in 64 bytes saves most of the slice's regrowth.
	out := make([]Match, 0, len(text)/64)
	w := walker{root: m.root, first: m.first, firstAny: m.firstAny, text: text}
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
	first    *firstWords
	firstAny *firstWords
	text     string
	best     int // end offset of the longest mention found so far
	bestHits []Hit
	buf      [64]byte
	n        int // length of the folded word in buf
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
	var k *trieKids
	if shape, ok := w.foldKey(gap, word, initials); ok {
		if n == w.root {
			// A lower-case word can only take an any-case child.
			f := w.first
			if shape == shapeLower {
				f = w.firstAny
			}
			if !f.mayHold(w.buf[:w.n]) {
				return c
			}
		}
		k = n.kids[string(w.buf[:w.n])] // no allocation: the key lives in w.buf
		return k.reached(c, shape, word, initials)
	}
	k = n.kids[gap+foldToken(word, initials)]
	return k.reached(c, shapeOf(word), word, initials)
}

// reached fills c with the children of k that a word of the given shape
// takes (nothing when k is nil).
func (k *trieKids) reached(c [3]*trieNode, shape caseShape, word string, initials bool) [3]*trieNode {
	if k == nil {
		return c
	}
	c[0] = k.anyCase
	if shape != shapeLower {
		c[1] = k.capital
	}
	if shape == shapeUpper && k.exact != nil && sameCapitals(word, k.exactWord, initials) {
		c[2] = k.exact
	}
	return c
}

// foldKey writes the trie key of word after gap, gap+foldToken(word,
// initials), into w.buf[:w.n] and returns the word's shape. It folds
// ASCII letters itself and the Latin letters below latinFoldEnd by
// latinFold; false, with nothing written, for other letters or a key too
// long for w.buf.
func (w *walker) foldKey(gap, word string, initials bool) (caseShape, bool) {
	if len(gap)+len(word) > len(w.buf) {
		return 0, false
	}
	n := copy(w.buf[:], gap)
	lower, ascii := false, true
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(word[i:])
			if r >= latinFoldEnd {
				return 0, false
			}
			f := latinFold[r]
			if n+len(f) > len(w.buf) {
				return 0, false
			}
			n += copy(w.buf[n:], f)
			ascii = false
			i += size - 1
			continue
		case c == '.' && initials:
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z':
			lower = true
		}
		if n >= len(w.buf) {
			return 0, false
		}
		w.buf[n] = c
		n++
	}
	w.n = n
	if !ascii {
		return shapeOf(word), true
	}
	switch c := word[0]; {
	case 'A' <= c && c <= 'Z' && lower:
		return shapeCapitalised, true
	case 'A' <= c && c <= 'Z':
		return shapeUpper, true
	case '0' <= c && c <= '9':
		return shapeCapitalised, true // numbers carry no case, as in shapeOf
	}
	return shapeLower, true
}

// latinFoldEnd bounds the letters latinFold holds: Latin-1, Latin
// Extended-A and -B, the IPA and spacing modifier letters and the
// combining diacritics (U+0080 to U+036F).
const latinFoldEnd = 0x370

// latinFold[r] is foldToken of the letter r alone. Folding is letter by
// letter (a decomposition only adds marks, which are dropped, after its
// base letter), so a word of these letters folds as the concatenation.
var latinFold = func() (t [latinFoldEnd]string) {
	for r := rune(utf8.RuneSelf); r < latinFoldEnd; r++ {
		t[r] = foldToken(string(r), false)
	}
	return t
}()

// sameCapitals reports whether the text word, without the dots of its
// initials, is exact (stripDots(word, initials) == exact, without
// allocating).
func sameCapitals(word, exact string, initials bool) bool {
	j := 0
	for i := 0; i < len(word); i++ {
		if word[i] == '.' && initials {
			continue
		}
		if j >= len(exact) || word[i] != exact[j] {
			return false
		}
		j++
	}
	return j == len(exact)
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
