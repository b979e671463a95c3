package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// headline reads a heading that names a person as its source with a
// saying verb ("X says 'claim' as he announces ...", "Claim, X says"), as
// live blogs open their entries.
func (s attributionStage) headline(d *attribDoc, i int) (rawAttrib, bool) {
	start, end := d.c.SentSpan(i)
	toks := d.tokens(start, end)
	if len(toks) < 5 {
		return rawAttrib{}, false
	}
	if r, ok := d.interviewHeadline(i); ok {
		return r, true
	}
	for _, try := range []func(*attribDoc, int, []token.Tok) (rawAttrib, bool){s.trailing, s.leading} {
		if r, ok := try(d, i, toks); ok && r.src.kind == "person" && wordCount(d.c.A.Body, r.claimStart, r.claimEnd) >= 4 {
			r.sent, r.explicit, r.leading, r.also = i, true, false, nil
			return r, true
		}
	}
	return rawAttrib{}, false
}

// interviewHeadline reads "X to Outlet: claim", the heading of an
// interview: the person speaks through the outlet.
func (d *attribDoc) interviewHeadline(i int) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	colon := strings.IndexByte(body[start:end], ':')
	if colon < 0 {
		return rawAttrib{}, false
	}
	colon += start
	ms := d.mentionsIn(start, colon)
	if len(ms) != 2 || ms[0].Kind != "person" || ms[1].Kind != "outlet" && ms[1].Kind != "organization" {
		return rawAttrib{}, false
	}
	mid := d.tokens(ms[0].End, ms[1].Start)
	lead := d.tokens(start, ms[0].Start) // a title or first name
	for _, t := range lead {
		if r := body[t.Start]; r < 'A' || r > 'Z' {
			return rawAttrib{}, false
		}
	}
	if len(mid) != 1 || mid[0].Norm != "to" || len(lead) > 3 ||
		strings.Trim(body[ms[1].End:colon], " '’‘\"”“") != "" || wordCount(body, colon, end) < 4 {
		return rawAttrib{}, false
	}
	src := attribSource{name: actorLabel(d.c, ms[0]), id: ms[0].Key, kind: ms[0].Kind}
	if !d.isLocalOutlet(ms[1].Key) {
		src = src.relay(d.c, ms[1])
	}
	return rawAttrib{sent: i, claimStart: colon + 1, claimEnd: end, src: src, explicit: true}, true
}

// repeatsClaim reports a headline claim whose words a claim of the same
// source in the body already holds for the most part.
func repeatsClaim(h model.Attribution, body []model.Attribution) bool {
	hw := claimWords(h.Claim)
	for _, b := range body {
		if b.SourceID != h.SourceID {
			continue
		}
		bw := claimWords(b.Claim)
		shared := 0
		for w := range hw {
			if bw[w] {
				shared++
			}
		}
		if 2*shared >= len(hw) {
			return true
		}
	}
	return false
}

// claimWords is the set of words of at least four letters in a claim.
func claimWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range token.Tokens(s, 0, len(s)) {
		if len(t.Norm) >= 4 {
			out[t.Norm] = true
		}
	}
	return out
}

// cutOffEnd reports a last segment that a cut-off text leaves without its
// full stop (taken for a heading, it is the start of a sentence): one of
// at least eight words after a sentence.
func (d *attribDoc) cutOffEnd(i int) bool {
	a := d.c.A
	if i != len(a.Sents)-1 || i == 0 || a.Sents[i-1].Kind == "heading" {
		return false
	}
	start, end := d.c.SentSpan(i)
	return len(token.Tokens(a.Body, start, end)) >= 8
}
