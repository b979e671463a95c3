package metadata

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/token"
)

// TestSiteNamePrefilter: on invented lines, token.MayHoldSiteName passes
// every line siteNameRE matches, and rejects one that cannot match.
func TestSiteNamePrefilter(t *testing.T) {
	lines := []string{
		"Caliber.Az reports that", "see example.com today", "the end. Next", "x.Éa is", "a.b", "3.5 percent", "End.",
		"Quay.fm said", ".", "..a", "Word.\u0130stanbul", "Harbour.News says", "Delta.io. Then",
	}
	matched := 0
	for _, text := range lines {
		if siteNameRE.MatchString(text) {
			matched++
			if !token.MayHoldSiteName(text) {
				t.Errorf("MayHoldSiteName(%q) = false, but siteNameRE matches", text)
			}
		}
	}
	if matched < 4 {
		t.Fatalf("only %d site names among the invented lines", matched)
	}
	if token.MayHoldSiteName("The end. Next 3.5 percent.") {
		t.Error("the prefilter passes a line that cannot match")
	}
}
