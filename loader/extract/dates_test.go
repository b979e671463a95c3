package extract

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/datementions"
	"github.com/kg-project/kg/loader/extract/model"
)

func TestDatesStage(t *testing.T) {
	body := "ROME, Mar 3 (Agency) - Ministers meet on Wednesday.\n\n" +
		"They last met on 12 February 2024 and again last week.\n\n" +
		"A vote follows tomorrow; the treaty of 1992 stays."
	a := numRunStages(t, body, "")
	want := []struct{ text, undated, dated, period string }{
		{"Mar 3", "2024-03-03", "2025-03-03", ""}, // undated: the year of the text's one dated day
		{"Wednesday", "", "2025-03-05", ""},
		{"12 February 2024", "2024-02-12", "2024-02-12", ""},
		{"last week", "", "", "2025-W09"},
		{"tomorrow", "", "2025-03-04", ""},
		{"1992", "", "", "1992"},
	}
	if len(a.Dates) != len(want) {
		for _, d := range a.Dates {
			t.Logf("%q", d.Text)
		}
		t.Fatalf("found %d dates, want %d", len(a.Dates), len(want))
	}
	for i, w := range want {
		d := a.Dates[i]
		if d.Text != w.text || d.Date != w.undated || a.Body[d.Start:d.End] != d.Text || d.Sent != a.SentAt(d.Start) {
			t.Errorf("date %d = %+v, want %q resolved %q without a document date", i, d, w.text, w.undated)
		}
	}
	// The metadata stage learns the date from the dateline's year later.
	model.ResolveDates(a, "2025-03-03")
	for i, w := range want {
		d := a.Dates[i]
		if d.Date != w.dated || d.Period != w.period {
			t.Errorf("after ResolveDates %q = %q period %q, want %q period %q", d.Text, d.Date, d.Period, w.dated, w.period)
		}
	}
	if got := datementions.DateIn(a, a.Sents[0].Start, a.Sents[0].End); len(got) != 2 || got[0] != "2025-03-03" {
		t.Errorf("DateIn first sentence = %v", got)
	}
	model.ResolveDates(a, "not a date")
	if a.Dates[0].Date != "2024-03-03" || a.Dates[2].Date != "2024-02-12" {
		t.Errorf("with an invalid document date: %q %q", a.Dates[0].Date, a.Dates[2].Date)
	}
}

func TestDatesYearCueOnlyWhenPlain(t *testing.T) {
	a := numRunStages(t, "On June 27 the two ministers signed the accord. It built on a declaration of April 25, 2025.", "")
	if a.Dates[0].Date != "2025-06-27" {
		t.Errorf("June 27 = %q, want the year of the text's dated day", a.Dates[0].Date)
	}
	a = numRunStages(t, "On June 27 the two ministers signed the accord. Talks began on 3 May 2024 and resumed on 2 March 2025.", "")
	if a.Dates[0].Date != "" {
		t.Errorf("June 27 = %q, want unresolved when the text's days are of two years", a.Dates[0].Date)
	}
}

func TestDatesStageUsesResultDate(t *testing.T) {
	a := numRunStages(t, "It happened yesterday.", "")
	d := "2024-06-10"
	a.Result.Document.Date = &d
	if err := (datementions.Stage{}).Apply(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Dates) != 1 || a.Dates[0].Date != "2024-06-09" || !a.Dates[0].Relative {
		t.Errorf("dates = %+v, want yesterday = 2024-06-09", a.Dates)
	}
}
