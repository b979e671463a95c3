package attributions

import (
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/token"
)

// The stage asks for the tokens of many short spans of the body. The
// token layer answers each with two binary searches over all the
// document's words; tokIndex answers from a table of where the words of
// each stretch of tokBlock bytes start.

// tokBlock is the byte width of a stretch of tokIndex.first.
const tokBlock = 16

// tokIndex finds the layer's words of a span of the body.
type tokIndex struct {
	layer *token.Layer
	body  string
	// first[b] is the index of the first word starting at or after byte
	// b*tokBlock (len(layer.Toks) when none).
	first []int32
}

// newTokIndex indexes the words of the layer of body, nil when the body
// has no layer.
func newTokIndex(body string) *tokIndex {
	l := token.FindLayer(body)
	if l == nil {
		return nil
	}
	x := &tokIndex{layer: l, body: body, first: make([]int32, len(body)/tokBlock+2)}
	k := 0
	for b := range x.first {
		for k < len(l.Toks) && l.Toks[k].Start < b*tokBlock {
			k++
		}
		x.first[b] = int32(k)
	}
	return x
}

// from returns the index of the first word starting at or after off.
func (x *tokIndex) from(off int) int {
	toks := x.layer.Toks
	k := int(x.first[off/tokBlock])
	for k < len(toks) && toks[k].Start < off {
		k++
	}
	return k
}

// span is token.Tokens(body, start, end): the layer's own words when no
// word is cut by either end of the span, else what the layer gives.
func (x *tokIndex) span(start, end int) []token.Tok {
	if start < 0 || end > len(x.body) || start >= end || end < len(x.body) && !utf8.RuneStart(x.body[end]) {
		// (a span ending inside a rune: the layer reads that rune whole)
		return x.layer.Span(start, end)
	}
	toks := x.layer.Toks
	i0 := x.from(start)
	// the words wholly inside end before the first word ending past end:
	// it starts at or after end's stretch, or is the word before
	i1 := x.from(end - end%tokBlock)
	if i1 > 0 && toks[i1-1].End > end {
		i1--
	}
	for i1 < len(toks) && toks[i1].End <= end {
		i1++
	}
	if i0 >= i1 || holdsWordRune(x.body[start:toks[i0].Start]) || holdsWordRune(x.body[toks[i1-1].End:end]) {
		return x.layer.Span(start, end)
	}
	return toks[i0:i1:i1]
}

// holdsWordRune reports a letter or digit in s: a word cut by a span's end.
func holdsWordRune(s string) bool {
	for _, r := range s {
		if token.IsWordRune(r) {
			return true
		}
	}
	return false
}

// tokens is token.Tokens(d.c.A.Body, start, end), through the index.
func (d *attribDoc) tokens(start, end int) []token.Tok {
	if d.tok == nil {
		return token.Tokens(d.c.A.Body, start, end)
	}
	return d.tok.span(start, end)
}
