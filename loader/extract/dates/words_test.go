package dates

import "testing"

func TestLetterRunEnd(t *testing.T) {
	for _, c := range []struct {
		s      string
		i, end int
		ascii  bool
	}{
		{"Paris, 6", 0, 5, true},
		{"Zürich ist", 0, 7, false},
		{"a 6th", 1, 1, true},
		{"—Mai", 0, 0, true},
		{"x\xffy", 0, 1, true},
	} {
		if end, ascii := LetterRunEnd(c.s, c.i); end != c.end || ascii != c.ascii {
			t.Errorf("LetterRunEnd(%q, %d) = %d, %v; want %d, %v", c.s, c.i, end, ascii, c.end, c.ascii)
		}
	}
}

func TestLowerOnce(t *testing.T) {
	var cache map[string]string
	if got := LowerOnce("ÉTÉ", &cache); got != "été" || cache["ÉTÉ"] != "été" {
		t.Errorf("LowerOnce = %q, cache %v", got, cache)
	}
	cache["ÉTÉ"] = "kept"
	if got := LowerOnce("ÉTÉ", &cache); got != "kept" {
		t.Errorf("second LowerOnce = %q, want the cached value", got)
	}
}
