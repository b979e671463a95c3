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

// TestCopyrightPrefilter: on invented lines, token.MayHoldCopyright
// passes every line copyrightRE matches, and rejects one that cannot.
func TestCopyrightPrefilter(t *testing.T) {
	lines := []string{
		"© 2025 Freedonia Courier", "Copyright © 2024-2025 Ruritania Post. All rights reserved.",
		"(c) 2025 Harbour Daily", "(C) 2023 Quay Weekly", "COPYRIGHT 2022 by Delta Times", "copyright2021 x",
		"Text © 2020 The Ruritanian Herald", "copyright © 1999 – 2001 Old Gazette", "no notice 2025 here",
	}
	matched := 0
	for _, text := range lines {
		if copyrightRE.MatchString(text) {
			matched++
			if !token.MayHoldCopyright(text) {
				t.Errorf("MayHoldCopyright(%q) = false, but copyrightRE matches", text)
			}
		}
	}
	if matched < 6 {
		t.Fatalf("only %d notices among the invented lines", matched)
	}
	if token.MayHoldCopyright("All rights reserved 2025 (b) Freedonia") {
		t.Error("the prefilter passes a line that cannot match")
	}
}
