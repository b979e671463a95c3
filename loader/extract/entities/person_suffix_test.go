package entities

import "testing"

func TestWithNameSuffix(t *testing.T) {
	suffixes := []string{"Jr.", "III"}
	for _, c := range []struct {
		body string
		end  int
		want int
	}{
		{"Jane Roe, Jr., said", 8, 13},
		{"Jane Roe III said", 8, 12},
		{"Jane Roe IIIrd said", 8, 8},
		{"Jane Roe, Jrs said", 8, 8},
		{"Jane Roe said", 8, 8},
	} {
		if got := withNameSuffix(c.body, c.end, suffixes); got != c.want {
			t.Errorf("withNameSuffix(%q) = %d, want %d", c.body, got, c.want)
		}
	}
}
