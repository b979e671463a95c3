package gazetteer

import "testing"

// TestOfficeHeldOn checks the date arithmetic HolderOf and the corpus
// generator share: partial dates count generously, "" means now.
func TestOfficeHeldOn(t *testing.T) {
	term := Office{Title: "Mayor", From: "2025-05", To: "2025-09"}
	open := Office{Title: "Mayor", From: "2024"}
	for _, c := range []struct {
		o    Office
		date string
		want bool
	}{
		{term, "2025-05-01", true},
		{term, "2025-09-30", true},
		{term, "2025-04-30", false},
		{term, "2025-10-01", false},
		{term, "2025", true},
		{term, "", false},
		{open, "2024-01-01", true},
		{open, "2023-12-31", false},
		{open, "", true},
		{Office{Title: "Mayor"}, "1990-01-01", true},
	} {
		if got := c.o.HeldOn(c.date); got != c.want {
			t.Errorf("%s-%s HeldOn(%q) = %v, want %v", c.o.From, c.o.To, c.date, got, c.want)
		}
	}
}
