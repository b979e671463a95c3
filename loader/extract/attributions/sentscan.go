package attributions

import "github.com/kg-project/kg/loader/extract/token"

// The sentence patterns of inSentence and findRelays each look for a
// phrase of their own list in the same tokens. One pass of the union of
// those lists (attribLexicon.sentence) over each sentence, made once per
// document, finds the positions where any of them may start; each list
// is then tried there only, which finds what a scan of its own finds
// (see token.Union). Most sentences hold no such position.

// sentScan is one sentence's tokens and the positions in them where a
// phrase of the union may start.
type sentScan struct {
	toks []token.Tok
	at   []int
}

// scanSentences reads every sentence of the document once.
func (d *attribDoc) scanSentences() {
	sents := d.c.A.Sents
	d.sents = make([]sentScan, len(sents))
	var flat []int // every sentence's positions, one after the other
	from := make([]int, len(sents)+1)
	for i := range sents {
		start, end := d.c.SentSpan(i)
		d.sents[i].toks = token.Tokens(d.c.A.Body, start, end)
		flat = d.lex.sentence.Starts(d.sents[i].toks, flat)
		from[i+1] = len(flat)
	}
	for i := range d.sents {
		d.sents[i].at = flat[from[i]:from[i+1]:from[i+1]]
	}
}

// sentenceTokens returns the tokens of sentence i (what token.Tokens
// gives for its span) and makes them the sentence the patterns read.
func (d *attribDoc) sentenceTokens(i int) []token.Tok {
	d.cur = &d.sents[i]
	return d.cur.toks
}

// sentStarts returns the start positions of toks when they are the
// sentence read (see sentenceTokens).
func (d *attribDoc) sentStarts(toks []token.Tok) ([]int, bool) {
	if c := d.cur; c != nil && len(toks) > 0 && len(toks) == len(c.toks) && &toks[0] == &c.toks[0] {
		return c.at, true
	}
	return nil, false
}

// first is ps.First(toks) for ps one of the lists of the union.
func (d *attribDoc) first(ps *token.Phrases, toks []token.Tok) (token.Hit, bool) {
	if at, ok := d.sentStarts(toks); ok {
		return ps.FirstAt(toks, at)
	}
	return ps.First(toks)
}

// hits is ps.All(toks) for ps one of the lists of the union (a slice,
// not an iterator: most sentences have no hit, and then it allocates
// nothing).
func (d *attribDoc) hits(ps *token.Phrases, toks []token.Tok) []token.Hit {
	if at, ok := d.sentStarts(toks); ok {
		return ps.AllAt(toks, at)
	}
	return ps.All(toks)
}
