package model

import (
	"sort"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// Analysis is the working state one document passes through the pipeline.
// Stages read what earlier stages left and add their own findings. All
// offsets held here are BYTE offsets into Body; Span converts them to the
// code point offsets that evidence carries, in one place.
type Analysis struct {
	Doc *document.Document
	Gaz *gazetteer.Gazetteer
	// Body is Doc.Body.
	Body string

	// Sents are the sentences, headings and list items, in order (set by
	// the segmentation stage).
	Sents []Sent
	// Mentions are entity mentions found so far, sorted by Start once the
	// entity stages are done.
	Mentions []Mention
	// Dates are the date expressions found, with their resolved values.
	Dates []DateMention
	// Numbers are the numeric expressions found.
	Numbers []NumberMention

	// listedOnly are mentions listed among the entities of Result but
	// not seen by the fact stages, for spans whose country mention the
	// facts keep: a seat speaking as a body ("the White House said"), a
	// body or region named with a country word ("the French foreign
	// ministry", "southern Lebanon"), so that these add no nested span.
	ListedOnly []Mention

	// Result is what the pipeline outputs; stages fill their parts.
	Result Result

	wide []wideRune // the multi-byte characters of Body, listed lazily (see Rune)

	// words are the words of Body (BodyWords), built lazily.
	words []token.Word
	// cache holds what stages compute once per document (see Cached).
	cache []cacheEntry
}

// Sent is a sentence, heading or list item, with byte offsets.
type Sent struct {
	Start, End int
	Kind       string // "sentence", "heading", "item"
	Lead       int    // index of the lead-in sentence of a list item, -1 if none
	Parent     int    // index of the enclosing item of a sub-item, -1 if none
	// Item is the index of the first segment of the list item this
	// segment belongs to (itself for an item's first sentence), -1 outside
	// list items: an item with several sentences is several segments of
	// Kind "item" sharing Item, Lead and Parent.
	Item int
	// Quoted marks spans of direct quotation inside the sentence.
	Quotes [][2]int
}

// Mention is one entity mention, with byte offsets.
type Mention struct {
	Start, End int
	Text       string
	// Key is the local node id the mention resolves to ("person:keir-starmer").
	Key  string
	Kind string // "person", "country", "organization", "outlet", "place"
	// Form says how the entity was named: "name", "alias", "surname",
	// "demonym", "adjective", "seat", "capital", "byline", "credit".
	Form string
	Sent int // index into Sents, -1 if none
}

// DateMention is a date expression and the day it resolves to.
type DateMention struct {
	Start, End int
	Text       string
	Date       string // YYYY-MM-DD, "" when it cannot be resolved
	Relative   bool   // resolved against the document date
	Sent       int
	// Period is set when the expression names a month, week or year rather
	// than a day ("since November", "last week", "in 2014"): "YYYY-MM",
	// "YYYY-Www" (ISO week) or "YYYY"; "" when unresolvable or a day.
	Period string
}

// NumberMention is a numeric expression with its qualifier.
type NumberMention struct {
	Start, End int
	Text       string
	Qualifier  string // "more than", "about", "up to", "almost", ...
	Low, High  float64
	IsRange    bool
	Unit       string // the noun it counts or measures, "%" for percent, "EUR" ...
	Sent       int
}

// NewAnalysis prepares a document for the pipeline.
func NewAnalysis(doc *document.Document, gaz *gazetteer.Gazetteer) *Analysis {
	return &Analysis{Doc: doc, Gaz: gaz, Body: doc.Body}
}

// Rune converts a byte offset into Body to a code point offset (a byte
// inside a multi-byte character gives that character's offset).
func (a *Analysis) Rune(byteOff int) int {
	if a.wide == nil {
		a.wide = wideRunes(a.Body)
	}
	byteOff = max(0, min(byteOff, len(a.Body)))
	// j counts the multi-byte characters starting at or before byteOff
	lo, hi := 0, len(a.wide)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(a.wide[m].start) <= byteOff {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return byteOff
	}
	w := a.wide[lo-1]
	if byteOff < int(w.start)+int(w.size) { // inside (or at) that character
		return int(w.start) - int(w.extraBefore)
	}
	return byteOff - int(w.extraBefore) - int(w.size) + 1
}

// wideRune is a character of more than one byte in Body: where it starts,
// its size, and how many bytes beyond one per character come before it.
type wideRune struct {
	start, extraBefore int32
	size               int8
}

// wideRunes lists the multi-byte characters of body (an invalid byte
// counts as one character of one byte); non-nil, so it is built once.
func wideRunes(body string) []wideRune {
	out := make([]wideRune, 0, 8)
	extra := int32(0)
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(body[i:])
		if size > 1 {
			out = append(out, wideRune{start: int32(i), extraBefore: extra, size: int8(size)})
			extra += int32(size - 1)
		}
		i += size
	}
	return out
}

// Span makes evidence for the byte range [start, end) of Body: code point
// offsets, the exact text, and the index of the sentence holding it.
func (a *Analysis) Span(start, end int) Span {
	if start < 0 {
		start = 0
	}
	if end > len(a.Body) {
		end = len(a.Body)
	}
	if end < start {
		end = start
	}
	return Span{Start: a.Rune(start), End: a.Rune(end), Text: a.Body[start:end], Sentence: a.SentAt(start)}
}

// SentAt returns the index of the sentence holding byte offset off, or -1.
func (a *Analysis) SentAt(off int) int {
	i := sort.Search(len(a.Sents), func(i int) bool { return a.Sents[i].End > off })
	if i < len(a.Sents) && a.Sents[i].Start <= off {
		return i
	}
	return -1
}

// SentText returns the text of sentence i.
func (a *Analysis) SentText(i int) string {
	if i < 0 || i >= len(a.Sents) {
		return ""
	}
	return a.Body[a.Sents[i].Start:a.Sents[i].End]
}

// cacheEntry is one value of Analysis.cache.
type cacheEntry struct{ key, val any }

// Cache keeps v on the analysis under key, for Cached to return: the
// per-document tables a stage computes once (the words a lexicon marks,
// the titles or credits of the body) and reads many times. key must be
// comparable; each stage keys its entries with a type of its own (a small
// struct holding, say, the lexicon the value was computed with), so that
// no two stages share an entry by accident.
func (a *Analysis) Cache(key, v any) {
	for i := range a.cache {
		if a.cache[i].key == key {
			a.cache[i].val = v
			return
		}
	}
	a.cache = append(a.cache, cacheEntry{key, v})
}

// Cached returns the value kept under key by Cache, and whether there is
// one of type T.
func Cached[T any](a *Analysis, key any) (T, bool) {
	for _, e := range a.cache {
		if e.key == key {
			v, ok := e.val.(T)
			return v, ok
		}
	}
	var zero T
	return zero, false
}
