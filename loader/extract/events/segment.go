package events

import (
	"sync"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// The event stage reads each segment several times over (for decisions
// and onsets, events beside a gathering, split events, the main mention,
// relative events and signings). docMemo keeps, for the one document
// being read, what each segment gives once read: its words, the hits of
// the phrase lists read over whole segments (segLists, see seglists.go),
// its first trigger and its signing.

// docMemo holds the segments of one document read so far, by index.
type docMemo struct {
	segs  []segRead
	found []segHit // segIndex.find's scratch space
	// slab holds the hits of the segments read (see segIndex.find)
	slab []token.Hit
	// dateline is the last answer of skipDateline: where the text after
	// a dateline opening [start, end) begins
	dateline struct {
		start, end, at int
		done           bool
	}
}

// segRead is one segment as read: toks once words is done, the rest
// once hitsDone. The hit slices it hands out are shared: read them,
// never write their elements.
type segRead struct {
	words, hitsDone bool
	toks            []token.Tok
	// eager holds the hits in toks (token.Phrases.All) of the lists of
	// Lex.eagerLists, lazy those of Lex.lazyLists once lazyDone.
	eager, lazy segHits
	lazyDone    bool
	// open holds the hits of the event types' triggers not blocked (see
	// blocked), type by type: those of type k end at openEnds[k].
	open     []token.Hit
	openEnds [maxSegLists - segTypes]int32
	// the answers of firstTrigger and signingAt, once asked
	trig, sign       foundTrigger
	trigDone, signed bool
	// mentions are the mentions of the segment once mentionsDone (see
	// mentionsIn)
	mentions     []model.Mention
	mentionsDone bool
}

// foundTrigger is one remembered answer of eventStage.firstTrigger or,
// without a type, of eventStage.signingAt.
type foundTrigger struct {
	hit token.Hit
	typ string
	ok  bool
}

// docMemos holds the memos of documents done, emptied, for the next
// ones: a segment entry is large, and a document has many.
var docMemos = sync.Pool{New: func() any { return new(docMemo) }}

// withDocMemo returns s with an empty memo for the document of c, to be
// handed back by releaseDocMemo once the document is done; the stage
// value shared between documents keeps none.
func (s eventStage) withDocMemo(c *facts.Context) eventStage {
	m := docMemos.Get().(*docMemo)
	if n := len(c.A.Sents); cap(m.segs) >= n {
		m.segs = m.segs[:n]
	} else {
		m.segs = make([]segRead, n)
	}
	s.memo = m
	return s
}

// releaseDocMemo empties the memo of s and hands it back for another
// document; nothing read from it may be kept.
func (s eventStage) releaseDocMemo() {
	clear(s.memo.segs)
	s.memo.found = s.memo.found[:0]
	s.memo.slab = s.memo.slab[:0]
	s.memo.dateline.done = false
	docMemos.Put(s.memo)
}

// segRead returns the memo entry of segment i; a fresh one, kept
// nowhere, without a memo.
func (s eventStage) segRead(i int) *segRead {
	if s.memo == nil {
		return &segRead{}
	}
	return &s.memo.segs[i]
}

// mentionsIn is c.MentionsIn(start, end), kept for the next asking when
// the span is a whole segment: read it, never write its elements.
func (s eventStage) mentionsIn(c *facts.Context, start, end int) []model.Mention {
	if s.memo == nil {
		return c.MentionsIn(start, end)
	}
	i := c.A.SentAt(start)
	if i < 0 {
		return c.MentionsIn(start, end)
	}
	if ss, se := c.SentSpan(i); ss != start || se != end {
		return c.MentionsIn(start, end)
	}
	sr := &s.memo.segs[i]
	if !sr.mentionsDone {
		sr.mentions, sr.mentionsDone = c.MentionsIn(start, end), true
	}
	return sr.mentions
}

// segToks returns the words of segment i (token.Tokens of its span).
func (s eventStage) segToks(c *facts.Context, i int) []token.Tok {
	return s.segRead(i).readWords(c, i)
}

// readWords returns the words of segment i, whose entry sr is.
func (sr *segRead) readWords(c *facts.Context, i int) []token.Tok {
	if !sr.words {
		start, end := c.SentSpan(i)
		sr.toks, sr.words = token.Tokens(c.A.Body, start, end), true
	}
	return sr.toks
}

// seg returns segment i read whole.
func (s eventStage) seg(c *facts.Context, i int) *segRead {
	sr := s.segRead(i)
	if !sr.hitsDone {
		s.find(s.Lex.eagerLists, sr.readWords(c, i), &sr.eager)
		s.openTriggers(c.A.Body, sr)
		sr.hitsDone = true
	}
	return sr
}

// find sets out to the hits of the lists of x in toks, with the memo's
// scratch space.
func (s eventStage) find(x *segIndex, toks []token.Tok, out *segHits) {
	if s.memo == nil {
		var slab []token.Hit
		x.find(toks, out, nil, &slab)
		return
	}
	s.memo.found = x.find(toks, out, s.memo.found, &s.memo.slab)
}

// listOf returns the hits of list l of Lex.segLists in the segment sr,
// matching a lazy list when first asked for.
func (s eventStage) listOf(sr *segRead, l int) []token.Hit {
	if segEager(l) {
		return sr.eager.list(segLocal(l))
	}
	if !sr.lazyDone {
		s.find(s.Lex.lazyLists, sr.toks, &sr.lazy)
		sr.lazyDone = true
	}
	return sr.lazy.list(segLocal(l))
}

// typeHits returns the hits of the triggers of event type k in the
// segment sr.
func (s eventStage) typeHits(sr *segRead, k int) []token.Hit {
	return s.listOf(sr, segTypes+k)
}

// openOf returns the hits of type k in the segment sr not blocked.
func (sr *segRead) openOf(k int) []token.Hit {
	from := int32(0)
	if k > 0 {
		from = sr.openEnds[k-1]
	}
	return sr.open[from:sr.openEnds[k]:sr.openEnds[k]]
}

// allOf returns the hits of list l of Lex.segLists in toks: those read
// once when toks is the whole segment sr, else matched now (sr nil).
func (s eventStage) allOf(sr *segRead, l int, toks []token.Tok) []token.Hit {
	if sr != nil {
		return s.listOf(sr, l)
	}
	return s.Lex.segLists[l].All(toks)
}

// firstOf is the first hit of allOf.
func (s eventStage) firstOf(sr *segRead, l int, toks []token.Tok) (token.Hit, bool) {
	if sr != nil {
		if hs := s.listOf(sr, l); len(hs) > 0 {
			return hs[0], true
		}
		return token.Hit{}, false
	}
	return s.Lex.segLists[l].First(toks)
}

// clauseHas reports a hit of list l in the clause toks[cf:ct] of toks:
// read once when the clause is the whole segment sr, else matched now.
func (s eventStage) clauseHas(sr *segRead, l int, toks []token.Tok, cf, ct int) bool {
	if sr != nil && cf == 0 && ct == len(sr.toks) {
		return s.hasOf(sr, l, toks)
	}
	return s.Lex.segLists[l].Has(toks[cf:ct])
}

// hasOf reports a hit of list l (see allOf).
func (s eventStage) hasOf(sr *segRead, l int, toks []token.Tok) bool {
	_, ok := s.firstOf(sr, l, toks)
	return ok
}

// triggerHits returns, for each event type of the lexicon in order, the
// hits of its triggers in toks (token.Phrases.All).
func (s eventStage) triggerHits(toks []token.Tok) [][]token.Hit {
	out := make([][]token.Hit, len(s.Lex.Types))
	var buf [16]int
	if at := s.Lex.triggers.Starts(toks, buf[:0]); len(at) > 0 {
		for k := range s.Lex.Types {
			out[k] = s.Lex.Types[k].Triggers.AllAt(toks, at)
		}
	}
	return out
}

// openTriggers sets sr.open to the trigger hits of sr not blocked: a
// slice of sr.hits while none is.
func (s eventStage) openTriggers(body string, sr *segRead) {
	first, last := segLocal(segTypes), segLocal(segTypes+len(s.Lex.Types)-1)
	all := sr.eager.hits[sr.eager.ends[first-1]:sr.eager.ends[last]]
	var open []token.Hit
	copied := false
	n := 0 // the hits of all read
	for k := range s.Lex.Types {
		for _, h := range s.typeHits(sr, k) {
			switch blocked := s.blocked(body, sr.toks, h); {
			case blocked && !copied:
				open, copied = append(make([]token.Hit, 0, len(all)), all[:n]...), true
			case !blocked && copied:
				open = append(open, h)
			}
			n++
		}
		sr.openEnds[k] = int32(n)
		if copied {
			sr.openEnds[k] = int32(len(open))
		}
	}
	if !copied {
		open = all
	}
	sr.open = open
}
