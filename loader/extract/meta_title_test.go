package extract

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/metadata"
)

// TestMetaTitleSelection runs the title selection on invented page copies:
// furniture above the headline, a headline continued on a "by" line, one
// found by the page address after boilerplate, one glued to its lead.
func TestMetaTitleSelection(t *testing.T) {
	tests := []struct {
		name, url, body, want string
	}{
		{"continued on a by line", "",
			"Harbour press briefing\n\nby the Port Secretary Ana Ruiz ahead of the Ruritania summit\n\nGood afternoon. We met today.\n",
			"Harbour press briefing by the Port Secretary Ana Ruiz ahead of the Ruritania summit"},
		{"bulleted date line above", "",
			"• Monday, 3 March 2025\n\nFreedonia and Ruritania agree on a river treaty\n\nThe two states agreed on Monday to share the river.\n",
			"Freedonia and Ruritania agree on a river treaty"},
		{"navigation and an advertisement above", "",
			"Search\nAdvertisement\nWin a cruise for two today!\nHarbour Trade Section\nFreedonia expresses thanks after Ruritania approves grain sales\n\nFreedonia's president thanked Ruritania on Friday.\n",
			"Freedonia expresses thanks after Ruritania approves grain sales"},
		{"photo caption above", "",
			"Photo of the harbour master\n\nRemarks after a meeting with the Freedonian envoy in Port Elm\n\nJuly 3, 2025\n\nThank you all. It is good to be here.\n",
			"Remarks after a meeting with the Freedonian envoy in Port Elm"},
		{"source line with a date above", "",
			"Harbour Times 3 March 2025\nPorts of Freedonia agree on a new code\n\nThe ports agreed on Monday.\n",
			"Ports of Freedonia agree on a new code"},
		{"headline ending on a date", "",
			"Vote set for 3 March 2025\n\nFreedonia will vote on its new harbour code in the spring.\n",
			"Vote set for 3 March 2025"},
		{"after boilerplate, confirmed by the address", "https://example.org/2025/03/11/ports-of-freedonia-and-ruritania-sign-harbour-code",
			"You are subscribed to updates. This page was updated.\nPorts of Freedonia and Ruritania sign harbour code [ https://example.org/ports ] 03/11/2025 04:15 PM\nThe ports met on Monday.\n",
			"Ports of Freedonia and Ruritania sign harbour code"},
		{"after boilerplate, no address", "",
			"You are subscribed to updates. This page was updated.\nPorts of Freedonia and Ruritania sign harbour code\nThe ports met on Monday.\n",
			""},
		{"glued to its lead", "https://example.org/freedonia-ruritania-mark-treaty-anniversary",
			"Freedonia, Ruritania mark treaty anniversary amid trade tensions Freedonian President Ana Ruiz met the Ruritanian king on Monday.\n\nThe two met in Port Elm.\n",
			"Freedonia, Ruritania mark treaty anniversary amid trade tensions"},
		{"lead holding the address words is not glued", "https://example.org/freedonia-ruritania-mark-treaty-anniversary",
			"The Freedonia treaty anniversary was marked by top Ruritania officials and Freedonian envoys on Monday.\n\nThe two met in Port Elm.\n",
			""},
		{"headline before a longer standfirst", "",
			"Freedonia and Ruritania agree on river code\nThe deal ends a long quarrel over shipping rights and fees on the shared river between them\n\nThe two states agreed on Monday.\n",
			"Freedonia and Ruritania agree on river code"},
		{"printed twice wins over a kicker", "",
			"Trade News Today Section\nFreedonia pledges grain for Ruritania\n\nFreedonia pledges grain for Ruritania\n\nFreedonia pledged grain on Monday.\n",
			"Freedonia pledges grain for Ruritania"},
	}
	for _, tc := range tests {
		a := runEntityStagesDoc(t, tc.body, func(d *documentFields) { d.URL = tc.url })
		if got := metaStr(a.Result.Document.Title); got != tc.want && !(tc.want == "" && got == "<nil>") {
			t.Errorf("%s: title %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSlugWords(t *testing.T) {
	lx, err := metadata.LoadHeadlineLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	got := lx.SlugWords("https://example.org/2025/03/eu-freedonia-mark-50-years-of-ties.html?x=1")
	want := []string{"eu", "freedonia", "mark", "years", "ties"}
	if len(got) != len(want) {
		t.Fatalf("slug words %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("slug words %v, want %v", got, want)
		}
	}
	if lx.SlugWords("https://example.org/story/12345") != nil {
		t.Error("a numeric address gave slug words")
	}
	if ov := lx.SlugOverlap(got, "Freedonia and the EU marked years of ties"); ov != 1 {
		t.Errorf("overlap %v, want 1 (stems match)", ov)
	}
}

func TestHeadlineLexiconErrors(t *testing.T) {
	if _, err := metadata.ParseHeadlineLexicon([]byte("caption_openings: [photo:]\n")); err == nil {
		t.Error("a lexicon without function words was accepted")
	}
	if _, err := metadata.ParseHeadlineLexicon([]byte("nonsense: [x]\n")); err == nil {
		t.Error("an unknown field was accepted")
	}
}
