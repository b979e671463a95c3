package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/model"

func attributionsOf(t *testing.T, f factDoc) []model.Attribution {
	t.Helper()
	a := f.analysis(t)
	runFactStages(t, a)
	for _, at := range a.Result.Attributions {
		checkEvidence(t, a, "claim "+at.Claim, at.Evidence)
	}
	return a.Result.Attributions
}

func TestAttributionPatterns(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary", date: "2026-02-02",
		body: "Officials said the new depot would open in spring.\n" +
			"The plan includes two bridges, according to AFP, which has seen the draft plan.\n" +
			"\"We will not wait for anyone,\" Jane Roe said.\n" +
			"Rome has long said it wants a bigger role in the project.\n" +
			"The draft plan says the bridges will be finished by 2027.\n" +
			"The ministers are also said to favour a quick vote.\n" +
			"Some details may still change, diplomatic sources told Reuters.\n",
		mentions: []factMention{{"AFP", "org:afp", "outlet", ""}, {"Jane Roe", "person:jane-roe", "person", ""},
			{"Rome", "country:ITA", "country", "seat"}, {"Reuters", "org:reuters", "outlet", ""}},
	})
	want := []struct{ source, kind, via, claimStart string }{
		{"Officials", "unnamed", "", "the new depot"},
		{"draft plan", "document", "AFP", "The plan includes"},
		{"Jane Roe", "person", "", "We will not wait"},
		{"Rome", "country", "", "it wants"},
		{"draft plan", "document", "AFP", "the bridges will"},
		{"draft plan", "document", "AFP", "The ministers"},
		{"diplomatic sources", "unnamed", "Reuters", "Some details"},
	}
	if len(ats) != len(want) {
		for _, a := range ats {
			t.Logf("%+v", a)
		}
		t.Fatalf("got %d attributions, want %d", len(ats), len(want))
	}
	for i, w := range want {
		at := ats[i]
		via := ""
		if at.Via != nil {
			via = *at.Via
		}
		if at.Source != w.source || at.SourceKind != w.kind || via != w.via || len(at.Claim) < len(w.claimStart) || at.Claim[:len(w.claimStart)] != w.claimStart {
			t.Errorf("attribution %d = %q (%s) via %q: %q; want %q (%s) via %q: %q...", i, at.Source, at.SourceKind, via, at.Claim, w.source, w.kind, w.via, w.claimStart)
		}
	}
	if !ats[2].Quote || ats[0].Quote {
		t.Errorf("quote flags: %v %v", ats[2].Quote, ats[0].Quote)
	}
	if ats[1].SourceID != "docref:draft-plan" || ats[0].SourceID != "unnamed:officials" {
		t.Errorf("source ids %q %q", ats[1].SourceID, ats[0].SourceID)
	}
}

func TestAttributionOwnOutletIsNoRelay(t *testing.T) {
	f := factDoc{kind: "secondary",
		body:     "The talks may resume next month, diplomats told Reuters.\n",
		mentions: []factMention{{"Reuters", "org:reuters", "outlet", ""}}}
	a := f.analysis(t)
	out := "Reuters"
	a.Result.Document.Outlet = &out
	runFactStages(t, a)
	if len(a.Result.Attributions) != 1 || a.Result.Attributions[0].Via != nil {
		t.Fatalf("got %+v, want one claim without via", a.Result.Attributions)
	}
}

func TestQuoteSpreadOverSentences(t *testing.T) {
	f := factDoc{kind: "secondary",
		body: "\u201cThe bridge opens today. Traffic will be light at first,\u201d\n" +
			"Jane Roe said.\n",
		mentions: []factMention{{"Jane Roe", "person:jane-roe", "person", ""}}}
	a := f.analysis(t)
	// one segment holding both sentences of the quote
	a.Sents = []model.Sent{{Start: 0, End: len(f.body) - 1, Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	a.Mentions[0].Sent = 0
	runFactStages(t, a)
	if len(a.Result.Attributions) != 1 {
		t.Fatalf("got %+v", a.Result.Attributions)
	}
	at := a.Result.Attributions[0]
	if !at.Quote || at.Claim != "The bridge opens today. Traffic will be light at first" {
		t.Errorf("claim %q quote=%v", at.Claim, at.Quote)
	}
}

func TestAttributionPronounSpeaker(t *testing.T) {
	ats := attributionsOf(t, factDoc{kind: "secondary",
		body: "Jane Roe opened the new bridge on Friday.\n" +
			"\u201cIt was built in record time,\u201d she said.\n",
		mentions: []factMention{{"Jane Roe", "person:jane-roe", "person", ""}}})
	if len(ats) != 1 || ats[0].SourceID != "person:jane-roe" || !ats[0].Quote || ats[0].Claim != "It was built in record time" {
		t.Fatalf("got %+v", ats)
	}
}
