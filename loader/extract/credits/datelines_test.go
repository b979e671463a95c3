package credits

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/token"
)

// TestDatelinePrefilter: on invented lines, token.OpensUpper passes every
// line datelineRE matches, and rejects one that cannot match.
func TestDatelinePrefilter(t *testing.T) {
	lines := []string{
		"HARBOURTON, 3 March (Wire) - Talks resumed.", "Élan — (AP) — a", "harbourton - talks", "ÉLAN – x",
		"QUAYSIDE (Wire) — Ships left.", "the end - Next", "Word.\u0130stanbul - x", "3.5 - percent",
	}
	matched := 0
	for _, text := range lines {
		if datelineRE.MatchString(text) {
			matched++
			if !token.OpensUpper(text) {
				t.Errorf("OpensUpper(%q) = false, but datelineRE matches", text)
			}
		}
	}
	if matched < 2 {
		t.Fatalf("only %d datelines among the invented lines", matched)
	}
	if token.OpensUpper("harbourton - talks") {
		t.Error("the prefilter passes a line that cannot match")
	}
}
