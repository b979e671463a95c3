package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

// Tests of relay chains and source phrases: "according to X, which cited
// Y", "X told Outlet that", "X said <claim>, Outlet reported", "<claim>,
// Outlet reported on Friday, citing Y", "X, speaking to reporters, said",
// "according to the newspaper", and separate quotations by one speaker.

func TestAttributionRelays(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "The fund will double next year, according to Politico, which cited two diplomats.\n" +
			"Anna Berg told Politico that the bridges would open in May.\n" +
			"Ola Lind said the talks had stalled again, Interfax reported.\n" +
			"The army will buy new radars, The Times reported on Friday, citing senior officials.\n" +
			"According to the newspaper, the radars will cost more than planned.\n" +
			"Anna Berg, speaking to reporters in Lisbon, said the depot was ready.\n",
		mentions: []factMention{{"Politico", "org:politico", "outlet", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Politico", "org:politico", "outlet", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Interfax", "org:interfax", "outlet", ""}, {"The Times", "org:the-times", "outlet", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	})
	want := []struct{ source, via, claimStart string }{
		{"diplomats", "Politico", "The fund will double"},
		{"Anna Berg", "Politico", "the bridges would open"},
		{"Ola Lind", "Interfax", "the talks had stalled"},
		{"senior officials", "The Times", "The army will buy"},
		{"The Times", "", "the radars will cost"},
		{"Anna Berg", "", "the depot was ready"},
	}
	if len(ats) != len(want) {
		for _, a := range ats {
			t.Logf("%s via %v: %s", a.Source, a.Via, a.Claim)
		}
		t.Fatalf("got %d attributions, want %d", len(ats), len(want))
	}
	for i, w := range want {
		a := ats[i]
		via := ""
		if a.Via != nil {
			via = *a.Via
		}
		if a.Source != w.source || via != w.via || !strings.HasPrefix(a.Claim, w.claimStart) {
			t.Errorf("attribution %d = %q via %q: %q; want %q via %q: %q...", i, a.Source, via, a.Claim, w.source, w.via, w.claimStart)
		}
	}
}

func TestAttributionPronounIsTheSubjectAndQuotesStayApart(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg announced the plan after meeting her counterpart Ola Lind.\n" +
			"Two more radars will follow in summer, she said.\n" +
			"\"The first radars arrive next week,\" Anna Berg told reporters.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	var radars, quote *model.Attribution
	for i := range ats {
		switch {
		case strings.HasPrefix(ats[i].Claim, "Two more radars"):
			radars = &ats[i]
		case strings.HasPrefix(ats[i].Claim, "The first radars"):
			quote = &ats[i]
		}
	}
	if radars == nil || radars.Source != "Anna Berg" {
		t.Errorf("\"she said\" claim = %+v, want it from Anna Berg, the subject before", radars)
	}
	if quote == nil || !quote.Quote {
		t.Errorf("quotation = %+v, want its own attribution", quote)
	}
}

func TestAttributionSayAsNounIsNoSaying(t *testing.T) {
	body := "Estonia\u2019s Kristen Michal stressed that \u201cthe harbour belongs to its people. " +
		"Russia has no say in the future of the harbour \u2013 or of the region.\u201d\n"
	res := runDefault(t, body)
	for _, a := range res.Attributions {
		if a.SourceID != "person:kristen-michal" {
			t.Errorf("attribution to %s (%q): \"has no say\" says nothing", a.SourceID, a.Claim)
		}
	}
	if len(res.Attributions) == 0 {
		t.Fatalf("no attribution, want the minister's")
	}
}

func TestAttributionGroupSourcesAndMoreVerbs(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "\u201cThe port will stay open to all ships,\u201d European leaders said.\n" +
			"Anna Berg asserted that the bridges would reopen in May.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 2 {
		t.Fatalf("attributions = %+v, want the leaders' quote and Anna Berg's claim", ats)
	}
	if !strings.Contains(strings.ToLower(ats[0].Source), "leaders") || ats[1].SourceID != "person:anna-berg" {
		t.Errorf("sources = %q, %q; want the unnamed leaders, then Anna Berg", ats[0].Source, ats[1].SourceID)
	}
}

func TestAttributionClaimAfterAColon(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg wrote on X: \u201cThe port will reopen in May.\u201d\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 1 || !strings.HasPrefix(ats[0].Claim, "The port will reopen") {
		t.Fatalf("attributions = %+v, want the claim after the colon", ats)
	}
}
