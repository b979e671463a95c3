package extract

import (
	"time"

	"github.com/kg-project/kg/loader/extract/dates"
	"github.com/kg-project/kg/loader/extract/model"
)

// datesStage finds the date expressions of every segment (headings
// included, so datelines such as "ROME, Jan 6 (Agency) -" and "*Rome,
// 6th of January 2026*" are there for the metadata stage) and resolves
// them against the document date (see package dates for the rules).
//
// The document date is Result.Document.Date when an earlier stage set it,
// else Doc.Date. A stage that learns the document date later (from a
// dateline) must call ResolveDates with it; the stage itself may run
// before or after the metadata stage, as long as it follows segmentation.
type datesStage struct{}

// Apply fills Analysis.Dates.
func (datesStage) Apply(a *model.Analysis) error {
	a.Dates = a.Dates[:0]
	doc, hasDoc := dates.ParseDocDate(analysisDocDate(a))
	var finder dates.Finder
	for i, s := range a.Sents {
		text := a.Body[s.Start:s.End]
		for _, m := range finder.Find(text) {
			r := withTense(m.Expr, text, m.Start, m.End).Resolve(doc, hasDoc)
			a.Dates = append(a.Dates, model.DateMention{
				Start: s.Start + m.Start, End: s.Start + m.End,
				Text: a.Body[s.Start+m.Start : s.Start+m.End], Sent: i,
				Date: r.Date, Period: r.Period, Relative: r.Relative,
			})
		}
	}
	if !hasDoc {
		resolveByYearCue(a)
	}
	return nil
}

// resolveByYearCue dates the days told without a year in an undated
// document by the year its dated days agree on ("On June 27 ... the
// declaration of April 25, 2025"): the text's year cue. Without such
// days, or when they are of several years, the days stay unresolved.
func resolveByYearCue(a *model.Analysis) {
	year := 0
	for _, m := range a.Dates {
		e, ok := dates.Parse(m.Text)
		if !ok || e.Kind != dates.Day || e.Year == 0 {
			continue
		}
		if year != 0 && e.Year != year {
			return
		}
		year = e.Year
	}
	if year == 0 {
		return
	}
	for i := range a.Dates {
		m := &a.Dates[i]
		if e, ok := dates.Parse(m.Text); ok && e.Kind == dates.Day && e.Year == 0 && m.Date == "" {
			e.Year = year
			m.Date = e.Resolve(time.Time{}, false).Date
		}
	}
}

// withTense sets the tense of a bare weekday from its clause in text
// (see dates.ClauseTense): "met on Monday" is the Monday before.
func withTense(e dates.Expr, text string, start, end int) dates.Expr {
	if e.Kind == dates.Weekday && e.Shift == 0 {
		e.Tense = dates.ClauseTense(text, start, end)
	}
	return e
}

// analysisDocDate is the best document date known so far.
func analysisDocDate(a *model.Analysis) string {
	if d := a.Result.Document.Date; d != nil && *d != "" {
		return *d
	}
	if a.Doc != nil {
		return a.Doc.Date
	}
	return ""
}

// ResolveDates (re)computes Date, Period and Relative of every date
// mention against docDate (YYYY-MM-DD, "" when unknown). Call it whenever
// the document date becomes known or changes.
func ResolveDates(a *model.Analysis, docDate string) {
	doc, hasDoc := dates.ParseDocDate(docDate)
	for i := range a.Dates {
		m := &a.Dates[i]
		e, ok := dates.Parse(m.Text)
		if !ok {
			m.Date, m.Period, m.Relative = "", "", false
			continue
		}
		if m.Sent >= 0 && m.Sent < len(a.Sents) {
			st := a.Sents[m.Sent]
			if st.Start <= m.Start && m.End <= st.End {
				e = withTense(e, a.Body[st.Start:st.End], m.Start-st.Start, m.End-st.Start)
			}
		}
		r := e.Resolve(doc, hasDoc)
		m.Date, m.Period, m.Relative = r.Date, r.Period, r.Relative
	}
	if !hasDoc {
		resolveByYearCue(a)
	}
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
