package datementions

import (
	"github.com/kg-project/kg/loader/extract/dates"
	"github.com/kg-project/kg/loader/extract/model"
)

// Stage finds the date expressions of every segment (headings
// included, so datelines such as "ROME, Jan 6 (Agency) -" and "*Rome,
// 6th of January 2026*" are there for the metadata stage) and resolves
// them against the document date (see package dates for the rules).
//
// The document date is Result.Document.Date when an earlier stage set it,
// else Doc.Date. A stage that learns the document date later (from a
// dateline) must call ResolveDates with it; the stage itself may run
// before or after the metadata stage, as long as it follows segmentation.
type Stage struct{}

// Apply fills Analysis.Dates.
func (Stage) Apply(a *model.Analysis) error {
	a.Dates = a.Dates[:0]
	doc, hasDoc := dates.ParseDocDate(model.DocDate(a))
	var finder dates.Finder
	low := model.LowerBody(a)
	for i, s := range a.Sents {
		text := a.Body[s.Start:s.End]
		for _, m := range finder.FindLowered(text, low[s.Start:s.End]) {
			r := model.WithTense(m.Expr, text, m.Start, m.End).Resolve(doc, hasDoc)
			a.Dates = append(a.Dates, model.DateMention{
				Start: s.Start + m.Start, End: s.Start + m.End,
				Text: a.Body[s.Start+m.Start : s.Start+m.End], Sent: i,
				Date: r.Date, Period: r.Period, Relative: r.Relative,
			})
		}
	}
	if !hasDoc {
		model.ResolveByYearCue(a)
	}
	return nil
}

// DateIn returns the resolved dates of the mentions inside the byte range
// [start, end), in order ("" entries skipped).
func DateIn(a *model.Analysis, start, end int) []string {
	var out []string
	for _, m := range a.Dates {
		if m.Start >= start && m.End <= end && m.Date != "" {
			out = append(out, m.Date)
		}
	}
	return out
}
