package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/credits"
)

// The unanchored date patterns that findHeaderDate stood on before it
// tried anchored ones at candidate positions: the oracle it must agree with.
var (
	oracleDayMonthRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+` + credits.MonthPattern + `(?:,?\s+(\d{4}))?\b`)
	oracleMonthDayRE = regexp.MustCompile(`(?i)\b` + credits.MonthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`)
	oracleIsoDateRE  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

func checkSameAsOracle(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		name   string
		oracle *regexp.Regexp
		at     *regexp.Regexp
		cand   credits.DateCandidate
	}{
		{"iso", oracleIsoDateRE, credits.IsoDateAtRE, credits.IsoDateCandidate},
		{"day-month", oracleDayMonthRE, credits.DayMonthAtRE, credits.DayMonthCandidate},
		{"month-day", oracleMonthDayRE, credits.MonthDayAtRE, credits.MonthDayCandidate},
	} {
		want := c.oracle.FindStringSubmatchIndex(s)
		got := credits.FirstDateMatch(c.at, s, c.cand)
		if !equalInts(want, got) {
			t.Errorf("%s in %q: got %v, want %v", c.name, s, got, want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFirstDateMatchAgreesWithUnanchoredPatterns(t *testing.T) {
	for _, s := range []string{
		"", "7", "Talks resumed on 14 March 2024 in Oslo.", "The 3rd of May, 2019 was cold",
		"Posted Sept. 9, 2021 at 10:00", "version 2.4-rc and 2023-11-05T10:00", "x2023-11-05 and 2023-11-05",
		"a3 May", "pay 300 May 5", "on 12th June", "12thJune", "31 mayday", "Mayor Dec 4", "ſept 4, 2022",
		"xſep 5", "5ſt January 2020", "a\u212a 5 Jan", "December  25,\t2020", "décembre 5 Dec 6", "Jan",
		"In JANUARY 15 2020", "1 of Feb", "19 Augustus 2020", "apr 31", "_5 May", "5_ May", "10 Nov.2020",
		"Ended 1999-12-3", "Spring 2024 budget: Mar 3", "at 45 octillion", "Nov 9th, 1989 and 10 Nov 1989",
	} {
		checkSameAsOracle(t, s)
	}
}

func TestFirstDateMatchAgreesOnRandomText(t *testing.T) {
	pieces := []string{"5", "12", "2024", "-", "03", " ", "  ", "\t", ",", ".", "of", "st", "th", "nd", "rd",
		"Jan", "january", "MAY", "Sept", "sep", "ſ", "ept", "x", "_", "é", "Mayor", "Oct", "\n", "4-", "(", "a"}
	r := rand.New(rand.NewPCG(7, 11))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkSameAsOracle(t, b.String())
	}
}
