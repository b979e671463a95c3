package events

import (
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// pastPeriodIn reports a month or year named in [start, end) that ends
// before the document's month ("in February" in a May report).
func pastPeriodIn(c *facts.Context, start, end int) bool {
	if len(c.DocDate) < len("2006-01") {
		return false
	}
	for _, d := range c.A.Dates {
		if d.Start < start || d.End > end || d.Date != "" {
			continue
		}
		if p := d.Period; (len(p) == len("2006-01") && p[4] == '-' || len(p) == len("2006")) && p < c.DocDate[:len(p)] {
			return true
		}
	}
	return false
}

// splitDatelineDate is the day of a dateline told as sentences of its own
// before the lead ("ISTANBUL, June 2." "/AGENCY/."), for an event of the
// lead sentence that no date of its own dates: the fallback a dateline
// inside the lead gives (see eventDate).
func splitDatelineDate(c *facts.Context, lead int) string {
	if lead == 0 || lead > 3 {
		return ""
	}
	day := ""
	for j := 0; j < lead; j++ {
		start, end := c.SentSpan(j)
		if len(token.Tokens(c.A.Body, start, end)) > 6 {
			return ""
		}
		for _, d := range c.A.Dates {
			if d.Start >= start && d.End <= end && len(d.Date) == len("2006-01-02") {
				day = d.Date
			}
		}
	}
	return day
}

// unresolvedDates reports date mentions resolved to neither a day nor a
// period.
func unresolvedDates(a *model.Analysis) bool {
	for _, d := range a.Dates {
		if d.Date == "" && d.Period == "" {
			return true
		}
	}
	return false
}

// eventDate is the resolved day nearest the trigger, skipping days that
// date a saying ("said on Thursday that ...").
func (s eventStage) eventDate(c *facts.Context, start, end, near int) string {
	// The date of a wire dateline ("KYIV, Oct 22 (Agency) -") dates the
	// report, not the event: it counts only when no other date does.
	if body := s.skipDateline(c, start, end); body > start {
		if d := s.eventDate(c, body, end, near); d != "" {
			return d
		}
	}
	best, bestDist := "", -1
	for _, d := range c.A.Dates {
		if d.Start < start || d.End > end || len(d.Date) != len("2006-01-02") {
			continue
		}
		before := token.Tokens(c.A.Body, max(start, d.Start-16), d.Start)
		n := len(before)
		if n > 0 && s.Lex.saying.EndsBeforeIndexed(before, n) || n > 1 && s.Lex.saying.EndsBeforeIndexed(before, n-1) {
			continue
		}
		dist := d.Start - near
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = d.Date, dist
		}
	}
	return best
}

// skipDateline is facts.SkipDateline of the document's body, the last
// answer kept: a segment's dates are looked for over the same span
// several times (decisions, the mention, implied meetings).
func (s eventStage) skipDateline(c *facts.Context, start, end int) int {
	if s.memo == nil {
		return facts.SkipDateline(c.A.Body, start, end)
	}
	if m := &s.memo.dateline; !m.done || m.start != start || m.end != end {
		m.start, m.end, m.at, m.done = start, end, facts.SkipDateline(c.A.Body, start, end), true
	}
	return s.memo.dateline.at
}

// fxLongBefore reports a day more than a year before the document date.
func fxLongBefore(day, docDate string) bool {
	if len(day) < 4 || len(docDate) < 4 {
		return false
	}
	dy, dd := atoi4(day[:4]), atoi4(docDate[:4])
	if dd-dy >= 2 {
		return true
	}
	return dd-dy == 1 && day[4:] < docDate[4:]
}

// atoi4 is the number the digits of s write (a year), 0 when s
// holds anything but digits.
func atoi4(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}
