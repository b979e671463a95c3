package events

import "time"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/token"

// dayOffsetDate dates an event told a number of days from a day the text
// fixes. Two forms:
//   - "B, a day after A" ("the truce began on Wednesday, a day after the
//     strikes"): the offset phrase ("a day after", "two days before")
//     stands within twelve words before the trigger of A; A is that many
//     days from B's day;
//   - "a day later", "two days earlier", "the next day" anywhere in the
//     sentence: the event is that many days from the day before the
//     phrase.
//
// The day counted from is the last one the sentence fixes before the
// phrase; in a sentence that fixes no day of its own, the last one of
// the sentence before when that is the document's day ("X said on
// Friday." "The announcement came a day after ..."): the day of the
// report, which the sentence's words refer back to.
// toks are the words of the whole segment sr when sr is not nil (see
// allOf).
func (s eventStage) dayOffsetDate(c *facts.Context, i int, toks []token.Tok, sr *segRead, hit token.Hit) (string, bool) {
	for j := max(0, hit.From-12); j+2 < hit.From && j+2 < len(toks); j++ {
		unit, dir := toks[j+1].Norm, toks[j+2].Norm
		if unit != "day" && unit != "days" || dir != "after" && dir != "before" {
			continue // told before the count is looked up: most words are no unit
		}
		n, ok := s.Lex.dayCounts[toks[j].Norm]
		if !ok {
			continue
		}
		// "B, a day after A": A is the day before B
		if dir == "after" {
			n = -n
		}
		return shiftedDay(s.baseDay(c, i, toks[j].Start), n)
	}
	for j := 0; j+2 < len(toks); j++ {
		if unit := toks[j+1].Norm; unit != "day" && unit != "days" {
			continue
		}
		n, ok := s.Lex.dayCounts[toks[j].Norm]
		if shift := s.Lex.dayShifts[toks[j+2].Norm]; ok && shift != 0 {
			return shiftedDay(s.baseDay(c, i, toks[j].Start), n*shift)
		}
	}
	for _, h := range s.allOf(sr, segRelativeDays, toks) {
		return shiftedDay(s.baseDay(c, i, h.Start), s.Lex.relativeDayShift[h.Phrase])
	}
	return "", false
}

// baseDay is the day an offset phrase at offset at of segment i counts
// from: the last day the segment fixes before at, or, when the segment
// fixes no day at all, the last day of the segment before; "" when none.
func (s eventStage) baseDay(c *facts.Context, i, at int) string {
	start, end := c.SentSpan(i)
	base, own := "", false
	for _, d := range c.A.Dates {
		if d.Start >= start && d.End <= end && len(d.Date) == len("2006-01-02") {
			own = true
			if d.End <= at {
				base = d.Date
			}
		}
	}
	if own || i == 0 {
		return base
	}
	ps, pe := c.SentSpan(i - 1)
	for _, d := range c.A.Dates {
		if d.Start >= ps && d.End <= pe && len(d.Date) == len("2006-01-02") {
			base = d.Date
		}
	}
	if base != c.DocDate {
		return "" // only the report's own day is the one a later sentence counts from
	}
	return base
}

// shiftedDay is day moved by n days; false when day is no day.
func shiftedDay(day string, n int) (string, bool) {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return "", false
	}
	return t.AddDate(0, 0, n).Format("2006-01-02"), true
}
