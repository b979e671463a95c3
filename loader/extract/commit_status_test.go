package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/commitments"
	"github.com/kg-project/kg/loader/extract/model"
)

// Tests of how a report's voice decides a commitment's status: the outlet
// stating it, a third party relaying the actor's own public act, a third
// party telling a term, a party confirming it. Texts are invented.

func TestCommitmentStatedByTheOutletIsAgreed(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia is providing 2 billion euros in military aid to Ruritania.\n" +
			"Freedonia reached an agreement to lend Ruritania 3 billion euros, as outlined in a joint statement.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "financial support", "agreed"},
	})
}

func TestCommitmentPledgeRelayedByAThirdPartyStands(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Freedonia pledged 40 howitzers to Ruritania, Ola Lind said.\n" +
			"Freedonia will send 300 trucks of ammunition to Ruritania, Ola Lind said.\n" +
			"Freedonia pledged 2 billion euros in loans to Ruritania, officials said.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}
	a := f.analysis(t)
	// he speaks for a third state
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:ola-lind", Name: "Ola Lind",
		RoleDetails: []model.Role{{Label: "Foreign Minister of Estland", OfID: "country:EST"}}})
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "military support", "reported"},
		{"country:FRE", "country:RUR", "financial support", "reported"}, // unnamed sources
	})
}

func TestCommitmentReportedThenConfirmedByAPartyIsAgreed(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Ola Lind said Freedonia will deploy 500 troops to Ruritania.\n" +
			"These troops will stay for a year, Anna Berg said.\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons,
		model.Entity{ID: "person:ola-lind", Name: "Ola Lind", RoleDetails: []model.Role{{Label: "Foreign Minister of Estland", OfID: "country:EST"}}},
		model.Entity{ID: "person:anna-berg", Name: "Anna Berg", RoleDetails: []model.Role{{Label: "Defence Minister of Freedonia", OfID: "country:FRE"}}})
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{{"country:FRE", "country:RUR", "troop deployment", "agreed"}})
}

func TestCommitmentTheyContinuesTheLastActorAndItsRecipient(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "The Harbour Union is going to agree to buy 5 billion dollars of gas from Ruritania, Ola Lind said.\n" +
			"It is very big.\n" +
			"And they are agreeing to open their markets to trade at zero tariff, Ola Lind said.\n",
		mentions: []factMention{{"Harbour Union", "org:harbour-union", "organization", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:ola-lind", Name: "Ola Lind",
		RoleDetails: []model.Role{{Label: "President of Ruritania", OfID: "country:RUR"}}})
	runFactStages(t, a)
	// "they" said by a person is not the person; the counterpart tells
	// the terms
	checkCommits(t, a.Result.Commitments, []wantCommit{
		{"org:harbour-union", "country:RUR", "other", "agreed"},
		{"org:harbour-union", "country:RUR", "other", "agreed"},
	})
}

func TestCommitmentNamesCountsAndTheSpeakersOwnState(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "The Ministry of Finance of Ruritania is pleased with the talks.\n" +
			"Ola Lind stressed the need for rules, announcing a 9 billion euro investment plan for Ruritania.\n" +
			"Anna Berg, who will host the next summit, spoke of her 40 million citizens.\n",
		mentions: []factMention{{"Ministry of Finance", "org:ministry-of-finance", "organization", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons,
		model.Entity{ID: "person:ola-lind", Name: "Ola Lind", RoleDetails: []model.Role{{Label: "President of Ruritania", OfID: "country:RUR"}}},
		model.Entity{ID: "person:anna-berg", Name: "Anna Berg", RoleDetails: []model.Role{{Label: "Prime Minister of Freedonia", OfID: "country:FRE"}}})
	a.Result.Attributions = append(a.Result.Attributions, model.Attribution{Claim: "the need for rules", Source: "Ola Lind",
		SourceID: "person:ola-lind", SourceKind: "person"})
	runFactStages(t, a)
	// no verb inside a name; the president and his state commit, and
	// his state can receive; a count of citizens is no money
	got := a.Result.Commitments
	if len(got) == 0 || len(got[0].ByIDs) != 2 || got[0].ByIDs[0] != "person:ola-lind" || got[0].ToID != "country:RUR" || got[0].Kind != "other" {
		t.Fatalf("commitments = %+v, want one by Ola Lind and Ruritania to Ruritania, other", got)
	}
	for _, c := range got[1:] {
		if c.Kind == "financial support" {
			t.Errorf("a count of citizens made financial support: %+v", c)
		}
	}
}

func TestCommitmentCutOffLastSentenceAndTheFundsDonor(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Freedonia pledged 4 billion dollars, remaining the Harbour Fund's largest donor.\n" +
			"Ruritania pledged 36 million dollars, a joint public and private contribution that more than doubled the previo",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Harbour Fund", "org:harbour-fund", "organization", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	}
	a := f.analysis(t)
	// the segmenter takes a last line without final punctuation for a
	// heading
	a.Sents[len(a.Sents)-1].Kind = "heading"
	runFactStages(t, a)
	got := a.Result.Commitments
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "org:harbour-fund", "financial support", "agreed"},
		{"country:RUR", "", "financial support", "agreed"},
	})
}

func TestCommitmentPlansAndPossibilitiesToldByNamedPeople(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania signed an agreement on Monday.\n" +
			"Ola Lind said Freedonia planned to raise its investments in Estland to 5 billion dollars.\n" +
			"Anna Berg said that Freedonia may also provide more military aid under the agreement.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons,
		model.Entity{ID: "person:ola-lind", Name: "Ola Lind", RoleDetails: []model.Role{{Label: "Foreign Minister of Lakeland", OfID: "country:LAK"}}},
		model.Entity{ID: "person:anna-berg", Name: "Anna Berg", RoleDetails: []model.Role{{Label: "Economy Minister of Ruritania", OfID: "country:RUR"}}})
	runFactStages(t, a)
	// a named third party's "planned" is still a plan; "may" under a signed
	// text is a possibility, and the speaker's state receives the aid
	got := a.Result.Commitments
	var plan, aid *model.Commitment
	for i := range got {
		switch got[i].Kind {
		case "other":
			plan = &got[i]
		case "military support":
			aid = &got[i]
		}
	}
	if plan == nil || plan.Status != "proposed" || plan.ToID != "country:EST" {
		t.Errorf("investment plan = %+v, want proposed to Estland", plan)
	}
	if aid == nil || aid.Status != "proposed" || aid.ToID != "country:RUR" {
		t.Errorf("military aid = %+v, want proposed to Ruritania", aid)
	}
}

func TestCommitmentObjectionOfAPossessorIsItsDenial(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia informed Estland and the Harbour League of Freedonia's objection to extending the grain deal.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}, {"Freedonia", "country:FRE", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "", "other", "denied"}})
}

func TestCommitmentNoneForConditionsPricesAndReceivers(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Tariffs on imports were set to rise to 46% if the rates Freedonia announced in April held.\n" +
			"Rebuilding Ruritania would cost at least 250 billion dollars, the Harbour League estimates.\n" +
			"The Harbour Fund secured 11 billion dollars in pledges at its conference, demonstrating continued commitment.\n" +
			"Freedonia said it was increasing its pledge to Ruritania to 2 billion euros.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Harbour League", "org:harbour-league", "organization", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Harbour Fund", "org:harbour-fund", "organization", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "financial support", "agreed"}})
}

func TestCommitmentByTheLatter(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg thanked the government of Freedonia after the latter approved arms sales to Ruritania.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "defence cooperation", "agreed"}})
}

func TestCommitmentPassiveTroopsFromAnArmyAndAGroupClause(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Some 2,000 troops from the Freedonian Army are to be deployed there, and a joint committee will monitor the truce.\n",
		mentions: []factMention{{"Freedonian Army", "org:freedonian-army", "organization", ""}},
	})
	if len(got) != 2 || got[0].ByIDs[0] != "org:freedonian-army" || got[0].Kind != "troop deployment" ||
		got[1].By[0] != "joint committee" || got[1].Kind != "ceasefire monitoring" {
		t.Fatalf("commitments = %+v, want the army's troops and the committee's monitoring", got)
	}
}

func TestCommitmentNoneForCurrencySignsAndReaffirmations(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Co-hosts Freedonia and the Harbour League reaffirmed their leadership by making strong commitments to Ruritania.\n" +
			"Estland pledged US$ 5 million for the Harbour Fund.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Harbour League", "org:harbour-league", "organization", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Estland", "country:EST", "country", ""}, {"US", "country:USA", "country", ""},
			{"Harbour Fund", "org:harbour-fund", "organization", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:EST", "org:harbour-fund", "financial support", "agreed"}})
}

func TestCommitmentRangeIsNoRecipient(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The budget, agreed by states from Estland to Ruritania, rose.\n" +
			"The Harbour Trust pledged to cover the budget gap.\n",
		mentions: []factMention{{"Estland", "country:EST", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour Trust", "org:harbour-trust", "organization", ""}},
	})
	for _, c := range got {
		if c.ToID == "country:RUR" {
			t.Errorf("%s: the end of a range 'from X to Y' is no recipient", c.What)
		}
	}
	if len(got) == 0 {
		t.Fatal("no commitment of the Harbour Trust")
	}
}

func TestCommitmentTermsListedAfterASignedAgreement(t *testing.T) {
	// the whole pipeline, with real states in an invented text
	body := "Italian and Polish leaders have signed an agreement on security cooperation.\n\n" +
		"Officials said the conclusion of the agreement took four rounds.\n\n" +
		"As a result:\n\n" +
		"Poland is providing 2 billion euros in military assistance to Italy;\n\n" +
		"Poland supports reforms in Italy. It adds more;\n\n" +
		"Joint work is envisaged, with Poland continuing to provide Italy with modern military equipment;\n"
	r, err := fuzzPipeline(t).Run(&document.Document{ID: "t", Body: body, Kind: "secondary"})
	if err != nil {
		t.Fatal(err)
	}
	got := r.Commitments
	if len(got) != 4 {
		t.Fatalf("commitments = %+v, want the pact and three terms", got)
	}
	if got[0].Kind != "defence cooperation" || got[0].Status != "signed" || len(got[0].ByIDs) != 2 {
		t.Errorf("pact = %+v, want defence cooperation signed by both states", got[0])
	}
	// a listed term without a kind keyword ("Poland supports reforms") is
	// of kind other
	for i, kind := range []string{"military support", "other", "military support"} {
		if c := got[i+1]; c.Kind != kind || c.Status != "signed" {
			t.Errorf("term %q: %s %s, want %s signed", c.What, c.Kind, c.Status, kind)
		}
	}
}

func TestCommitmentNominalByAndTheObjectNamedAgain(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia has committed to a 10-year, 5 billion dollar investment framework in Ruritania.\n" +
			"The framework will substantially increase Freedonia's existing investments in Ruritania's economy.\n" +
			"A few deals unveiled as part of that plan were old news.\n" +
			"The leaders discussed deepening cooperation in trade.\n" +
			"The one fresh item was an investment by the Harbour Group in a smelter.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour Group", "org:harbour-group", "organization", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"org:harbour-group", "", "other", "agreed"},
	})
}

func TestCommitmentSameSumToldTwiceAndPurposes(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will agree to invest in Ruritania 600 billion dollars more than it invests now.\n" +
			"And Freedonia is going to invest an additional 600 billion dollars.\n" +
			"Freedonia and Ruritania agreed to set up a joint investment fund.\n" +
			"This fund is intended to help Ruritania cope with floods.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	if len(got) != 2 || got[0].Kind != "other" || got[1].Kind != "other" || len(got[1].ByIDs) != 2 {
		t.Fatalf("commitments = %+v, want one investment of 600 billion and one joint fund (other)", got)
	}
}

func TestCommitmentAnOfficialOfAUnionBodySpeaksForTheUnion(t *testing.T) {
	// the whole pipeline: the gazetteer knows the Commission's parent
	body := "Ursula von der Leyen, President of the European Commission, said on Monday that the EU was raising its aid to Jordan to 3 billion euros.\n\n" +
		"The only new deal was an investment by the World Bank in what would be the largest plant in Jordan.\n"
	r, err := fuzzPipeline(t).Run(&document.Document{ID: "t", Body: body, Kind: "secondary"})
	if err != nil {
		t.Fatal(err)
	}
	var eu, plant *model.Commitment
	for i, c := range r.Commitments {
		for _, b := range c.ByIDs {
			switch b {
			case "org:eu":
				eu = &r.Commitments[i]
			case "org:world-bank":
				plant = &r.Commitments[i]
			}
		}
	}
	if eu == nil || eu.Status != "agreed" {
		t.Errorf("EU aid = %+v, want agreed (the Commission's president announces it)", eu)
	}
	if plant == nil || plant.Status != "agreed" {
		t.Errorf("investment = %+v, want agreed ('what would be' describes the plant)", plant)
	}
}

func TestCommitmentTradeTermToldByTheOtherSide(t *testing.T) {
	f := factDoc{
		kind:     "secondary",
		body:     "\"Freedonia will bring its tariffs down to 10%,\" Ola Lind said.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:ola-lind", Name: "Ola Lind",
		RoleDetails: []model.Role{{Label: "Trade Minister of Ruritania", OfID: "country:RUR"}}})
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{{"country:FRE", "country:RUR", "other", "agreed"}})
}

func TestCommitmentSentencesGluedWithoutASpace(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The leaders of Freedonia and Ruritania vowed to hold talks every year.The U.S. office said Estland pledged 5 million euros to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Estland", "country:EST", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	parts := commitments.GluedSentences("threats.The office. U.S. No.5 talks.Then", 0, len("threats.The office. U.S. No.5 talks.Then"))
	if len(parts) != 3 {
		t.Errorf("glued parts = %v, want cuts after 'threats.' and 'talks.' only", parts)
	}
	if len(got) != 2 || got[1].ByIDs[0] != "country:EST" {
		t.Fatalf("commitments = %+v, want the talks and Estland's pledge apart", got)
	}
}

func TestCommitmentCountryNamingANetworkIsNoSubject(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "A sum of 140 million dollars in military assistance, the Estland network notes, is a record.\n",
		mentions: []factMention{{"Estland", "country:EST", "country", ""}},
	})
	for _, c := range got {
		for _, b := range c.ByIDs {
			if b == "country:EST" {
				t.Errorf("%q: the country of a network is no actor", c.What)
			}
		}
	}
}

func TestCommitmentOfAGovernmentBodyIsAlsoItsState(t *testing.T) {
	body := "The US Treasury agreed on Monday to lend Jordan 2 billion dollars.\n"
	r, err := fuzzPipeline(t).Run(&document.Document{ID: "t", Body: body, Kind: "secondary"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Commitments) != 1 || len(r.Commitments[0].ByIDs) != 2 || r.Commitments[0].ByIDs[1] != "country:USA" {
		t.Fatalf("commitments = %+v, want the Treasury and the United States", r.Commitments)
	}
}

func TestCommitmentSourceAfterAParticipleAndTodaysCommitments(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The summit resulted in 4 billion dollars in financing unlocked from development finance institutions.\n" +
			"Today's commitments bring the Harbour Fund closer to its goal of weapons stockpiles.\n",
		mentions: []factMention{{"Harbour Fund", "org:harbour-fund", "organization", ""}},
	})
	if len(got) != 1 || got[0].By[0] != "development finance institutions" || got[0].Kind != "financial support" {
		t.Fatalf("commitments = %+v, want one financing by the institutions", got)
	}
}

func TestCommitmentOwnCommitmentToAVerb(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia repeats its firm commitment to stay outside the bond market until new terms are reached.\n" +
			"Ruritania stressed its commitment to a lasting peace.\n" +
			"Estland reaffirmed its commitment to keep its borders open.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "", "other", "agreed"}})
	if len(got) == 1 && (got[0].Condition == nil || !strings.HasPrefix(*got[0].Condition, "until new terms")) {
		t.Errorf("condition = %v, want the until clause", got[0].Condition)
	}
}

func TestCommitmentTheTwoCountriesAreTheLastTwoStates(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia's foreign minister met the envoy of Ruritania in Lakeside.\n" +
			"The two countries agreed to a truce.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lakeside", "place:lakeside", "place", ""}},
	})
	if len(got) != 1 || len(got[0].ByIDs) != 2 || got[0].ByIDs[0] != "country:FRE" || got[0].ByIDs[1] != "country:RUR" {
		t.Fatalf("commitments = %+v, want the truce of Freedonia and Ruritania", got)
	}
}

func TestCommitmentListAfterWithIsNoSubject(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "In close coordination with the Harbour League, Estland, and Lakeland, Freedonia will continue to provide military aid to Ruritania.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Estland", "country:EST", "country", ""},
			{"Lakeland", "country:LAK", "country", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "military support", "agreed"}})
}

func TestCommitmentRaisedAtAConferenceByItsParticipants(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "The Harbour Conference, organised by Freedonia to assist Ruritania, opened on Monday.\n" +
			"Ola Lind stated that over 800 million dollars in aid for Ruritania had been raised.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:ola-lind", Name: "Ola Lind",
		RoleDetails: []model.Role{{Label: "Foreign Minister of Freedonia", OfID: "country:FRE"}}})
	runFactStages(t, a)
	got := a.Result.Commitments
	if len(got) != 1 || got[0].By[0] != "Harbour Conference participants" || got[0].Status != "agreed" || got[0].ToID != "country:RUR" {
		t.Fatalf("commitments = %+v, want the conference participants' aid to Ruritania, agreed", got)
	}
}

func TestCommitmentStatementAheadOfASummitProposes(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "primary",
		body: "Pre-summit press conference by the Secretary General\n" +
			"The Harbour League will take over the coordination of security assistance to Ruritania.\n" +
			"Last year the Harbour League agreed to send 40 tanks to Ruritania.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"org:harbour-league", "country:RUR", "military support", "proposed"},
		{"org:harbour-league", "country:RUR", "military support", "agreed"},
	})
}

func TestCommitmentAnnouncedPlansPledgeConfirmedPlansPlan(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "In July, Freedonia announced plans to transfer additional air defence systems to Ruritania.\n" +
			"Estland confirmed plans to form a multinational force for Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Estland", "country:EST", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:EST", "country:RUR", "multinational force", "proposed"},
	})
}

func TestCommitmentTwoRefusalsOfOneSubject(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "However, Freedonia quit the Lakeside climate agreement and halted international climate funding.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Lakeside", "country:LAK", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "", "other", "denied"},
		{"country:FRE", "", "financial support", "denied"},
	})
}

func TestCommitmentDenialOfAnOfferGoesToTheOfferer(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Officials of Freedonia had pushed for a 50% stake in Ruritania's mines, an offer Ruritania rejected at the time.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:RUR", "country:FRE", "other", "denied"}})
}

func TestCommitmentSignersOfOneTextAndAWitness(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg signed on behalf of the government of Freedonia, and Ola Lind signed on behalf of the government of Ruritania, while Estland signed as a witness.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Estland", "country:EST", "country", ""}},
	})
	if len(got) != 1 || got[0].Status != "signed" || len(got[0].ByIDs) != 2 {
		t.Fatalf("commitments = %+v, want one text signed by Freedonia and Ruritania", got)
	}
}

func TestCommitmentPlanToldByAPersonOrByThePress(t *testing.T) {
	// the whole pipeline: who tells it decides between proposed and reported
	for _, tc := range []struct{ body, want string }{
		{"Poland is ready to send engineers to Ukraine after a ceasefire, Reuters reported, citing two officials.\n", "reported"},
		{"Poland is ready to send engineers to Ukraine after a ceasefire, Olaf Scholz said on Monday.\n", "proposed"},
	} {
		r, err := fuzzPipeline(t).Run(&document.Document{ID: "t", Body: tc.body, Kind: "secondary"})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Commitments) != 1 || r.Commitments[0].Status != tc.want {
			t.Errorf("%q: commitments = %+v, want one %s", tc.body, r.Commitments, tc.want)
		}
	}
}

func TestCommitmentNoneForExpectationsAndPromptedActs(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania, which expect to increase exports of cars with zero tariffs, back the deal.\n" +
			"The gap hurt the Harbour Fund, prompting the body to cut costs and delay hiring.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour Fund", "org:harbour-fund", "organization", ""}},
	})
	if len(got) != 0 {
		t.Fatalf("commitments = %+v, want none", got)
	}
}

func TestCommitmentStatesAndBodiesCoordinated(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia, Estland and the Harbour League pledged 5 million euros to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(got) != 1 || len(got[0].ByIDs) != 3 {
		t.Fatalf("commitments = %+v, want one by the two states and the league", got)
	}
}

func TestCommitmentComponentsAfterIncludingKeepTheRecipient(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia will invest 600 billion dollars in Ruritania, including the largest arms sales agreement between the allies, worth 142 billion dollars.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"country:FRE", "country:RUR", "defence cooperation", "agreed"},
	})
}

func TestCommitmentPassiveReceivingAndRefusingADeal(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "If a formal request is received, Freedonia is prepared to give Ruritania binding guarantees of support against any future attack.\n" +
			"Ola Lind told reporters that Estland would not accept a deal that rewarded aggression.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "binding commitment after attack", "proposed"}})
}

func TestCommitmentRatificationsSubmittedAndTheInstrumentsSubmittedHere(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Ola Lind noted that 50 countries have submitted ratification documents before the opening.\n" +
			"Besides those 50 ratification instruments submitted here, 15 countries have pledged to join them, Ola Lind said.\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:ola-lind", Name: "Ola Lind",
		RoleDetails: []model.Role{{Label: "President of Freedonia", OfID: "country:FRE"}}})
	runFactStages(t, a)
	got := a.Result.Commitments
	if len(got) != 2 || got[0].By[0] != "50 countries" || got[0].Status != "agreed" || got[1].By[0] != "15 countries" {
		t.Fatalf("commitments = %+v, want the 50 countries' ratifications (agreed) and the 15 countries' pledge", got)
	}
}

func TestCommitmentClauseKeepsTheRecipientOfTheClauseBefore(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged 40 tanks to Ruritania, and Estland pledged 2 million euros.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:EST", "country:RUR", "financial support", "agreed"},
	})
}

func TestCommitmentHopeAboutAnotherIsNoPledge(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "We hope Ruritania will reciprocate and send 40 tanks to Estland.\n" +
			"Freedonia will send 40 tanks to Estland, and we hope they will arrive soon.\n",
		mentions: []factMention{{"Ruritania", "country:RUR", "country", ""}, {"Estland", "country:EST", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:EST", "military support", "agreed"}})
}

func TestCommitmentMarketShareIsNoPledge(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "According to the Harbour League, Freedonia provides 98% of the region's supply of rare earths for equipment.\n" +
			"Freedonia will cover 20% of the League's budget.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}},
	})
	for _, c := range got {
		if strings.Contains(c.What, "98%") {
			t.Errorf("%q: a market share is no pledge", c.What)
		}
	}
}

func TestCommitmentMediatorsPartIsNoSignedTerm(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg signed on behalf of the government of Freedonia, and Ola Lind signed on behalf of the government of Ruritania.\n" +
			"Estland will keep helping both parties to implement the agreement.\n" +
			"Under the agreement, Freedonia will send 40 engineers to Ruritania.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Estland", "country:EST", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	for _, c := range got {
		switch {
		case len(c.ByIDs) == 1 && c.ByIDs[0] == "country:EST" && c.Status == "signed":
			t.Errorf("%q: the mediator signed nothing", c.What)
		case len(c.ByIDs) == 1 && c.ByIDs[0] == "country:FRE" && c.Status != "signed":
			t.Errorf("%q: %s, want signed (a term of the text Freedonia signed)", c.What, c.Status)
		}
	}
}

func TestCommitmentSupportOfAnAllianceIsMilitary(t *testing.T) {
	body := "NATO will increase its support to Ukraine for the long haul.\n\nThe European Union will increase its support to Ukraine.\n"
	r, err := fuzzPipeline(t).Run(&document.Document{ID: "t", Body: body, Kind: "secondary"})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, c := range r.Commitments {
		kinds[c.ByIDs[0]] = c.Kind
	}
	if kinds["org:nato"] != "military support" || kinds["org:eu"] == "military support" {
		t.Fatalf("kinds = %v, want NATO's support military and the Union's not", kinds)
	}
}
