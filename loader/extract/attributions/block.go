package attributions

import (
	"github.com/kg-project/kg/loader/extract/token"
)

// maxBlockSentences bounds a statement block read after "X said the
// following:".
const maxBlockSentences = 15

// opensBlock reports an "X said (the following):" that ends its paragraph
// before text that is no quotation: the paragraphs that follow, up to the
// next heading, are X's statement.
func (s attributionStage) opensBlock(d *attribDoc, i int) bool {
	if i+1 >= len(d.c.A.Sents) || !d.c.ParagraphBreak(i, i+1) {
		return false
	}
	start, end := d.c.SentSpan(i + 1)
	st, _ := token.TrimSpan(d.c.A.Body, start, end)
	return !inQuote(d.quotes, st+1)
}

// blockSentence makes segment i a claim of the statement block's speaker
// (joined like a speaker's turn), while the block lasts.
// It reports false for the claim when the sentence is too short to be
// one, and false for open when the block has ended ("These were the words
// of X", too many sentences).
func (s attributionStage) blockSentence(d *attribDoc, i int, block *rawAttrib) (r rawAttrib, ok, open bool) {
	start, end := d.c.SentSpan(i)
	toks := d.tokens(start, end)
	if i-block.sent > maxBlockSentences || namesSource(toks, block.src.name) {
		return rawAttrib{}, false, false
	}
	if len(toks) < 5 {
		return rawAttrib{}, false, true
	}
	return rawAttrib{sent: i, claimStart: start, claimEnd: end, src: block.src, turn: true, block: true}, true, true
}

// namesSource reports tokens that hold every word of a source's name.
func namesSource(toks []token.Tok, name string) bool {
	words := map[string]bool{}
	for _, t := range toks {
		words[t.Norm] = true
	}
	nt := token.Tokens(name, 0, len(name))
	for _, t := range nt {
		if !words[t.Norm] {
			return false
		}
	}
	return len(nt) > 0
}

// continuedQuote gives a sentence that is one direct quotation, with no
// source of its own, to the person quoted in the sentence just before.
func continuedQuote(d *attribDoc, i int, raws []rawAttrib) (rawAttrib, bool) {
	if len(raws) == 0 {
		return rawAttrib{}, false
	}
	p := raws[len(raws)-1]
	if p.sent != i-1 || p.src.kind == "document" && !p.colon {
		return rawAttrib{}, false
	}
	start, end := d.c.SentSpan(i)
	s, e := token.TrimSpan(d.c.A.Body, start, end)
	for _, q := range d.quotes {
		// a body's quotation goes on only when it closes in this sentence
		// (else its source follows it)
		closes := p.src.kind == "person" || p.colon || q[1] <= end
		if q[0] <= s+1 && q[1] >= e-1 && q[0] >= start-len("“") && closes {
			return rawAttrib{sent: i, claimStart: start, claimEnd: end, src: p.src}, true
		}
	}
	return rawAttrib{}, false
}
