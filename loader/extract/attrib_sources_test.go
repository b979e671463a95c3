package extract

import (
	"strings"
	"testing"
)

// Tests of how a source is named: a capital standing for its state under
// another spelling than the gazetteer's capital name.

func TestAttributionCapitalVariantNamesTheState(t *testing.T) {
	res := runDefault(t, "Kiev said the bridges over the river would reopen in May.\n")
	if len(res.Attributions) != 1 {
		t.Fatalf("attributions = %+v, want one", res.Attributions)
	}
	if a := res.Attributions[0]; a.Source != "Ukraine" || a.SourceID != "country:UKR" {
		t.Errorf("source = %q (%s), want Ukraine: a capital speaks for its state", a.Source, a.SourceID)
	}
}

func TestAttributionOneOfAGroupIsAMember(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Ruritanian officials have said the bridge will reopen in May.\n" +
			"\"The work is done,\" one of the officials said.\n",
	})
	if len(ats) != 2 {
		t.Fatalf("attributions = %+v, want two", ats)
	}
	if ats[0].Source != "Ruritanian officials" || ats[1].Source != "Ruritanian official" {
		t.Errorf("sources = %q, %q; want the group, then one member of it", ats[0].Source, ats[1].Source)
	}
}

func TestAttributionGenericDocumentTakesItsIssuer(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "The minister published a statement from the Ruritanian Office on Friday.\n" +
			"\"We thank our neighbours for their help with the bridges,\" the statement said.\n",
		mentions: []factMention{{"Ruritanian Office", "org:ruritanian-office", "organization", ""}},
	})
	if len(ats) != 1 {
		t.Fatalf("attributions = %+v, want one", ats)
	}
	if ats[0].SourceID != "org:ruritanian-office" {
		t.Errorf("source = %q (%s), want the office the statement is from", ats[0].Source, ats[0].SourceID)
	}
}

func TestAttributionRelativeClauseSpeaker(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "According to local media reports, the plan was presented by Defence Minister Ola Lind on Friday, who said the army would buy new radars.\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(ats) != 1 {
		t.Fatalf("attributions = %+v, want one", ats)
	}
	if ats[0].SourceID != "person:ola-lind" || !strings.HasPrefix(ats[0].Claim, "the army would buy") {
		t.Errorf("attribution = %q: %q; want Ola Lind: the army would buy ...", ats[0].Source, ats[0].Claim)
	}
}

// claimsBySource runs the default pipeline on body and returns each
// source's (last) claim.
func claimsBySource(t *testing.T, body string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, a := range runDefault(t, body).Attributions {
		out[a.Source] = a.Claim
	}
	return out
}

func TestAttributionSubjectBeforeAppositions(t *testing.T) {
	got := claimsBySource(t, "Anna Berg, Executive Director for Europe at the Freedonia Fund, speaking from the Lisbon event, noted that four of the seven donors reduced their pledges.\n\n"+
		"Freedonia Fund, a charity focused on rivers, noted that the dams were failing.\n")
	if c := got["Anna Berg"]; !strings.HasPrefix(c, "four of the seven") {
		t.Errorf("Anna Berg's claim = %q, want the donors' pledges (all: %v)", c, got)
	}
	if c := got["Freedonia Fund"]; !strings.HasPrefix(c, "the dams were failing") {
		t.Errorf("the fund's claim = %q, want the dams (all: %v)", c, got)
	}
}

func TestAttributionParticipleAfterApposedObject(t *testing.T) {
	got := claimsBySource(t, "Ruritanian prime minister, Ola Lind, offered a passionate defence of Freedonian president, Anna Berg, saying that her comments on Friday were right.\n")
	if c := got["Ola Lind"]; !strings.HasPrefix(c, "her comments on Friday") {
		t.Errorf("Ola Lind's claim = %q, want the comments (all: %v)", c, got)
	}
	if _, ok := got["Anna Berg"]; ok {
		t.Errorf("Anna Berg, the object of the defence, made a claim: %v", got)
	}
}

func TestAttributionDashAsideAfterSource(t *testing.T) {
	got := claimsBySource(t, "Meanwhile, European leaders - who rushed to Lisbon in support of Ruritania - urged Ola Lind to insist that Freedonia agree to a ceasefire before any talks.\n")
	if c := got["European leaders"]; !strings.HasPrefix(c, "Freedonia agree") {
		t.Errorf("the leaders' claim = %q, want the ceasefire (all: %v)", c, got)
	}
}

func TestAttributionPersonsOfficeIsTheSource(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "The cabinet voted for the truce by 10-1, according to prime minister Ola Lind's office.\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(ats) != 1 || ats[0].Source != "prime minister Ola Lind's office" {
		t.Fatalf("attributions = %+v, want the prime minister's office as written", ats)
	}
}

func TestAttributionSpokespersonForTheFirmNamesTheFirm(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia Steel will build a new mill in Lisbon.\n" +
			"\u201cThe mill has long been part of our plans,\u201d a spokesperson for the firm said.\n",
		mentions: []factMention{{"Freedonia Steel", "org:freedonia-steel", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(ats) != 1 || ats[0].Source != "spokesperson for Freedonia Steel" {
		t.Fatalf("attributions = %+v, want the spokesperson for Freedonia Steel", ats)
	}
}

func TestAttributionQuoteSentencesStayApart(t *testing.T) {
	ats := runDefault(t, "The ministry has published details of the works.\n\nSource: Anna Berg, Minister of Works\n\n"+
		"Quote: \u201cThe bridge will open in May after two years of work on the river. "+
		"This is the second bridge that we have built together with our neighbours in the north. It will stay so.\u201d\n").Attributions
	for _, a := range ats {
		t.Logf("%s: %s", a.Source, a.Claim)
	}
	if len(ats) != 2 {
		t.Fatalf("got %d attributions, want 2: one per long sentence of the quotation", len(ats))
	}
	if !strings.HasPrefix(ats[1].Claim, "This is the second bridge") || !strings.HasSuffix(ats[1].Claim, "It will stay so") {
		t.Errorf("second claim = %q, want the second sentence with the short one after it", ats[1].Claim)
	}
}

func TestAttributionPronounAfterCircumstance(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg said the bridges would reopen in May.\n" +
			"In a later post she said, \u201cThe toll on the bridges will fall to two euros.\u201d\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 2 || ats[1].SourceID != "person:anna-berg" || !strings.HasPrefix(ats[1].Claim, "The toll") {
		t.Fatalf("attributions = %+v, want the toll claim from Anna Berg", ats)
	}
}

func TestAttributionTurnParagraphIsOneClaim(t *testing.T) {
	body := "Remarks by Minister Anna Berg and Chancellor Ola Lind in Lisbon\n\n" +
		"Minister Anna Berg: The harbour of Freedonia will reopen to all ships in May after the works. " +
		"The tolls will fall for the smaller boats from the north in the summer. " +
		"And the ferries will run every hour again, day and night.\n\n" +
		"We also thank our neighbours for their help with the new cranes in the port.\n\n" +
		"Q: Will the tolls fall next year?\n\n" +
		"Chancellor Ola Lind: The new bridges will be finished before the winter comes.\n"
	ats := runDefault(t, body).Attributions
	for _, a := range ats {
		t.Logf("%s: %s", a.Source, a.Claim)
	}
	if len(ats) != 3 {
		t.Fatalf("got %d attributions, want 3: the first paragraph's sentences as one point, the thanks, Lind's", len(ats))
	}
	if len(ats[0].Evidence) != 3 {
		t.Errorf("first claim has %d sentences, want the paragraph's 3", len(ats[0].Evidence))
	}
}

func TestAttributionStatementBlockJoinsShortParagraphs(t *testing.T) {
	body := "Noon briefing of the Ruritanian Office\n\n" +
		"In relation to the flood report, the Secretary-General said the following:\n\n" +
		"The latest report confirms what we have feared: the valley is on the brink of disaster.\n\n" +
		"The facts are in and they are undeniable.\n\n" +
		"The trickle of help must become a river, and the dams along the northern valley must all be repaired well before the autumn rains return to the hills.\n\n" +
		"And again, these are the words of the Secretary-General.\n"
	ats := runDefault(t, body).Attributions
	for _, a := range ats {
		t.Logf("%s: %s", a.Source, a.Claim)
	}
	if len(ats) != 2 {
		t.Fatalf("got %d attributions, want 2: short paragraphs of one statement join up to a point's length", len(ats))
	}
	if len(ats[0].Evidence) != 2 {
		t.Errorf("first claim has %d paragraphs, want 2", len(ats[0].Evidence))
	}
}

func TestAttributionAnnouncingAThingIsNoClaim(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg announced a new loan of two million euros for the port.\n" +
			"Anna Berg announced that the port would reopen in May.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 1 || !strings.HasPrefix(ats[0].Claim, "the port would reopen") {
		t.Fatalf("attributions = %+v, want only the announced clause, not the announced loan", ats)
	}
}

func TestAttributionWelcomingAPersonIsNoClaim(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg welcomed Freedonian Prime Minister Ola Lind to the capital on Monday, marking his first visit since 2020.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonian", "country:FRE", "country", "adjective"}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(ats) != 0 {
		t.Fatalf("attributions = %+v, want none: welcoming a guest says nothing", ats)
	}
}

func TestAttributionAccordingToHim(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg said the bridges would reopen in May.\n" +
			"This, according to her, will help the northern towns recover quickly.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 2 || ats[1].SourceID != "person:anna-berg" {
		t.Fatalf("attributions = %+v, want the second claim from Anna Berg too", ats)
	}
}

func TestAttributionAddedPointStaysApart(t *testing.T) {
	ats := runDefault(t, "\u201cThe ferries will run every hour again from May,\u201d Freedonian minister Anna Berg said on Monday. "+
		"The tolls on the bridges, which opened in 2020, \u201cwill fall next year,\u201d the minister added.\n").Attributions
	for _, a := range ats {
		t.Logf("%s: %s", a.Source, a.Claim)
	}
	if len(ats) != 2 {
		t.Fatalf("got %d attributions, want 2: the added point is a claim of its own", len(ats))
	}
}

func TestAttributionCapitalisedVerbIsAName(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Ratification needs approval by the Freedonia Council and the parliaments of the 27 Member States.\n",
		mentions: []factMention{{"Freedonia Council", "org:freedonia-council", "organization", ""}},
	})
	if len(ats) != 0 {
		t.Fatalf("attributions = %+v, want none: \"Member States\" says nothing", ats)
	}
}

func TestAttributionDashedPronounParenthesis(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg opened the forum in Lisbon on Monday.\n" +
			"She wants closer ties with the north, with which Freedonia - she says - has the best relations ever.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Freedonia", "country:FRE", "country", "name"}},
	})
	for _, a := range ats {
		if a.SourceID == "country:FRE" {
			t.Errorf("claim %q given to Freedonia, want the speaker of the parenthesis", a.Claim)
		}
	}
	if len(ats) == 0 || ats[len(ats)-1].SourceID != "person:anna-berg" {
		t.Fatalf("attributions = %+v, want the best-relations claim from Anna Berg", ats)
	}
}

func TestAttributionCallingNeedsQuotedWords(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg called the approval of the river fund a \u201cpositive signal of momentum\u201d at the opening.\n" +
			"Anna Berg called the Freedonian minister a friend.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Freedonian", "country:FRE", "country", "adjective"}},
	})
	if len(ats) != 1 || !strings.HasPrefix(ats[0].Claim, "the approval of the river fund") {
		t.Fatalf("attributions = %+v, want only the quoted characterisation", ats)
	}
}

func TestAttributionIntroducingSentenceIsNoClaim(t *testing.T) {
	body := "*MINISTER BERG:* So we are going to do the following.\n" +
		"Q: Will the tolls fall next year?\n" +
		"*MINISTER BERG:* The harbour of Freedonia will reopen to all ships in May.\n"
	ats := attributionsOf(t, factDoc{
		kind: "primary",
		body: body,
		mentions: []factMention{{"BERG", "person:anna-berg", "person", "surname"}, {"BERG", "person:anna-berg", "person", "surname"},
			{"Freedonia", "country:FRE", "country", "name"}},
	})
	if len(ats) != 1 || !strings.HasPrefix(ats[0].Claim, "The harbour") {
		t.Fatalf("attributions = %+v, want only the harbour claim", ats)
	}
}

func TestAttributionSpeechBylineMakesTheSpeaker(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "primary",
		body: "Opening press conference\n" +
			"by Minister Anna Berg ahead of the harbour summit\n" +
			"Last updated: 05 Jul. 2024 16:17\n" +
			"Our summit will be a chance to celebrate fifty years of the harbour league.\n" +
			"We will increase our support to the northern towns for the long haul.\n" +
			"Will the tolls fall?\n" +
			"The northern towns must recover, and they need our steady support.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	for _, a := range ats {
		t.Logf("%s: %s", a.Source, a.Claim)
		if a.SourceID != "person:anna-berg" {
			t.Errorf("claim %q from %s, want the speaker", a.Claim, a.SourceID)
		}
	}
	if len(ats) != 2 {
		t.Fatalf("got %d attributions, want the speech's 2 statements (no date line, no question, no pledge)", len(ats))
	}
}

func TestAttributionBylineOfAReportIsNoSpeech(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "By Anna Berg\nThe harbour league will meet in Lisbon next week to discuss tolls.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(ats) != 0 {
		t.Fatalf("attributions = %+v, want none: a reporter's byline makes no speech", ats)
	}
}

func TestAttributionActorsPositionThat(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg later reversed course, instead adopting Freedonia's position that any river deal be comprehensive.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", "name"}},
	})
	if len(ats) != 1 || ats[0].SourceID != "country:FRE" || !strings.HasPrefix(ats[0].Claim, "any river deal") {
		t.Fatalf("attributions = %+v, want Freedonia's position as its claim", ats)
	}
}

func TestAttributionWhichXSaid(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg later signed an agreement with the king which Freedonian state television said covered energy, mining and other areas.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonian", "country:FRE", "country", "adjective"}},
	})
	if len(ats) != 1 || ats[0].Source != "Freedonian state television" || !strings.HasPrefix(ats[0].Claim, "covered energy") {
		t.Fatalf("attributions = %+v, want state television's account of the agreement", ats)
	}
}

func TestAttributionBlamingIsAClaim(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "The truce follows clashes after the bridge attack last month, which Freedonia blamed on rebels based in the hills.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", "name"}},
	})
	if len(ats) != 1 || ats[0].SourceID != "country:FRE" || !strings.Contains(ats[0].Claim, "rebels based in the hills") {
		t.Fatalf("attributions = %+v, want Freedonia's blame as its claim", ats)
	}
}

func TestAttributionDocumentOnADayConfirming(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia and Ruritania issued a joint statement on Tuesday confirming a two-month halt to their toll war.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", "name"}, {"Ruritania", "country:RUR", "country", "name"}},
	})
	if len(ats) != 1 || ats[0].Source != "joint statement" {
		t.Fatalf("attributions = %+v, want the joint statement's claim", ats)
	}
}

func TestAttributionHeadlineSayingWhenTheBodyDoesNot(t *testing.T) {
	body := "Minister Anna Berg says \u2018we are at a turning point in our history\u2019 as she announces new aid for the ports\n\n" +
		"Freedonian minister Anna Berg said the harbour would reopen in May.\n\n" +
		"Ola Lind to \u2018Le Monde\u2019: No one in the region wants the harbour to close\n\n" +
		"The ferries will run again next week, Freedonian minister Ola Lind said.\n"
	ats := runDefault(t, body).Attributions
	var turning, herald bool
	for _, a := range ats {
		t.Logf("%s via %v: %s", a.Source, a.Via, a.Claim)
		turning = turning || a.Source == "Anna Berg" && strings.Contains(a.Claim, "turning point")
		herald = herald || a.Source == "Ola Lind" && strings.HasPrefix(a.Claim, "No one in the region")
	}
	if !turning {
		t.Errorf("no claim from the headline saying, want Anna Berg's turning point")
	}
	if !herald {
		t.Errorf("no claim from the interview headline, want Ola Lind's")
	}
}

func TestAttributionHeadlineRepeatingTheBodyIsDropped(t *testing.T) {
	body := "Minister Anna Berg says the northern harbour will reopen to ships in May\n\n" +
		"Freedonian minister Anna Berg said the northern harbour would reopen to all ships in May.\n"
	n := 0
	for _, a := range runDefault(t, body).Attributions {
		t.Logf("%s: %s", a.Source, a.Claim)
		if strings.Contains(a.Claim, "reopen") {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d harbour claims, want 1: the headline repeats the body", n)
	}
}

func TestAttributionAbstractHeadIsNoSource(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "The absence of Freedonia among the signatories highlights that divisions on the issue remain deep.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", "name"}},
	})
	if len(ats) != 0 {
		t.Fatalf("attributions = %+v, want none: an absence says nothing", ats)
	}
}

func TestAttributionBodysQuotationGoesOn(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "\u201cThe signing marks a milestone for the harbour towns,\u201d said the Freedonia Office in a media note.\n" +
			"\u201cThese talks addressed old issues of tolls, ferries and the northern bridges.\u201d\n" +
			"\u201cEverything went as we expected.\n" +
			"We reached a deal that suits both sides,\u201d one of the officials said.\n",
		mentions: []factMention{{"Freedonia Office", "org:freedonia-office", "organization", ""}},
	})
	for _, a := range ats {
		t.Logf("%s: %s", a.Source, a.Claim)
	}
	if len(ats) < 2 || ats[1].SourceID != "org:freedonia-office" || !strings.HasPrefix(ats[1].Claim, "These talks") {
		t.Fatalf("want the office's next quotation as its claim too")
	}
	for _, a := range ats {
		if a.SourceID == "org:freedonia-office" && strings.HasPrefix(a.Claim, "Everything went") {
			t.Errorf("a quotation whose source follows it went to the office: %q", a.Claim)
		}
	}
}

func TestAttributionJointBodiesAreOneGroupSource(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "First off, the Freedonia Food Fund (FFF) and the Harbour League warned today that the valley faces the grave risk of famine.\n",
		mentions: []factMention{{"Freedonia Food Fund", "org:fff", "organization", ""}, {"FFF", "org:fff", "organization", "alias"},
			{"Harbour League", "org:harbour-league", "organization", ""}},
	})
	if len(ats) != 1 || ats[0].Source != "FFF and Harbour League" || ats[0].SourceID != "org:fff" {
		t.Fatalf("attributions = %+v, want one claim of the group named by its members' short names, on the leading member's node", ats)
	}
}
