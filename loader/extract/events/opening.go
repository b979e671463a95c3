package events

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// leadPlans reports a list item whose lead-in tells what is still to
// come ("To this end, we will:" before "- host a conference on ..."): its
// events are planned.
func (s eventStage) leadPlans(c *facts.Context, i int) bool {
	st := c.A.Sents[i]
	if st.Kind != "item" || st.Lead < 0 || st.Lead >= len(c.A.Sents) {
		return false
	}
	ls, le := c.SentSpan(st.Lead)
	lead := token.Tokens(c.A.Body, ls, le)
	if n := len(lead); n > 0 && (lead[n-1].Norm == "will" || lead[n-1].Norm == "shall" || lead[n-1].Norm == "to") {
		return true
	}
	return s.Lex.future.Has(lead)
}

// opening reports segment i among the opening segments of a primary
// text (its title, byline and date lines): the occasion the text is the
// record of is told there ("Remarks to the press", "Pre-summit press
// conference").
func (s eventStage) opening(c *facts.Context, i int) bool {
	return c.Primary && i < s.Lex.openingSegments
}

// occasion completes an event told in a primary text's opening segments:
// undated, it takes the document's date unless told relative to another
// one ("ahead of the summit"); its people include those of a byline
// segment right after ("by the Secretary General"); unplaced, it takes a
// place standing alone in a segment of the opening ("Lisbon, Freedonia").
func (s eventStage) occasion(c *facts.Context, i int, toks []token.Tok, hit token.Hit, m *eventMention) {
	if fxHasAny(toks[max(0, hit.From-3):hit.From], "ahead", "before") {
		return // "ahead of the summit": a later event
	}
	if m.date == "" {
		m.date = c.DocDate
	}
	if i+1 < len(c.A.Sents) {
		ns, ne := c.SentSpan(i + 1)
		if next := token.Tokens(c.A.Body, ns, ne); len(next) > 0 && next[0].Norm == "by" {
			for _, mn := range s.mentionsIn(c, ns, ne) {
				if mn.Kind == "person" {
					m.participants = facts.AppendUnique(m.participants, mn.Key)
				}
			}
		}
	}
	for j := 0; m.placeKey == "" && j < min(len(c.A.Sents), s.Lex.openingSegments+2); j++ {
		js, je := c.SentSpan(j)
		if ms := s.mentionsIn(c, js, je); len(ms) > 0 && ms[0].Kind == "place" && len(token.Tokens(c.A.Body, js, je)) <= 4 {
			m.placeKey = ms[0].Key
		}
	}
}

// officeOf reports the words between a person and an organisation that
// make the organisation the person's office (" of the ", ", head of ").
func officeOf(gap string) bool {
	g := strings.TrimSpace(strings.ToLower(gap))
	return g == "of" || g == "of the"
}
