package events

import "github.com/kg-project/kg/loader/extract/token"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/model"

// A verb may tell several meetings with one subject, each with its own
// partner and day ("X met Y on Monday and Z on Tuesday"). gappedMeetings
// reads such a sentence as one meeting per day.

// gappedMeetings returns one mention per day after the only trigger of
// segment i, a weak one (a verb such as "met"), when at least two days follow it,
// each with an actor between it and the day before; nil otherwise.
// sentDates are the date mentions of the segment.
func (s eventStage) gappedMeetings(c *facts.Context, i int, sentDates []model.DateMention) []eventMention {
	if len(sentDates) < 2 {
		return nil
	}
	start, end := c.SentSpan(i)
	sr := s.seg(c, i)
	toks := sr.toks
	hit, typ, ok := s.segTrigger(c.A.Body, sr)
	if !ok || !s.Lex.weak.HasRaw(hit.Phrase) || s.plannedAt(toks, sr, hit) {
		return nil
	}
	if _, _, again := s.trigger(c.A.Body, toks[hit.To:]); again {
		return nil // "X met Y on Monday, a day after Z met W": two verbs
	}
	var days []model.DateMention
	for _, d := range sentDates {
		if d.Start >= hit.End && d.End <= end && len(d.Date) == len("2006-01-02") {
			days = append(days, d)
		}
	}
	if len(days) < 2 {
		return nil
	}
	var subject []string
	for _, mn := range s.mentionsIn(c, start, hit.Start) {
		if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
			subject = facts.AppendUnique(subject, mn.Key)
		}
	}
	var out []eventMention
	from := hit.End
	for _, d := range days {
		m := eventMention{sent: i, typ: typ, date: d.Date, participants: append([]string(nil), subject...)}
		partner := false
		for _, mn := range s.mentionsIn(c, from, d.Start) {
			switch {
			case facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End):
				m.participants = facts.AppendUnique(m.participants, mn.Key)
				partner = true
			case mn.Kind == "place" && m.placeKey == "":
				m.placeKey = mn.Key
			}
		}
		if !partner || d.Date == "" || fxLongBefore(d.Date, c.DocDate) {
			return nil // a day without a partner of its own: one meeting
		}
		out = append(out, m)
		from = d.End
	}
	return out
}
