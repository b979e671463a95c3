package events

import (
	"github.com/kg-project/kg/loader/extract/facts"
)

// beforeRelative finds the event told before a relative marker whose
// clause refers back to the sentence's gathering ("X told a news
// conference after the summit"): the sentence's own event, read from the
// words before the marker.
func (s eventStage) beforeRelative(c *facts.Context, i int, first eventMention) (eventMention, bool) {
	if !first.coref || first.outcome {
		return eventMention{}, false
	}
	start, _ := c.SentSpan(i)
	sr := s.seg(c, i)
	toks := sr.toks
	for _, rel := range s.listOf(sr, segRelative) {
		if _, ok := s.Lex.coreferent.First(toks[rel.To:min(len(toks), rel.To+3)]); !ok {
			continue
		}
		if _, typ, ok := s.trigger(c.A.Body, toks[:rel.From]); ok && typ != first.typ {
			return s.mentionInSpan(c, i, start, rel.Start)
		}
	}
	return eventMention{}, false
}

// relativeIn finds a second event told relative to the sentence's event
// ("a press conference after meeting his counterpart", "signed the
// document after talks"): an event of another type right after a relative
// marker, with the sentence's persons.
func (s eventStage) relativeIn(c *facts.Context, i int, first eventMention) (eventMention, bool) {
	start, end := c.SentSpan(i)
	sr := s.seg(c, i)
	toks := sr.toks
	for _, rel := range s.listOf(sr, segRelative) {
		for k := range s.Lex.Types {
			t := &s.Lex.Types[k]
			if t.Name == first.typ {
				continue
			}
			for _, h := range s.typeHits(sr, k) {
				if h.From != rel.To && !(h.From == rel.To+1 && facts.Determiners[toks[rel.To].Norm]) {
					continue
				}
				m := eventMention{sent: i, typ: t.Name}
				for _, p := range first.participants {
					if fxIsPersonKey(c, p) {
						m.participants = append(m.participants, p)
					}
				}
				if len(m.participants) < 2 {
					// "Ministers agreed in Oslo on Tuesday ..., X told a press
					// conference after the meeting": the body that decided met,
					// on the day and at the place the sentence gives
					if k, ok := s.impliedMeetingBody(c, start, sr); ok {
						m.participants, m.date, m.placeKey = []string{k}, first.date, first.placeKey
					}
				}
				if s.opening(c, i) && s.Lex.occasions[t.Name] && first.date == c.DocDate && first.date != "" {
					// "Remarks following a meeting with X" opening a transcript:
					// the meeting of that day and place, with the person named
					m.participants, m.date, m.placeKey = first.participants, first.date, first.placeKey
				} else if len(m.participants) < 1 || len(m.participants) < 2 && fxIsPersonKey(c, m.participants[0]) && s.Lex.minParticipants[t.Name] != 1 ||
					s.plannedAt(toks, sr, h) {
					return m, false
				}
				if m.date == "" {
					// "due to speak today after arriving in Dubai yesterday":
					// the day and place the relative part gives
					m.date = s.eventDate(c, rel.Start, end, h.Start)
				}
				if m.placeKey == "" {
					m.placeKey = placeRightAfter(c, h.End, end)
				}
				return m, true
			}
		}
	}
	return eventMention{}, false
}
