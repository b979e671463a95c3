// Package dates finds English date expressions in text and resolves them
// against a document date: absolute dates ("6 January 2026", "Jan. 6",
// "6th of January 2026", "2026-01-06", unambiguous "25/12/2025"), weekdays
// ("on Tuesday", "Tuesday's meeting", "last Friday"), relative days
// ("today", "yesterday", "later in the day"), and periods ("last week",
// "this month", "since November", "in 2014").
//
// Resolution rules, relative to the document date D:
//   - a day and month without a year take the year that puts the date
//     closest to D;
//   - a bare weekday in a past-tense clause ("met on Monday") is the
//     latest such day on or before D, in a future-tense clause ("will
//     meet on Friday") the first on or after D (Expr.Tense, set by the
//     caller who sees the clause); when the tense is unknown, the
//     occurrence nearest to D, at most three days either side (a Tuesday
//     story's "on Tuesday" is D itself, its "on Friday" three days later,
//     its "on Sunday" two days before); "last Tuesday" is the one
//     strictly before D within a week, "next Tuesday" the one strictly
//     after;
//   - "since November" and "last November" are the latest November not
//     after D's month; "next November" the first after it; a bare month
//     the one nearest to D;
//   - periods resolve to "YYYY-MM", ISO week "YYYY-Www" or "YYYY".
//
// Without a document date only expressions that state their year resolve,
// and a day told with its weekday ("Tuesday, January 6"): the latest
// year, up to ReferenceYear, in which the two agree. A numeric date whose
// day and month could be swapped (03/04/2025) resolves only to the
// document date, when one of its two readings is that day.
package dates

import (
	"fmt"
	"time"
)

// Kind says what an expression names.
type Kind int

const (
	// Day is a calendar day; Year may be 0 (inferred from the document date).
	Day Kind = iota + 1
	// Weekday is a weekday name, Shift -1 for "last", +1 for "next".
	Weekday
	// Offset is a day relative to the document date ("yesterday": -1).
	Offset
	// Week is the week of the document date shifted by Shift weeks.
	Week
	// MonthOf is the month of the document date shifted by Shift months.
	MonthOf
	// YearOf is the year of the document date shifted by Shift years.
	YearOf
	// Month is a named month; Year may be 0.
	Month
	// Year is a stated year.
	Year
	// Ambiguous is a numeric date whose day and month could be swapped
	// (Month and Day hold the month-first reading).
	Ambiguous
)

// Expr is a parsed date expression.
type Expr struct {
	Kind    Kind
	Year    int // 0 when not stated
	Month   time.Month
	Day     int
	Weekday time.Weekday
	// Shift is -1 for "last", +1 for "next", 0 otherwise; Offset days for
	// Kind Offset.
	Shift int
	// Since marks "since November" (the latest one not after the
	// document date).
	Since bool
	// Tense is the tense of the clause a bare weekday stands in: -1 past
	// ("met on Monday": the latest Monday on or before the document date),
	// +1 future ("will meet on Friday": the first Friday on or after it), 0
	// unknown (the nearest, at most three days away).
	Tense int
	// WeekdayStated marks a Day told with its weekday ("Tuesday, January
	// 6"): without a year or a document date, the weekday picks the year.
	WeekdayStated bool
}

// ReferenceYear is the latest year a weekday-stated date without a year
// can fall in when the document is undated (the current year; tests pin
// it).
var ReferenceYear = func() int { return time.Now().UTC().Year() }

// Resolution is what an expression means on a given document date.
type Resolution struct {
	Date     string // YYYY-MM-DD, "" when not a day or unresolvable
	Period   string // "YYYY-MM", "YYYY-Www" or "YYYY" for periods
	Relative bool   // the document date was needed
}

// ParseDocDate parses a YYYY-MM-DD document date; ok is false for "" or
// an invalid date.
func ParseDocDate(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// Resolve gives the day or period e names when the document is dated
// doc; hasDoc false means the document date is unknown.
func (e Expr) Resolve(doc time.Time, hasDoc bool) Resolution {
	switch e.Kind {
	case Day:
		if e.Year != 0 {
			return Resolution{Date: dayString(e.Year, e.Month, e.Day)}
		}
		if !hasDoc {
			return Resolution{Date: e.yearByWeekday()}
		}
		best, bestDist := "", time.Duration(1<<62)
		for y := doc.Year() - 1; y <= doc.Year()+1; y++ {
			s := dayString(y, e.Month, e.Day)
			if s == "" {
				continue
			}
			t, _ := time.Parse("2006-01-02", s)
			if d := absDuration(t.Sub(doc)); d < bestDist {
				best, bestDist = s, d
			}
		}
		return Resolution{Date: best, Relative: best != ""}
	case Ambiguous:
		// either reading, only when it is the document's own day
		if !hasDoc {
			return Resolution{}
		}
		d := doc.Format("2006-01-02")
		if dayString(e.Year, e.Month, e.Day) == d || dayString(e.Year, time.Month(e.Day), int(e.Month)) == d {
			return Resolution{Date: d, Relative: true}
		}
		return Resolution{}
	case Year:
		return Resolution{Period: fmt.Sprintf("%04d", e.Year)}
	case Month:
		if e.Year != 0 {
			return Resolution{Period: fmt.Sprintf("%04d-%02d", e.Year, e.Month)}
		}
		if !hasDoc {
			return Resolution{}
		}
		return Resolution{Period: monthNear(e, doc), Relative: true}
	}
	if !hasDoc {
		return Resolution{}
	}
	switch e.Kind {
	case Weekday:
		diff := int(e.Weekday - doc.Weekday())
		switch e.Shift {
		case -1:
			diff = ((diff%7)+7)%7 - 7 // -7..-1
		case 1:
			diff = ((diff-1)%7+7)%7 + 1 // 1..7
		default:
			switch e.Tense {
			case -1:
				if diff = ((diff % 7) + 7) % 7; diff > 0 { // -6..0
					diff -= 7
				}
			case 1:
				diff = ((diff % 7) + 7) % 7 // 0..6
			default:
				diff = ((diff+3)%7+7)%7 - 3 // -3..3
			}
		}
		return Resolution{Date: doc.AddDate(0, 0, diff).Format("2006-01-02"), Relative: true}
	case Offset:
		return Resolution{Date: doc.AddDate(0, 0, e.Shift).Format("2006-01-02"), Relative: true}
	case Week:
		y, w := doc.AddDate(0, 0, 7*e.Shift).ISOWeek()
		return Resolution{Period: fmt.Sprintf("%04d-W%02d", y, w), Relative: true}
	case MonthOf:
		t := time.Date(doc.Year(), doc.Month()+time.Month(e.Shift), 1, 0, 0, 0, 0, time.UTC)
		return Resolution{Period: t.Format("2006-01"), Relative: true}
	case YearOf:
		return Resolution{Period: fmt.Sprintf("%04d", doc.Year()+e.Shift), Relative: true}
	}
	return Resolution{}
}

// monthNear picks the year of a named month without a year.
func monthNear(e Expr, doc time.Time) string {
	cur := doc.Year()*12 + int(doc.Month()) - 1
	var best int
	switch {
	case e.Since || e.Shift < 0:
		best = (doc.Year())*12 + int(e.Month) - 1
		if best > cur {
			best -= 12
		}
	case e.Shift > 0:
		best = (doc.Year())*12 + int(e.Month) - 1
		if best <= cur {
			best += 12
		}
	default:
		best = (doc.Year()-1)*12 + int(e.Month) - 1
		for c := best + 12; c <= best+24; c += 12 {
			if absInt(c-cur) < absInt(best-cur) {
				best = c
			}
		}
	}
	return fmt.Sprintf("%04d-%02d", best/12, best%12+1)
}

// dayString formats a day, "" when it does not exist.
func dayString(y int, m time.Month, d int) string {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return ""
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return ""
	}
	return t.Format("2006-01-02")
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func absInt(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// yearByWeekday resolves a day and month told with their weekday in an
// undated document: the latest year, not after ReferenceYear and at most
// ten years before it, in which that day falls on that weekday; "" when
// the weekday is not stated or no such year exists.
func (e Expr) yearByWeekday() string {
	if !e.WeekdayStated {
		return ""
	}
	ref := ReferenceYear()
	for y := ref; y >= ref-10; y-- {
		s := dayString(y, e.Month, e.Day)
		if s == "" {
			continue
		}
		if t, _ := time.Parse("2006-01-02", s); t.Weekday() == e.Weekday {
			return s
		}
	}
	return ""
}
