package dates

import (
	"strings"
	"testing"
	"time"
)

func TestFindAndResolve(t *testing.T) {
	defer func(f func() int) { ReferenceYear = f }(ReferenceYear)
	ReferenceYear = func() int { return 2026 }
	// 2026-01-06 is a Tuesday.
	const doc = "2026-01-06"
	tests := []struct {
		text       string
		span       string
		date       string
		period     string
		relative   bool
		noDocDate  string // the day resolved without a document date
		wantNoDate bool   // expect no match at all
	}{
		{text: "They met on 6 January 2026 in Rome.", span: "6 January 2026", date: "2026-01-06", noDocDate: "2026-01-06"},
		{text: "ROME, Jan 6 (Agency) - Talks began.", span: "Jan 6", date: "2026-01-06", relative: true},
		{text: "It opened on Jan. 6, 2026.", span: "Jan. 6, 2026", date: "2026-01-06", noDocDate: "2026-01-06"},
		{text: "Signed January 6, 2026 in Rome.", span: "January 6, 2026", date: "2026-01-06", noDocDate: "2026-01-06"},
		{text: "*Rome, 6th of January 2026*", span: "6th of January 2026", date: "2026-01-06", noDocDate: "2026-01-06"},
		{text: "Filed 2026-01-06 by staff.", span: "2026-01-06", date: "2026-01-06", noDocDate: "2026-01-06"},
		{text: "Due 25/12/2025 at noon.", span: "25/12/2025", date: "2025-12-25", noDocDate: "2025-12-25"},
		{text: "Due 03/04/2025 at noon.", span: "03/04/2025", date: ""},
		{text: "Released 01/06/2026 at noon.", span: "01/06/2026", date: "2026-01-06", relative: true}, // one reading is the document's day
		{text: "Released 06/01/2026 at noon.", span: "06/01/2026", date: "2026-01-06", relative: true},
		{text: "A summit on 28 December.", span: "28 December", date: "2025-12-28", relative: true},
		{text: "Leaders meet on Tuesday in Rome.", span: "Tuesday", date: "2026-01-06", relative: true},
		{text: "At Tuesday's meeting they spoke.", span: "Tuesday", date: "2026-01-06", relative: true},
		{text: "Results come on Friday.", span: "Friday", date: "2026-01-09", relative: true},
		{text: "He arrived on Sunday.", span: "Sunday", date: "2026-01-04", relative: true},
		{text: "He arrived last Tuesday.", span: "last Tuesday", date: "2025-12-30", relative: true},
		{text: "They return next Monday.", span: "next Monday", date: "2026-01-12", relative: true},
		{text: "The vote is on Tuesday 6 January.", span: "Tuesday 6 January", date: "2026-01-06", relative: true, noDocDate: "2026-01-06"},
		{text: "They spoke today.", span: "today", date: "2026-01-06", relative: true},
		{text: "They spoke yesterday.", span: "yesterday", date: "2026-01-05", relative: true},
		{text: "Voting ends tomorrow.", span: "tomorrow", date: "2026-01-07", relative: true},
		{text: "They talk later in the day.", span: "later in the day", date: "2026-01-06", relative: true},
		{text: "They met three days ago.", span: "three days ago", date: "2026-01-03", relative: true},
		{text: "Talks moved fast since November.", span: "since November", period: "2025-11", relative: true},
		{text: "They met last week.", span: "last week", period: "2026-W01", relative: true},
		{text: "Prices rose this month.", span: "this month", period: "2026-01", relative: true},
		{text: "It was invaded in 2014 again.", span: "2014", period: "2014", noDocDate: ""},
		{text: "Plans for March 2026 are set.", span: "March 2026", period: "2026-03"},
		{text: "They may agree.", wantNoDate: true},
		{text: "Organisers March on.", wantNoDate: true},
		{text: "It lasts 6 years and costs 2026 euros.", wantNoDate: true},
		{text: "At 6:30 the doors open.", wantNoDate: true},
	}
	docTime, _ := ParseDocDate(doc)
	for _, tc := range tests {
		ms := Find(tc.text)
		if tc.wantNoDate {
			if len(ms) != 0 {
				t.Errorf("%q: found %q, want none", tc.text, tc.text[ms[0].Start:ms[0].End])
			}
			continue
		}
		if len(ms) != 1 {
			t.Errorf("%q: found %d expressions, want 1", tc.text, len(ms))
			continue
		}
		m := ms[0]
		if got := tc.text[m.Start:m.End]; got != tc.span {
			t.Errorf("%q: span %q, want %q", tc.text, got, tc.span)
		}
		r := m.Expr.Resolve(docTime, true)
		if r.Date != tc.date || r.Period != tc.period || r.Relative != tc.relative {
			t.Errorf("%q: resolved %+v, want date %q period %q relative %v", tc.text, r, tc.date, tc.period, tc.relative)
		}
		if nr := m.Expr.Resolve(time.Time{}, false); nr.Date != tc.noDocDate {
			t.Errorf("%q without document date: %q, want %q", tc.text, nr.Date, tc.noDocDate)
		}
	}
}

func TestParse(t *testing.T) {
	for _, text := range []string{"Jan. 6", "last week", "6th of January 2026", "Tuesday", "2014", "November"} {
		if _, ok := Parse(text); !ok {
			t.Errorf("Parse(%q) failed", text)
		}
	}
	for _, text := range []string{"", "hello", "on Jan. 6 and 7 May"} {
		if _, ok := Parse(text); ok {
			t.Errorf("Parse(%q) succeeded, want failure", text)
		}
	}
}

func TestYearInference(t *testing.T) {
	e, _ := Parse("3 January")
	doc, _ := ParseDocDate("2025-12-30")
	if r := e.Resolve(doc, true); r.Date != "2026-01-03" {
		t.Errorf("3 January near 2025-12-30 = %q, want 2026-01-03", r.Date)
	}
	e, _ = Parse("29 February")
	doc, _ = ParseDocDate("2025-03-01")
	if r := e.Resolve(doc, true); r.Date != "2024-02-29" {
		t.Errorf("29 February near 2025-03-01 = %q, want 2024-02-29", r.Date)
	}
	if _, ok := ParseDocDate("2025-02-30"); ok {
		t.Error("ParseDocDate accepted 2025-02-30")
	}
}

func TestWeekdayWindow(t *testing.T) {
	// Every weekday resolves within three days of the document date.
	for d := 0; d < 7; d++ {
		doc := time.Date(2026, 1, 5+d, 0, 0, 0, 0, time.UTC)
		for w := time.Sunday; w <= time.Saturday; w++ {
			r := Expr{Kind: Weekday, Weekday: w}.Resolve(doc, true)
			got, _ := time.Parse("2006-01-02", r.Date)
			if got.Weekday() != w || got.Sub(doc) > 72*time.Hour || doc.Sub(got) > 72*time.Hour {
				t.Errorf("%s on %s resolved to %s", w, doc.Format("2006-01-02"), r.Date)
			}
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := "The talks, held on Tuesday 6 January in the capital after a meeting last week, " +
		"follow 27 rounds since November and a vote scheduled for Jan. 9, 2026 by the 12 members."
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}

func TestFindEdgeInputs(t *testing.T) {
	for _, s := range []string{"", "a", "a ", "A", "since", "last", "6", "2026-", "Jan.", "Tuesday,", "a w", "three days", "31 February 2025"} {
		for _, m := range Find(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Errorf("Find(%q): bad span %d-%d", s, m.Start, m.End)
			}
		}
	}
	if ms := Find("31 February 2025"); len(ms) == 1 {
		if r := ms[0].Expr.Resolve(time.Time{}, false); r.Date != "" {
			t.Errorf("31 February 2025 resolved to %q", r.Date)
		}
	}
}

func TestClauseTense(t *testing.T) {
	tests := []struct {
		text, date string
		want       int
	}{
		{"Leaders met on Monday in Rome.", "Monday", -1},
		{"They will meet again on Monday.", "Monday", 1},
		{"The deal will be signed on Sunday.", "Sunday", 1},
		{"The minister said on Wednesday that talks would resume on Thursday.", "Wednesday", -1},
		{"The minister said on Wednesday that talks would resume on Thursday.", "Thursday", 1},
		{"On Friday, the ministers signed a deal.", "Friday", -1},
		{"Talks are scheduled for Saturday.", "Saturday", 1},
		{"He agreed to meet on Friday.", "Friday", 0},
		{"They travelled to the summit on Friday.", "Friday", -1},
		{"The vote didn't happen on Tuesday.", "Tuesday", -1},
		{"They won't meet on Tuesday.", "Tuesday", 1},
		{"Leaders meet on Tuesday.", "Tuesday", 0},
		{"She changed her mind after meeting him on Friday, instead backing the proposal.", "Friday", -1},
		{"She will fly home after meeting him on Friday.", "Friday", 1},
		{"After meeting him on Friday, she backed the proposal.", "Friday", -1},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.date)
		if got := ClauseTense(tt.text, i, i+len(tt.date)); got != tt.want {
			t.Errorf("ClauseTense(%q, %s) = %d, want %d", tt.text, tt.date, got, tt.want)
		}
	}
}

func TestWeekdayTenseResolution(t *testing.T) {
	doc := time.Date(2026, 11, 10, 0, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		wd    time.Weekday
		tense int
		want  string
	}{
		{time.Friday, -1, "2026-11-06"}, {time.Tuesday, -1, "2026-11-10"}, {time.Wednesday, -1, "2026-11-04"},
		{time.Monday, 1, "2026-11-16"}, {time.Tuesday, 1, "2026-11-10"}, {time.Friday, 1, "2026-11-13"},
		{time.Friday, 0, "2026-11-13"}, {time.Sunday, 0, "2026-11-08"},
	}
	for _, tt := range tests {
		if got := (Expr{Kind: Weekday, Weekday: tt.wd, Tense: tt.tense}).Resolve(doc, true).Date; got != tt.want {
			t.Errorf("%s tense %d = %s, want %s", tt.wd, tt.tense, got, tt.want)
		}
	}
}

func TestIsCalendarWord(t *testing.T) {
	for w, want := range map[string]bool{"Jun": true, "Sept.": true, "friday": true, "May": true, "Jung": false, "Young": false} {
		if got := IsCalendarWord(w); got != want {
			t.Errorf("IsCalendarWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestWeekdayPicksTheYearOfAnUndatedDay(t *testing.T) {
	defer func(f func() int) { ReferenceYear = f }(ReferenceYear)
	ReferenceYear = func() int { return 2026 }
	for text, want := range map[string]string{
		"Tuesday, January 6":    "2026-01-06",
		"Thursday, 4 September": "2025-09-04",
		"January 6":             "",
	} {
		e, ok := Parse(text)
		if !ok {
			t.Fatalf("Parse(%q) failed", text)
		}
		if got := e.Resolve(time.Time{}, false).Date; got != want {
			t.Errorf("%q without a document date = %q, want %q", text, got, want)
		}
	}
}
