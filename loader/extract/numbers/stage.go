package numbers

import (
	"github.com/kg-project/kg/loader/extract/model"
)

// Stage finds numeric expressions (Analysis.Numbers): a number in
// digits or words ("27", "15,000", "1.5", "four", "twenty-five", "a
// dozen", "several thousand") with its scale ("million", "bn"), currency
// ("€", "$", "euros", "United States (US) dollars"), percent ("%",
// "percent", "per cent"), range ("15,000 to 30,000", "between 5 and 7",
// "15-20", "two-three km"), part of a whole ("four of the seven donors"),
// qualifier from the lexicon ("more than", "up to", "almost") and counted
// noun ("27 countries", "27 EU member states", "55 donor and implementing
// countries", "a four-year war" and "a 2-3 day truce" -> years, days,
// "22 times."). A bare figure compared with a sum ("$4.6 billion, down
// from 6 billion") takes its currency. The ordinal of an edition of a
// recurring event counts it ("the ninth conference" -> unit conference).
//
// Not numbers: dates and years (they are in Analysis.Dates, and a bare
// four-digit year with no counted noun is skipped), other ordinals ("6th",
// "the first summit"), list markers (outside every segment), clock times
// ("6:30", "17:00 hours"), numbers fused with letters ("F-16", "G7"),
// identifiers after words such as "Article" or "No.", numbers inside URLs
// and addresses, ages ("45-year-old"), and "one" (a pronoun more often
// than a count). It needs the segments and, to skip dates, runs after the
// dates stage.
type Stage struct {
	Lexicon *Lexicon
}

// Apply fills Analysis.Numbers.
func (st Stage) Apply(a *model.Analysis) error {
	a.Numbers = a.Numbers[:0]
	d := 0
	var skip [][2]int
	var sc numScratch
	low := model.LowerBody(a)
	var kept []sentFound // for the claims stage
	for i, s := range a.Sents {
		skip = skip[:0]
		for d < len(a.Dates) && a.Dates[d].Start < s.Start {
			d++
		}
		for k := d; k < len(a.Dates) && a.Dates[k].Start < s.End; k++ {
			skip = append(skip, [2]int{a.Dates[k].Start - s.Start, a.Dates[k].End - s.Start})
		}
		found := numScanBuf(st.Lexicon, a.Body[s.Start:s.End], low[s.Start:s.End], skip, &sc)
		if len(found) > 0 {
			kept = keepSentFound(kept, i, s, skip, found)
		}
		for _, f := range found {
			a.Numbers = append(a.Numbers, model.NumberMention{
				Start: s.Start + f.start, End: s.Start + f.end, Text: a.Body[s.Start+f.start : s.Start+f.end],
				Qualifier: f.qualifier, Low: f.low, High: f.high, IsRange: f.isRange, Unit: f.unit, Sent: i,
			})
		}
	}
	a.Cache(sentFoundKey{st.Lexicon}, kept)
	return nil
}
