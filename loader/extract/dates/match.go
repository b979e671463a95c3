package dates

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthContext are the words before which a bare month name is a date
// ("in November", "since March"); elsewhere "March" may be a verb.
var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "of": true,
	"during": true, "early": true, "late": true, "before": true, "after": true, "through": true,
	"to": true, "last": true, "next": true, "this": true, "mid": true, "end": true,
}

// matcher walks the tokens of one text.
type matcher struct {
	s, low string // the text and its ktoken.ASCIILower
	toks   []token
	lows   []string // the lower case of non-ASCII words (token.lowAt)
}

func (m *matcher) text(i int) string { return m.s[m.toks[i].start:m.toks[i].end] }

func (m *matcher) lower(i int) string {
	if i < 0 || i >= len(m.toks) {
		return ""
	}
	switch t := &m.toks[i]; t.lowed {
	case 'a':
		return m.low[t.start:t.end]
	case 'c':
		return m.lows[t.lowAt]
	}
	return ""
}

func (m *matcher) isPunct(i int, p string) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].kind == 'p' && m.text(i) == p
}

func (m *matcher) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(m.text(i))
	return unicode.IsUpper(r)
}

// month reads a capitalised month name at i; next is after it (and after
// the dot of an abbreviation when a day number follows).
func (m *matcher) month(i int) (time.Month, int, bool) {
	if i >= len(m.toks) || m.toks[i].kind != 'w' || !m.capitalised(i) {
		return 0, i, false
	}
	mo, ok := monthByName[m.lower(i)]
	if !ok {
		return 0, i, false
	}
	next := i + 1
	if len(m.text(i)) <= 4 && m.isPunct(next, ".") && next+1 < len(m.toks) && m.toks[next+1].kind == 'n' {
		next++
	}
	return mo, next, true
}

// fullMonth reports whether token i is a month's full name.
func (m *matcher) fullMonth(i int) bool {
	mo, ok := monthByName[m.lower(i)]
	return ok && strings.EqualFold(m.text(i), mo.String())
}

// day reads a day of the month (1..31, ordinal suffix allowed) at i.
func (m *matcher) day(i int) (int, bool) {
	if i >= len(m.toks) || m.toks[i].kind != 'n' {
		return 0, false
	}
	t := strings.TrimRight(strings.ToLower(m.text(i)), "stndrh")
	if len(t) == 0 || len(t) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(t)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	// Not a clock time ("6:30") nor part of a larger number ("6,000").
	if m.isPunct(i+1, ":") || m.isPunct(i+1, ",") && i+2 < len(m.toks) && m.toks[i+2].kind == 'n' && m.toks[i+2].start == m.toks[i+1].end {
		return 0, false
	}
	return d, true
}

// year reads a four-digit year at i.
func (m *matcher) year(i int) (int, bool) {
	if i >= len(m.toks) || m.toks[i].kind != 'n' {
		return 0, false
	}
	t := m.text(i)
	if len(t) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t)
	if err != nil || y < 1000 || y > 2999 {
		return 0, false
	}
	return y, true
}

// optYear reads an optional ", 2026" / " 2026" at i.
func (m *matcher) optYear(i int) (int, int) {
	j := i
	if m.isPunct(j, ",") {
		j++
	}
	if y, ok := m.year(j); ok {
		return y, j + 1
	}
	return 0, i
}

func (m *matcher) span(i, next int, e Expr) Match {
	return Match{Start: m.toks[i].start, End: m.toks[next-1].end, Expr: e}
}

// matchAt tries every pattern at token i.
func matchAt(m *matcher, i int) (Match, int, bool) {
	toks := m.toks
	if r, next, ok := m.modified(i); ok {
		return r, next, true
	}
	if r, next, ok := m.absolute(i); ok {
		return r, next, true
	}
	w := m.lower(i)
	if wd, ok := weekdayByName[w]; ok && m.capitalised(i) {
		j := i + 1
		if m.isPunct(j, ",") {
			j++
		}
		if r, next, ok := m.absolute(j); ok && r.Expr.Kind == Day {
			r.Start = toks[i].start
			r.Expr.Weekday, r.Expr.WeekdayStated = wd, true
			return r, next, true
		}
		return m.span(i, i+1, Expr{Kind: Weekday, Weekday: wd}), i + 1, true
	}
	if off, ok := dayOffsets[w]; ok {
		return m.span(i, i+1, Expr{Kind: Offset, Shift: off}), i + 1, true
	}
	if (w == "later" || w == "earlier") && m.lower(i+1) == "in" && m.lower(i+2) == "the" && m.lower(i+3) == "day" {
		return m.span(i, i+4, Expr{Kind: Offset}), i + 4, true
	}
	if r, next, ok := m.ago(i); ok {
		return r, next, true
	}
	if mo, next, ok := m.month(i); ok && next == i+1 && m.fullMonth(i) {
		prev := m.lower(i - 1)
		if monthContext[prev] || m.isPunct(i-1, "-") && m.lower(i-2) == "mid" {
			return m.span(i, i+1, Expr{Kind: Month, Month: mo, Since: prev == "since"}), i + 1, true
		}
	}
	if y, ok := m.year(i); ok && yearPrepositions[m.lower(i-1)] && !m.isPunct(i+1, "%") {
		return m.span(i, i+1, Expr{Kind: Year, Year: y}), i + 1, true
	}
	return Match{}, i, false
}

// absolute matches a calendar date at i: numeric forms, day-first and
// month-first, or a month with its year.
func (m *matcher) absolute(i int) (Match, int, bool) {
	if i >= len(m.toks) {
		return Match{}, i, false
	}
	if m.toks[i].kind == 'n' {
		if e, ok := numericDate(m.text(i)); ok {
			return m.span(i, i+1, e), i + 1, true
		}
		if d, ok := m.day(i); ok {
			j := i + 1
			if m.lower(j) == "of" {
				j++
			}
			if mo, next, ok := m.month(j); ok {
				if next > j+1 { // "6 Jan." keeps its dot out of the span
					next = j + 1
				}
				y, end := m.optYear(next)
				return m.span(i, end, Expr{Kind: Day, Year: y, Month: mo, Day: d}), end, true
			}
		}
		return Match{}, i, false
	}
	mo, next, ok := m.month(i)
	if !ok {
		return Match{}, i, false
	}
	if d, ok := m.day(next); ok && !(next < len(m.toks) && m.isPunct(next+1, "%")) {
		y, end := m.optYear(next + 1)
		return m.span(i, end, Expr{Kind: Day, Year: y, Month: mo, Day: d}), end, true
	}
	if y, end := m.optYear(i + 1); y != 0 {
		return m.span(i, end, Expr{Kind: Month, Year: y, Month: mo}), end, true
	}
	return Match{}, i, false
}

// modified matches "last/next/this/past/coming/since" + a period,
// weekday or month, and "this morning".
func (m *matcher) modified(i int) (Match, int, bool) {
	w := m.lower(i)
	shift := 0
	switch w {
	case "last", "past", "previous":
		shift = -1
	case "next", "coming":
		shift = 1
	case "this", "since":
	default:
		return Match{}, i, false
	}
	n := m.lower(i + 1)
	if w != "since" {
		switch n {
		case "week":
			return m.span(i, i+2, Expr{Kind: Week, Shift: shift}), i + 2, true
		case "month":
			return m.span(i, i+2, Expr{Kind: MonthOf, Shift: shift}), i + 2, true
		case "year":
			return m.span(i, i+2, Expr{Kind: YearOf, Shift: shift}), i + 2, true
		case "morning", "afternoon", "evening":
			if w == "this" {
				return m.span(i, i+2, Expr{Kind: Offset}), i + 2, true
			}
		}
	}
	if wd, ok := weekdayByName[n]; ok && m.capitalised(i+1) {
		if w == "since" {
			shift = -1
		}
		return m.span(i, i+2, Expr{Kind: Weekday, Weekday: wd, Shift: shift}), i + 2, true
	}
	if mo, next, ok := m.month(i + 1); ok && next == i+2 && m.fullMonth(i+1) {
		if _, ok := m.day(i + 2); ok {
			return Match{}, i, false // "since January 6": the day wins
		}
		if y, _ := m.optYear(i + 2); y != 0 {
			return Match{}, i, false
		}
		return m.span(i, i+2, Expr{Kind: Month, Month: mo, Shift: shift, Since: w == "since"}), i + 2, true
	}
	return Match{}, i, false
}

// ago matches "two days ago", "a week ago".
func (m *matcher) ago(i int) (Match, int, bool) {
	if m.lower(i+2) != "ago" {
		return Match{}, i, false
	}
	var n int
	if m.toks[i].kind == 'n' {
		v, err := strconv.Atoi(m.text(i))
		if err != nil || v > 366 {
			return Match{}, i, false
		}
		n = v
	} else if v, ok := smallNumbers[m.lower(i)]; ok {
		n = v
	} else {
		return Match{}, i, false
	}
	switch m.lower(i + 1) {
	case "day", "days":
		return m.span(i, i+3, Expr{Kind: Offset, Shift: -n}), i + 3, true
	case "week", "weeks":
		return m.span(i, i+3, Expr{Kind: Week, Shift: -n}), i + 3, true
	}
	return Match{}, i, false
}

// numericDate parses 2026-01-06, 2026/01/06, 25/12/2025, 25.12.2025 and
// 25-12-2025; day and month that could be swapped give Ambiguous.
func numericDate(t string) (Expr, bool) {
	sep := byte(0)
	for k := 0; k < len(t); k++ {
		if t[k] == '-' || t[k] == '/' || t[k] == '.' {
			sep = t[k]
			break
		}
	}
	if sep == 0 {
		return Expr{}, false
	}
	parts := strings.Split(t, string(sep))
	if len(parts) != 3 {
		return Expr{}, false
	}
	nums := make([]int, 3)
	for k, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" {
			return Expr{}, false
		}
		nums[k] = v
	}
	if len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2 {
		e := Expr{Kind: Day, Year: nums[0], Month: time.Month(nums[1]), Day: nums[2]}
		return e, dayString(e.Year, e.Month, e.Day) != ""
	}
	if len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 || sep == '.' && len(parts[0]) == 1 && len(parts[1]) == 1 {
		return Expr{}, false
	}
	a, b, y := nums[0], nums[1], nums[2]
	switch {
	case a > 12 && b <= 12: // day first
		e := Expr{Kind: Day, Year: y, Month: time.Month(b), Day: a}
		return e, dayString(y, e.Month, e.Day) != ""
	case b > 12 && a <= 12:
		e := Expr{Kind: Day, Year: y, Month: time.Month(a), Day: b}
		return e, dayString(y, e.Month, e.Day) != ""
	case a == b && a >= 1 && a <= 12:
		return Expr{Kind: Day, Year: y, Month: time.Month(a), Day: a}, true
	case a >= 1 && a <= 12 && b >= 1 && b <= 12:
		// month first in Month and Day; the other reading swaps them
		return Expr{Kind: Ambiguous, Year: y, Month: time.Month(a), Day: b}, true
	}
	return Expr{}, false
}
