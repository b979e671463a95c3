package attributions

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/loader/extract/token"
)

// speechBylineLines is how many lines from the top of a primary text may
// hold its speaker's byline.
const speechBylineLines = 8

// findSpeech reads the speaker of a primary text that is one person's
// speech without speaker labels: a line near the top opening with a
// byline word ("by Secretary General X ahead of the summit", "Remarks by
// X") that names a person. The speech runs from the line after it. A
// transcript (speaker labels) has no single speaker.
func (d *attribDoc) findSpeech() {
	if !d.c.Primary || d.turns != nil {
		return
	}
	body := d.c.A.Body
	off := 0
	for line := 0; line < speechBylineLines && off < len(body); line++ {
		end := len(body)
		if nl := strings.IndexByte(body[off:], '\n'); nl >= 0 {
			end = off + nl
		}
		toks := d.tokens(off, end)
		if h := phraseLenAt(&d.lex.speechBylines, toks, 0); h > 0 {
			for _, m := range d.mentionsIn(off, end) {
				if m.Kind == "person" {
					d.speech = &attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}
					d.speechFrom = end
					return
				}
			}
		}
		off = end + 1
	}
}

// speechSentence makes segment i a claim of the speech's speaker, as a
// sentence of a statement block: a statement (not a question) of at least
// five words (not counting figures: "Last updated: 05 Jul. 2024" is
// none) that does not only announce what follows.
func (s attributionStage) speechSentence(d *attribDoc, i int) (rawAttrib, bool) {
	if d.speech == nil {
		return rawAttrib{}, false
	}
	start, end := d.c.SentSpan(i)
	if start < d.speechFrom {
		return rawAttrib{}, false
	}
	text := strings.TrimRight(d.c.A.Body[start:end], " \"”’)")
	if strings.HasSuffix(text, "?") || wordCount(d.c.A.Body, start, end) < 5 || introduces(text) || s.ownPledge(d, start, end) {
		return rawAttrib{}, false
	}
	return rawAttrib{sent: i, claimStart: start, claimEnd: end, src: *d.speech, turn: true, block: true}, true
}

// wordCount counts the tokens of [start, end) that hold a letter.
func wordCount(body string, start, end int) int {
	n := 0
	for _, t := range token.Tokens(body, start, end) {
		if strings.IndexFunc(t.Norm, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// ownPledge reports a sentence in which the speaker pledges ("We will
// increase our support", "But more than that, we will decide"): a
// commitment of the speaker, not a claim.
func (s attributionStage) ownPledge(d *attribDoc, start, end int) bool {
	toks := d.tokens(start, end)
	for k := 0; k+1 < len(toks) && k < 8; k++ {
		if (toks[k].Norm == "we" || toks[k].Norm == "i") && phraseLenAt(&s.lex.pledges, toks, k+1) > 0 {
			return true
		}
	}
	return false
}
