package token

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Layer is the words of one document body, tokenised once: what
// Tokens(Body, 0, len(Body)) returns, in text order. Every span of the
// body is then a lookup (span), not a new scan; the fact stages ask for the
// tokens of the same sentences and clauses many times over.
//
// It is the first piece of a single token layer for the whole pipeline:
// for now it serves Tokens, which finds the layer of the body it is given
// in a small registry (see tokenLayers), so that the fact stages keep their
// Tokens(body, start, end) calls unchanged.
type Layer struct {
	body string
	Toks []Tok
}

// NewLayer tokenises body.
func NewLayer(body string) *Layer { return NewLayerLowered(body, asciiLower(body)) }

// NewLayerLowered is NewLayer given lower, ASCIILower(body), when the
// caller has it already (the ASCII words' norms are slices of it).
func NewLayerLowered(body, lower string) *Layer {
	return &Layer{body: body, Toks: ScanLower(body, lower, 0, len(body), make([]Tok, 0, len(body)/6+1))}
}

// ASCIILower returns s with A-Z lower-cased, every other byte kept: byte
// offsets stay those of s, and for a word of ASCII letters
// ASCIILower(s)[i:j] is strings.ToLower(s[i:j]).
func ASCIILower(s string) string { return asciiLower(s) }

// asciiLower returns s with A-Z lower-cased, every other byte kept: byte
// offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Span returns the tokens of body[start:end] exactly as Scan would: the
// words lying wholly inside are the layer's own; only a word cut by either
// end of the span (at most one at each end) is scanned again. The slice is
// shared with the layer when no word is cut: read it, never write its
// elements (appending is safe, its capacity ends with it).
func (l *Layer) Span(start, end int) []Tok {
	toks := l.Toks
	// [i0, i1) are the layer's words inside [start, end)
	i0, i1 := within(toks, start, end)
	if i0 >= i1 {
		return Scan(l.body, start, end, nil)
	}
	a, b := toks[i0].Start, toks[i1-1].End
	if !l.cut(start, a) && !l.cut(b, end) {
		return toks[i0:i1:i1]
	}
	out := make([]Tok, 0, i1-i0+2)
	out = Scan(l.body, start, a, out)
	out = append(out, toks[i0:i1]...)
	return Scan(l.body, b, end, out)
}

// LastWord is the word of the last token of span(start, end), "" when
// it has none, found without building the span.
func (l *Layer) LastWord(start, end int) string {
	toks := l.Toks
	i0, i1 := within(toks, start, end)
	if i0 < i1 {
		b := toks[i1-1].End
		if !l.cut(b, end) {
			return toks[i1-1].Norm
		}
		start = b // the cut word after b is the last token
	}
	if t := Scan(l.body, start, end, nil); len(t) > 0 {
		return t[len(t)-1].Norm
	}
	return ""
}

// cut reports whether body[from:to], lying between two of the layer's
// words, holds part of a word (a word cut by a span's end).
func (l *Layer) cut(from, to int) bool {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(l.body[i:])
		if IsWordRune(r) {
			return true
		}
		i += size
	}
	return false
}

// tokenLayers holds the layers of the documents being analysed, at most
// a few per worker: Tokens looks its body up here (a length and pointer
// comparison per entry). A layer evicted while still in use costs speed,
// never correctness: Tokens then scans, and the next fact stage of that
// document registers it again.
var tokenLayers struct {
	mu   sync.Mutex
	list atomic.Pointer[[]*Layer] // read without the lock; replaced whole
}

// maxTokenLayers bounds the registry.
var maxTokenLayers = max(16, 4*runtime.GOMAXPROCS(0))

// Register returns the registered layer of body, building and
// registering it on first use.
func Register(body string) *Layer { return RegisterLowered(body, "") }

// RegisterLowered is Register given lower, ASCIILower(body), for the
// layer to build on ("": computed here).
func RegisterLowered(body, lower string) *Layer {
	if l := FindLayer(body); l != nil {
		return l
	}
	if len(lower) != len(body) {
		lower = asciiLower(body)
	}
	l := NewLayerLowered(body, lower)
	tokenLayers.mu.Lock()
	defer tokenLayers.mu.Unlock()
	var old []*Layer
	if p := tokenLayers.list.Load(); p != nil {
		old = *p
	}
	list := make([]*Layer, 0, min(len(old)+1, maxTokenLayers))
	list = append(list, l)
	for _, o := range old {
		if len(list) == maxTokenLayers {
			break
		}
		list = append(list, o)
	}
	tokenLayers.list.Store(&list)
	return l
}

// Release drops the layer of body from the registry once its
// document is done.
func Release(body string) {
	tokenLayers.mu.Lock()
	defer tokenLayers.mu.Unlock()
	p := tokenLayers.list.Load()
	if p == nil {
		return
	}
	list := make([]*Layer, 0, len(*p))
	for _, l := range *p {
		if !sameString(l.body, body) {
			list = append(list, l)
		}
	}
	tokenLayers.list.Store(&list)
}

// FindLayer returns the registered layer of body, or nil.
func FindLayer(body string) *Layer {
	p := tokenLayers.list.Load()
	if p == nil || len(body) == 0 {
		return nil
	}
	for _, l := range *p {
		if sameString(l.body, body) {
			return l
		}
	}
	return nil
}

// sameString is s == t; for the same string the comparison stops at the
// shared pointer, for different ones of equal length at the first
// differing byte (a layer of equal text serves equally well).
func sameString(s, t string) bool { return len(s) == len(t) && s == t }

// within returns [i0, i1), the tokens of toks (in text order) lying
// wholly inside [start, end): i0 is the first whose Start >= start, i1
// the first from i0 whose End > end. Two binary searches, written out:
// this runs for every span a fact stage reads.
func within(toks []Tok, start, end int) (i0, i1 int) {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start >= start {
			hi = m
		} else {
			lo = m + 1
		}
	}
	i0 = lo
	hi = len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].End > end {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return i0, lo
}
