package extract

import "time"
import "github.com/kg-project/kg/loader/extract/token"

// dayOffsetDate dates an event told a number of days from the day of its
// sentence ("the truce began on Wednesday, a day after the strikes"): the
// sentence's day shifted by the offset. It applies when the offset phrase
// ("a day after", "two days before") stands within twelve words before
// the trigger and the sentence fixes a day before that phrase.
func (s eventStage) dayOffsetDate(c *factContext, i int, toks []token.Tok, hit token.Hit) (string, bool) {
	for j := max(0, hit.From-12); j+2 < hit.From && j+2 < len(toks); j++ {
		n, ok := s.lex.dayCounts[toks[j].Norm]
		unit, dir := toks[j+1].Norm, toks[j+2].Norm
		if !ok || unit != "day" && unit != "days" || dir != "after" && dir != "before" {
			continue
		}
		start, _ := c.sentSpan(i)
		base := ""
		for _, d := range c.a.Dates {
			if d.Start >= start && d.End <= toks[j].Start && len(d.Date) == len("2006-01-02") {
				base = d.Date
			}
		}
		t, err := time.Parse("2006-01-02", base)
		if err != nil {
			return "", false
		}
		// "B, a day after A": A is the day before B
		if dir == "after" {
			n = -n
		}
		return t.AddDate(0, 0, n).Format("2006-01-02"), true
	}
	return "", false
}
