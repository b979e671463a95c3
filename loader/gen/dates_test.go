package gen

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// TestWriteDateResolves checks that every date phrase means the date the
// gold records: weekdays within the four days up to the document's date,
// day-and-month phrases without a year only in the document's year.
func TestWriteDateResolves(t *testing.T) {
	docDate := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC) // a Tuesday
	a := &article{rng: rand.New(rand.NewPCG(1, 2)), date: docDate}
	for range 500 {
		var tx text
		got := a.writeDate(&tx)
		d, err := time.Parse(time.DateOnly, got)
		if err != nil {
			t.Fatalf("writeDate returned %q: %v", got, err)
		}
		phrase := tx.String()
		if d.After(docDate) {
			t.Errorf("%q means %s, after the document's date", phrase, got)
		}
		switch {
		case strings.HasSuffix(phrase, "day"):
			if want := "on " + d.Weekday().String(); phrase != want {
				t.Errorf("%q for %s, want %q", phrase, got, want)
			}
			if docDate.Sub(d) > 3*24*time.Hour {
				t.Errorf("%q is %s, more than three days back", phrase, got)
			}
		case !strings.Contains(phrase, "20"):
			if d.Year() != docDate.Year() {
				t.Errorf("%q without a year means %s, another year than the document's", phrase, got)
			}
		}
		if !strings.Contains(phrase, d.Month().String()) && !strings.HasSuffix(phrase, "day") {
			t.Errorf("%q does not name the month of %s", phrase, got)
		}
	}
}
