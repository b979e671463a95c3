package credits

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Header dates: the dates a dateline or a dated heading states. Only a
// date with its year counts; a header without a year leaves the document
// date unknown unless the year is already known from elsewhere.
var (
	monthNames = map[string]time.Month{
		"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
		"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
		"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	}
	// MonthPattern is a month name or abbreviation; the date patterns
	// built on it are in meta_date_scan.go.
	MonthPattern = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
)

// headerDate is a date found in a header line.
type headerDate struct {
	Start, End int // byte span within the searched text
	Year       int // 0 when not stated
	Month      time.Month
	Day        int
}

// String formats the date as YYYY-MM-DD, with year fallbackYear when the
// text gave none; "" when no year is known or the day does not exist.
func (d headerDate) String(fallbackYear int) string {
	y := d.Year
	if y == 0 {
		y = fallbackYear
	}
	if y == 0 {
		return ""
	}
	t := time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.Day || t.Month() != d.Month {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, d.Month, d.Day)
}

// FindHeaderDate returns the first absolute date in s.
func FindHeaderDate(s string) (headerDate, bool) {
	if strings.IndexAny(s, "0123456789") < 0 {
		return headerDate{}, false // every form has a day number
	}
	var best headerDate
	found := false
	take := func(d headerDate) {
		if !found || d.Start < best.Start {
			best, found = d, true
		}
	}
	if m := FirstDateMatch(IsoDateAtRE, s, IsoDateCandidate); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		take(headerDate{Start: m[0], End: m[1], Year: y, Month: time.Month(mo), Day: d})
	}
	if m := FirstDateMatch(DayMonthAtRE, s, DayMonthCandidate); m != nil {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		take(headerDate{Start: m[0], End: m[1], Year: atoiSpan(s, m[6], m[7]), Month: monthNames[strings.ToLower(s[m[4]:m[5]])], Day: d})
	}
	if m := FirstDateMatch(MonthDayAtRE, s, MonthDayCandidate); m != nil {
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		take(headerDate{Start: m[0], End: m[1], Year: atoiSpan(s, m[6], m[7]), Month: monthNames[strings.ToLower(s[m[2]:m[3]])], Day: d})
	}
	return best, found
}

func atoiSpan(s string, i, j int) int {
	if i < 0 {
		return 0
	}
	n, _ := strconv.Atoi(s[i:j])
	return n
}
