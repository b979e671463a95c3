package kind

import "testing"

func TestWitnessOutranks(t *testing.T) {
	for _, c := range []struct {
		name string
		w, v Witness
		want bool
	}{
		{"primary before a report", Witness{"PROPOSED", true, "2026-01-01"}, Witness{"SIGNED", false, "2026-02-01"}, true},
		{"report after primary", Witness{"SIGNED", false, "2026-02-01"}, Witness{"PROPOSED", true, "2026-01-01"}, false},
		{"later before earlier", Witness{"DRAFT", false, "2026-02-01"}, Witness{"AGREED", false, "2026-01-01"}, true},
		{"firmer on a tie", Witness{"AGREED", false, "2026-01-01"}, Witness{"REPORTED", false, "2026-01-01"}, true},
		{"equal outranks neither way", Witness{"AGREED", false, ""}, Witness{"AGREED", false, ""}, false},
		{"unknown status is weakest", Witness{"REPORTED", false, ""}, Witness{"MAYBE", false, ""}, true},
	} {
		if got := c.w.Outranks(c.v); got != c.want {
			t.Errorf("%s: %+v outranks %+v = %v, want %v", c.name, c.w, c.v, got, c.want)
		}
	}
}
