package extract

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/commitments"
	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/metadata"
	"github.com/kg-project/kg/loader/extract/token"
)

// prefilterPieces are the words invented lines are built from: dates in
// every form, separators, horizon words in odd cases, plain words.
var prefilterPieces = []string{
	"Harbour", "Times", "Daily", "the", "fund", "for", "over", "up to", "until", "within", "lasting",
	"3", "12th", "of", "March", "Sept.", "2025", "1998", "2031", "2026-01-06", "YEARS", "Months", "decade",
	"yeAr", "|", "-", "—", "–", ",", ".", "..", "Jan.", "6,", "\t", "ten", "several", "ſ", "K", "a",
}

func prefilterLines(n int) []string {
	rng := rand.New(rand.NewSource(7))
	out := make([]string, n)
	for i := range out {
		words := make([]string, 1+rng.Intn(12))
		for k := range words {
			words[k] = prefilterPieces[rng.Intn(len(prefilterPieces))]
		}
		sep := " "
		if rng.Intn(4) == 0 {
			sep = "  "
		}
		out[i] = strings.Join(words, sep)
	}
	return out
}

// TestMayHoldHorizonNeverHidesAMatch: wherever horizonRE matches, the
// prefilter lets the text through; and it rejects texts without the
// words a horizon needs.
func TestMayHoldHorizonNeverHidesAMatch(t *testing.T) {
	passed := 0
	for _, text := range prefilterLines(20000) {
		if commitments.HorizonRE.FindString(text) != "" {
			passed++
			if !token.MayHoldHorizon(text) {
				t.Fatalf("mayHoldHorizon(%q) = false, but horizonRE matches", text)
			}
		}
	}
	if passed < 100 {
		t.Fatalf("only %d invented texts hold a horizon: the test proves little", passed)
	}
	for _, text := range []string{"the loan runs for a long time", "support until the end of the war", "over 300 tanks"} {
		if token.MayHoldHorizon(text) {
			t.Errorf("mayHoldHorizon(%q) = true, want false", text)
		}
	}
	for _, text := range []string{"for ten YEARS", "until 2031", "within six Months", "over a decade"} {
		if !token.MayHoldHorizon(text) || commitments.HorizonOf(text) == "" {
			t.Errorf("horizonOf(%q) lost its horizon", text)
		}
	}
}

// sourceLineNameUnfiltered is sourceLineName without its prefilter.
func sourceLineNameUnfiltered(text string) (string, bool) {
	d, ok := credits.FindHeaderDate(text)
	if !ok || strings.Trim(text[d.End:], " .,") != "" {
		return "", false
	}
	name := strings.TrimRight(text[:d.Start], " \t,|-–—")
	if n := len(strings.Fields(name)); n < 1 || n > 3 {
		return "", false
	}
	return name, true
}

// TestSourceLinePrefilterIsExact: the word count that rejects long lines
// early never rejects a line the full test accepts.
func TestSourceLinePrefilterIsExact(t *testing.T) {
	accepted := 0
	lines := append(prefilterLines(20000),
		"Harbour Times | 6th of January, 2026.", "Daily - - - Post — 3 March 2025 ..", "Harbour Times Daily 12th of Sept. 2025")
	for _, text := range lines {
		want, wok := sourceLineNameUnfiltered(text)
		got, gok := metadata.SourceLineName(text)
		if got != want || gok != wok {
			t.Fatalf("sourceLineName(%q) = %q, %v; without prefilter %q, %v", text, got, gok, want, wok)
		}
		if wok {
			accepted++
		}
	}
	if accepted < 20 {
		t.Fatalf("only %d invented lines are source lines: the test proves little", accepted)
	}
	if !token.TooManyWordsForSourceLine("the fund will grow by 3 percent in the year to March 2025") {
		t.Error("a sentence of twelve words passes the source-line word count")
	}
}

// TestConferenceInNeedsTheWord: the named conference is found as before,
// and text without the word has none.
func TestConferenceInNeedsTheWord(t *testing.T) {
	if got := commitments.ConferenceIn("Delegates met at the Harbour Peace Conference on Monday."); got != "Harbour Peace Conference" {
		t.Errorf("conferenceIn = %q", got)
	}
	if got := commitments.ConferenceIn("Delegates met at the Harbour Peace Summit."); got != "" {
		t.Errorf("conferenceIn = %q, want none", got)
	}
}
