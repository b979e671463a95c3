package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// The sentence patterns of inSentence, findVerbs and findRelays each look
// for a phrase of their own list in the same tokens. One pass over each
// sentence, made once per document, matches all those lists together
// (attribLexicon.sentence, a token.Joined): at each token, the longest
// phrase of each list. A list's first hit or hits are then read off those
// matches, which gives what its First and All give. Most sentences hold
// few matches.

// firstShapes tells, by its first byte and length, a word that may be
// the first word of a phrase of some lists: a word whose shape no first
// word has starts none (a prefix pattern "x*" would make every word
// pass: see firstShapesOf).
type firstShapes struct {
	all  bool
	bits [256]uint64 // bit n of bits[c]: a first word of n bytes opens with c
}

// firstShapesOf gathers the shapes of the first words of lists.
func firstShapesOf(lists []*token.Phrases) *firstShapes {
	f := &firstShapes{}
	for _, ps := range lists {
		for _, p := range ps.List {
			w := p.Words[0]
			if strings.HasSuffix(w, "*") || len(w) == 0 || len(w) >= 64 {
				f.all = true
				continue
			}
			f.bits[w[0]] |= 1 << len(w)
		}
	}
	return f
}

// mayStart reports whether w has the shape of a first word.
func (f *firstShapes) mayStart(w string) bool {
	return f.all || len(w) == 0 || len(w) >= 64 || f.bits[w[0]]&(1<<len(w)) != 0
}

// allShaped is ps.All(toks), with f (the firstShapesOf ps) passing
// over most words at once.
func allShaped(ps *token.Phrases, f *firstShapes, toks []token.Tok) []token.Hit {
	var out []token.Hit
	for i := 0; i < len(toks); {
		best := -1
		if f.mayStart(toks[i].Norm) {
			best = ps.LongestAt(toks, i)
		}
		if best < 0 {
			i++
			continue
		}
		n := len(ps.List[best].Words)
		out = append(out, token.Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: ps.List[best].Raw})
		i += n
	}
	return out
}

// sentMatch is the longest phrase (phrase, an index into the list's
// phrases) of sentence list list matching at token at.
type sentMatch struct{ at, list, phrase int32 }

// sentScan is where one sentence's matches lie in attribDoc.flat, which
// holds every sentence's, one after the other, in token order.
type sentScan struct{ from, to int32 }

// curSentence is the sentence the patterns read: its tokens and matches.
type curSentence struct {
	toks    []token.Tok
	matches []sentMatch
}

// scanSentences reads every sentence of the document once.
func (d *attribDoc) scanSentences() {
	sents := d.c.A.Sents
	d.sents = make([]sentScan, len(sents))
	flat := make([]sentMatch, 0, 2*len(sents))
	best := make([]int, d.lex.sentence.Len())
	for i := range sents {
		toks := d.tokens(d.c.SentSpan(i))
		d.sents[i].from = int32(len(flat))
		for k := range toks {
			if !d.lex.sentFirsts.mayStart(toks[k].Norm) || !d.lex.sentence.LongestAt(toks, k, best) {
				continue
			}
			for l, p := range best {
				if p >= 0 {
					flat = append(flat, sentMatch{at: int32(k), list: int32(l), phrase: int32(p)})
				}
			}
		}
		d.sents[i].to = int32(len(flat))
	}
	d.flat = flat
}

// sentenceTokens returns the tokens of sentence i (what token.Tokens
// gives for its span) and makes them the sentence the patterns read.
func (d *attribDoc) sentenceTokens(i int) []token.Tok {
	toks, sc := d.tokens(d.c.SentSpan(i)), d.sents[i]
	d.cur = curSentence{toks: toks, matches: d.flat[sc.from:sc.to:sc.to]}
	return toks
}

// sentMatches returns the matches of toks and the index of ps among the
// sentence lists when toks are the sentence read (see sentenceTokens).
func (d *attribDoc) sentMatches(ps *token.Phrases, toks []token.Tok) ([]sentMatch, int32, bool) {
	c := &d.cur
	if len(toks) == 0 || len(toks) != len(c.toks) || &toks[0] != &c.toks[0] {
		return nil, 0, false
	}
	for l, x := range d.lex.sentLists {
		if x == ps {
			return c.matches, int32(l), true
		}
	}
	return nil, 0, false
}

// hitOf is the hit of match m in toks.
func hitOf(ps *token.Phrases, toks []token.Tok, m sentMatch) token.Hit {
	p := &ps.List[m.phrase]
	at, n := int(m.at), len(p.Words)
	return token.Hit{From: at, To: at + n, Start: toks[at].Start, End: toks[at+n-1].End, Phrase: p.Raw}
}

// first is ps.First(toks).
func (d *attribDoc) first(ps *token.Phrases, toks []token.Tok) (token.Hit, bool) {
	ms, l, ok := d.sentMatches(ps, toks)
	if !ok {
		return ps.First(toks)
	}
	for _, m := range ms {
		if m.list == l {
			return hitOf(ps, toks, m), true
		}
	}
	return token.Hit{}, false
}

// hits is ps.All(toks): the longest match at each position, those that
// overlap a hit before left out (a slice, not an iterator: most sentences
// have no hit, and then it allocates nothing).
func (d *attribDoc) hits(ps *token.Phrases, toks []token.Tok) []token.Hit {
	ms, l, ok := d.sentMatches(ps, toks)
	if !ok {
		return ps.All(toks)
	}
	var out []token.Hit
	next := 0
	for _, m := range ms {
		if m.list != l || int(m.at) < next {
			continue
		}
		h := hitOf(ps, toks, m)
		out = append(out, h)
		next = h.To
	}
	return out
}
