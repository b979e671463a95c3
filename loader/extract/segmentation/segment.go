package segmentation

import "github.com/kg-project/kg/loader/extract/model"

// Segmentation: the body is cut into segments (Analysis.Sents) of three
// kinds, in document order and never overlapping:
//
//   - "heading": a Markdown heading ("## Title", span without the hashes),
//     a line in capitals, a line that is bold or italic only, or a short
//     line without final punctuation standing alone (a title, a subtitle,
//     a byline, a dateline line such as "*Paris, 6 May 2025*").
//   - "sentence": a sentence of a paragraph. Paragraphs end at blank lines
//     and horizontal rules; in a block whose lines mostly end with final
//     punctuation, or whose lines are short (a header block), every line
//     is its own paragraph; otherwise the block is hard-wrapped text and
//     its lines are joined. A line starting in lower case after one
//     without final punctuation continues it in any case. A paragraph cut by a
//     blank line or a page rule in mid-sentence (the next block starts in
//     lower case) continues across it.
//   - "item": a list item ("1.", "2)", "a)", "(a)", "-", "*", "+", "•"),
//     span without its marker. An item holding several sentences becomes
//     several segments of Kind "item" that share Item (the index of the
//     item's first segment), Lead and Parent, so fact stages see both the
//     item and its inner sentence boundaries.
//
// Lead is the segment that introduces a list: the last segment before the
// list's first item when it ends with ':' ("... the following
// components:"); a sub-item's Lead is its parent item's last segment when
// that ends with ':'. Parent is the first segment of the enclosing item of
// a sub-item (deeper indentation, unless a numbered item simply continues
// the numbering of a shallower one). Otherwise both are -1.
//
// Sentences end at '.', '!', '?' or '…' (with closing quotes, brackets and
// emphasis markers kept in the sentence) followed by white space and a
// character that is not a lower-case letter, except after abbreviations:
// titles (Mr., Dr., Gen., St.), months and "No." before a number, dotted
// abbreviations (U.S., U.K., e.g., a.m.) unless a word that typically
// starts a sentence follows, and initials ("J. Smith"). Emphasis markers
// (** and *) stay in the text; no span starts or ends on white space. A
// leading document date marker (" date 2026-01-06") is metadata and
// belongs to no segment.
//
// Markdown block quote markers ("> ") are left out of the spans like list
// markers.
//
// Quotes holds the direct quotation spans inside each segment (the text
// between straight or curly quotation marks, marks excluded); a quotation
// running over several sentences is cut at their boundaries.
// Clauses and InlineList expose the ';'-separated clauses of a sentence.

// Segment kinds.
const (
	SegSentence = "sentence"
	SegHeading  = "heading"
	SegItem     = "item"
)

// Stage fills Analysis.Sents and Result.Sentences.
type Stage struct{}

// Apply segments the body.
func (Stage) Apply(a *model.Analysis) error {
	dst := a.Sents[:0]
	if cap(dst) == 0 { // about one segment per 100 bytes of news text: few regrowths
		dst = make([]model.Sent, 0, len(a.Body)/100+8)
	}
	a.Sents = SegmentBody(a.Body, dst)
	a.Result.Sentences = make([]model.Sentence, len(a.Sents))
	for i, s := range a.Sents {
		a.Result.Sentences[i] = model.Sentence{
			Start: a.Rune(s.Start), End: a.Rune(s.End), Text: a.Body[s.Start:s.End],
			Kind: s.Kind, Lead: s.Lead, Parent: s.Parent,
		}
	}
	return nil
}
