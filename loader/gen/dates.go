package gen

import (
	"fmt"
	"time"
)

// writeDate writes when an event took place, relative to the document's
// date, and returns the date it means (YYYY-MM-DD). Weekdays are only used
// for the four days up to the document's date, so that the most recent
// such day is also the nearest (past-tense sentences mean the most recent,
// and no reader should have to choose); a day and month without a year
// only within the document's year.
func (a *article) writeDate(t *text) string {
	back := a.rng.IntN(4)
	switch r := a.rng.IntN(10); {
	case r < 4:
		d := a.date.AddDate(0, 0, -back)
		t.write("on " + d.Weekday().String())
		return d.Format(time.DateOnly)
	case r < 8:
		d := a.date.AddDate(0, 0, -a.rng.IntN(40))
		if d.Year() != a.date.Year() {
			t.write(fmt.Sprintf("on %d %s %d", d.Day(), d.Month(), d.Year()))
		} else if a.rng.IntN(2) == 0 {
			t.write(fmt.Sprintf("on %d %s", d.Day(), d.Month()))
		} else {
			t.write(fmt.Sprintf("on %s %d", d.Month(), d.Day()))
		}
		return d.Format(time.DateOnly)
	default:
		d := a.date.AddDate(0, 0, -a.rng.IntN(60))
		t.write(fmt.Sprintf("on %d %s %d", d.Day(), d.Month(), d.Year()))
		return d.Format(time.DateOnly)
	}
}

// datelineDate is the short date of a dateline: "Jan 6".
func datelineDate(d time.Time) string {
	return d.Format("Jan 2")
}
