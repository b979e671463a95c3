package events

import (
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// impliedMeeting finds a decision taken at a stated place and date ("the
// ministers agreed in Oslo on Tuesday"): a meeting. toks are the words
// of the whole segment sr when sr is not nil (see allOf).
func (s eventStage) impliedMeeting(c *facts.Context, i int, toks []token.Tok, sr *segRead) (token.Hit, bool) {
	h, ok := s.firstOf(sr, segImplied, toks)
	if !ok {
		return token.Hit{}, false
	}
	start, end := c.SentSpan(i)
	if s.eventDate(c, start, end, h.Start) == "" {
		return token.Hit{}, false
	}
	for _, mn := range s.mentionsIn(c, start, end) {
		if mn.Kind != "place" {
			continue
		}
		before := token.Tokens(c.A.Body, max(start, mn.Start-8), mn.Start)
		if s.Lex.placePreps.EndsBeforeIndexed(before, len(before)) {
			return h, true
		}
	}
	return token.Hit{}, false
}

// impliedMeetingBody finds the organisation or country that opens a
// sentence with a decision ("NATO defence ministers agreed ..."), the
// body of a meeting the sentence refers to; sr is the segment toks are
// all the words of.
func (s eventStage) impliedMeetingBody(c *facts.Context, start int, sr *segRead) (string, bool) {
	h, ok := s.firstOf(sr, segImplied, sr.toks)
	if !ok {
		return "", false
	}
	for _, mn := range s.mentionsIn(c, start, h.Start) {
		if facts.IsActor(mn) && mn.Kind != "person" {
			return mn.Key, true
		}
	}
	return "", false
}
