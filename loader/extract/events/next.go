package events

import (
	"regexp"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// clockRE finds a time of day ("at 15:35", "5:25 pm", "9 a.m.").
var clockRE = regexp.MustCompile(`(?i)\bat\s+(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\W|$)`)

// clockDated dates an event whose sentence gives a time of day but no
// date ("called up his counterpart at 15:35"): in a dated report, the
// report's day.
func clockDated(c *facts.Context, start, end int) bool {
	if c.DocDate == "" || !clockRE.MatchString(c.A.Body[start:end]) {
		return false
	}
	for _, d := range c.A.Dates {
		if d.Start >= start && d.End <= end {
			return false // a date of its own, resolved or not, decides
		}
	}
	return true
}

// datedByNextSentence dates an undated event by the sentence after its
// own when that sentence tells no event, names one of the event's
// people, and fixes the document's own day ("X spoke at the opening of
// the meeting in Y." "'We announce today ...,' X said."): the words of a
// participant about the day of the report; or when that sentence only
// says the event was made known that day ("This was reported on
// Friday"). Only the document's day
// counts, the day a report is about.
func (s eventStage) datedByNextSentence(c *facts.Context, ms []eventMention) {
	if c.DocDate == "" {
		return
	}
	told := map[int]bool{}
	for _, m := range ms {
		told[m.sent] = true
	}
	for k := range ms {
		m := &ms[k]
		next := m.sent + 1
		if m.date != "" || m.past || m.planned || m.coref || m.attendance || told[next] || next >= len(c.A.Sents) {
			continue
		}
		start, end := c.SentSpan(next)
		if s.eventDate(c, start, end, start) != c.DocDate {
			continue
		}
		if s.reportsBack(token.Tokens(c.A.Body, start, end)) {
			m.date = c.DocDate // "This was reported on Friday": the report of the event told just before
			continue
		}
		for _, mn := range s.mentionsIn(c, start, end) {
			if mn.Kind == "person" && fxHasString(m.participants, mn.Key) {
				m.date = c.DocDate
				break
			}
		}
	}
}

// reportsBack reports a sentence opening with a word referring back to
// the sentence before and a passive saying verb ("This was reported
// ...", "It was announced ..."): it tells when what came before was made
// known.
func (s eventStage) reportsBack(toks []token.Tok) bool {
	return len(toks) > 2 && s.Lex.backReferences[toks[0].Norm] && s.Lex.passiveAux[toks[1].Norm] &&
		s.Lex.saying.HasRaw(toks[2].Norm)
}

func fxHasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
