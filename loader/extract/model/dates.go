package model

import (
	"time"

	"github.com/kg-project/kg/loader/extract/dates"
)

// ResolveByYearCue dates the days told without a year in an undated
// document by the year its dated days agree on ("On June 27 ... the
// declaration of April 25, 2025"): the text's year cue. Without such
// days, or when they are of several years, the days stay unresolved.
func ResolveByYearCue(a *Analysis) {
	year := 0
	type dayAt struct {
		i int
		e dates.Expr
	}
	var yearless []dayAt // the days told without a year, parsed once
	for i, m := range a.Dates {
		e, ok := dates.Parse(m.Text)
		if ok && e.Kind == dates.Day && e.Year == 0 {
			yearless = append(yearless, dayAt{i, e})
		}
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
	for _, d := range yearless {
		m, e := &a.Dates[d.i], d.e
		if m.Date == "" {
			e.Year = year
			m.Date = e.Resolve(time.Time{}, false).Date
		}
	}
}

// WithTense sets the tense of a bare weekday from its clause in text
// (see dates.ClauseTense): "met on Monday" is the Monday before.
func WithTense(e dates.Expr, text string, start, end int) dates.Expr {
	if e.Kind == dates.Weekday && e.Shift == 0 {
		e.Tense = dates.ClauseTense(text, start, end)
	}
	return e
}

// DocDate is the best document date known so far.
func DocDate(a *Analysis) string {
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
func ResolveDates(a *Analysis, docDate string) {
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
				e = WithTense(e, a.Body[st.Start:st.End], m.Start-st.Start, m.End-st.Start)
			}
		}
		r := e.Resolve(doc, hasDoc)
		m.Date, m.Period, m.Relative = r.Date, r.Period, r.Relative
	}
	if !hasDoc {
		ResolveByYearCue(a)
	}
}
