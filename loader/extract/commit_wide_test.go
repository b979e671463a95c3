package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/model"

// Tests of the rules for commitments of news of any kind: firm pledges
// that no kind keyword names, trade terms, arms sales, and persons who
// pledge for their state. Texts are invented.

func TestCommitmentFirmPledgeWithoutKindIsOther(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania agreed to a swap of detained fishermen.\n" +
			"Ruritania will take part in the meeting in Lakeside.\n" +
			"The swap will start on Monday.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE,country:RUR", "", "other", "agreed"}})
}

func TestCommitmentTradeTermsAreOtherArmsSalesCooperation(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will invest 600 billion dollars in Ruritania.\n" +
			"Freedonia approved arms sales to Ruritania.\n" +
			"Freedonia pledged security assistance to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"country:FRE", "country:RUR", "defence cooperation", "agreed"},
		{"country:FRE", "country:RUR", "military support", "agreed"},
	})
}

func TestCommitmentOfAnOfficeHolderIsAlsoItsState(t *testing.T) {
	f := factDoc{
		kind:     "secondary",
		body:     "Anna Berg pledged 40 million dollars in funding to Ruritania.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:anna-berg", Name: "Anna Berg", Kind: "person",
		RoleDetails: []model.Role{{Label: "Prime Minister of Freedonia", OfID: "country:FRE", OfName: "Freedonia"}}})
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{{"person:anna-berg,country:FRE", "country:RUR", "financial support", "agreed"}})
}

func TestCommitmentCollectiveWordInsideAName(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "The United States pledged 40 million dollars in funding to Ruritania.\n",
		mentions: []factMention{{"United States", "country:USA", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:USA", "country:RUR", "financial support", "agreed"}})
}

func TestCommitmentRecipientsOfContributionsInvestmentsAndPurchases(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged 5 million dollars to the Harbour Fund.\n" +
			"Freedonia will invest 2 billion dollars in Ruritania.\n" +
			"Freedonia agreed to purchase 3 billion dollars of gas from Ruritania.\n" +
			"Freedonia will help guarantee Ruritania's security.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Harbour Fund", "org:harbour-fund", "organization", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "org:harbour-fund", "financial support", "agreed"},
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"country:FRE", "country:RUR", "other", "agreed"},
	})
}

func TestCommitmentToAStatesBodyIsToTheState(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Freedonia pledged funding for the Navy of Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""},
			{"Navy of Ruritania", "org:navy-rur", "organization", ""}},
	}
	a := f.analysis(t)
	a.Result.Countries = append(a.Result.Countries, model.Entity{ID: "country:RUR", Name: "Ruritania", Kind: "country"})
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{{"country:FRE", "country:RUR", "financial support", "agreed"}})
}

func TestCommitmentActorWillVerbDenialsAndPassives(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will reopen its border crossings next week.\n" +
			"Freedonia will meet Ruritania in Lakeside.\n" +
			"The border will be reopened on Monday.\n" +
			"Ruritania quit the fisheries accord.\n" +
			"Around 30 million dollars in funding was provided by Freedonia and Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "", "other", "agreed"},
		{"country:RUR", "", "other", "denied"},
		{"country:FRE,country:RUR", "", "financial support", "agreed"},
	})
}

func TestCommitmentEachClauseWithItsOwnActor(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged 20 tanks to Estland, Ruritania pledged a frigate, and Lakeland will send 40 instructors.\n" +
			"Freedonia and Ruritania agreed to a truce and pledged funding for Estland.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Lakeland", "country:LAK", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:EST", "military support", "agreed"},
		{"country:RUR", "country:EST", "military support", "agreed"},
		{"country:LAK", "country:EST", "military support", "agreed"},
		{"country:FRE,country:RUR", "country:EST", "other", "agreed"},
	})
}

func TestCommitmentGappedPledgesOfAList(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Host country Freedonia put in another $100 million, Ruritania at least $51 million and $17.5 million from Estland.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "", "financial support", "agreed"},
		{"country:RUR", "", "financial support", "agreed"},
		{"country:EST", "", "financial support", "agreed"},
	})
}

func TestCommitmentSignedByRepresentativesNamesNoKind(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Representatives of the Freedonian Armed Forces and the Harbour Militia signed a declaration to protect civilians.\n" +
			"Ruritania agreed to provide support for the Freedonian Armed Forces.\n",
		mentions: []factMention{{"Freedonian Armed Forces", "org:fre-forces", "organization", ""}, {"Harbour Militia", "org:militia", "organization", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Freedonian Armed Forces", "org:fre-forces", "organization", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"org:fre-forces,org:militia", "", "other", "signed"},
		{"country:RUR", "org:fre-forces", "military support", "agreed"},
	})
}

func TestCommitmentSubjectsThatAreNoActors(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Lakeside, Freedonia, 14 May 2024 – The ministry announced 20 million dollars in funding for Estland.\n" +
			"The talks were held in Lakeside, Freedonia where the budget was approved.\n" +
			"Ruritania continues to call for more funding.\n" +
			"Anna Berg signed on behalf of the government of Ruritania.\n" +
			"Freedonia is providing 5 million dollars in funding to Estland.\n",
		mentions: []factMention{{"Lakeside", "place:lakeside", "place", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Estland", "country:EST", "country", ""}, {"Lakeside", "place:lakeside", "place", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:RUR", "country:EST", "other", "signed"},             // the usual beneficiary
		{"country:FRE", "country:EST", "financial support", "agreed"}, // the outlet states it
	})
}

func TestCommitmentTermToldByTheCounterpartIsAgreed(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Ruritania said Freedonia will invest 2 billion dollars in Ruritania.\n" +
			"Estland said Freedonia will invest 3 billion dollars in Lakeland.\n",
		mentions: []factMention{{"Ruritania", "country:RUR", "country", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Estland", "country:EST", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Lakeland", "country:LAK", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"country:FRE", "country:LAK", "other", "reported"},
	})
}

func TestCommitmentByGroupsInTheTextsWords(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania issued a joint statement, with both countries agreeing to cut tariffs.\n" +
			"15 countries have officially pledged to join the treaty.\n" +
			"Savings of 20 million dollars in funding were announced by vaccine manufacturers.\n" +
			"Tariffs on Freedonia will stand at 30%.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE,country:RUR", "", "other", "agreed"},
		{"", "", "other", "agreed"},
		{"", "", "financial support", "agreed"},
	})
	if len(got) == 3 && (got[1].By[0] != "15 countries" || got[2].By[0] != "vaccine manufacturers") {
		t.Errorf("groups = %q, %q; want the text's words", got[1].By, got[2].By)
	}
}

func TestCommitmentPronounAdjectivesAndInvitations(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Anna Berg spoke at the forum on Monday.\n" +
			"He also pledged, a broadcaster reports, 40 million dollars in financial and military assistance to Estland.\n" +
			"The Harbour League undertakes to invite Ruritania to join the alliance.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Estland", "country:EST", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}
	a := f.analysis(t)
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{
		{"person:anna-berg", "country:EST", "military support", "agreed"},
		{"org:harbour-league", "country:RUR", "other", "agreed"},
	})
}

func TestCommitmentCooperationInTradeIsOther(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia promised to deepen cooperation with Ruritania in agriculture, trade and investment.\n" +
			"Freedonia pledged 5 billion United States (US) dollars to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"United States", "country:USA", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"country:FRE", "country:RUR", "financial support", "agreed"},
	})
}

func TestCommitmentSubjectOfAnAbsoluteWithClause(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Joint work will defend Ruritania, with Freedonia continuing to provide Ruritania with modern weapons.\n",
		mentions: []factMention{{"Ruritania", "country:RUR", "country", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "military support", "agreed"}})
}

func TestCommitmentByTheLeadersOfNamedStates(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The leaders of Freedonia, Ruritania and Estland vowed to hold a summit every year.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Estland", "country:EST", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE,country:RUR,country:EST", "", "other", "agreed"}})
}

func TestCommitmentDemonstrativeWithItsOwnActorAndSubjectToConditions(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged 40 tanks to Ruritania.\n" +
			"This decision enabled the Harbour Bank to disburse 2 billion euros to Ruritania subject to approval by its board.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour Bank", "org:harbour-bank", "organization", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"org:harbour-bank", "country:RUR", "financial support", "agreed"},
	})
	if len(got) == 2 && (got[1].Condition == nil || *got[1].Condition != "subject to approval by its board") {
		t.Errorf("condition = %v, want the approval", got[1].Condition)
	}
}

func TestCommitmentConditionsThatAllowAndFrequencies(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will invite Ruritania to join the alliance when conditions allow.\n" +
			"Freedonia will hold trade talks with Estland once a year.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""}},
	})
	if len(got) != 2 {
		t.Fatalf("commitments = %+v, want two", got)
	}
	if c := got[0].Condition; c == nil || *c != "when conditions allow" {
		t.Errorf("condition = %v, want when conditions allow", c)
	}
	if c := got[1].Condition; c != nil {
		t.Errorf("condition = %q, want none: once a year tells how often", *c)
	}
}

func TestCommitmentNotSigningIsADenial(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "The Freedonian government cited its national interest as its reason for not signing the final declaration.\n",
		mentions: []factMention{{"Freedonian", "country:FRE", "country", "adjective"}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "", "other", "denied"}})
}

func TestCommitmentExhortationIsNoPledge(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and its partners should increase arms production for Ruritania.\n" +
			"Freedonia must send more weapons to Ruritania, Anna Berg said.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	checkCommits(t, got, nil)
}

func TestCommitmentTravelPlanIsNoPledge(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will go on to Ruritania on Wednesday.\n" +
			"Freedonia will head to Lakeside after the talks.\n" +
			"Freedonia will go on supplying artillery ammunition to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "military support", "agreed"}})
}

func TestCommitmentTalksWithAStateGoToThatState(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged to seek constructive dialogue with Ruritania.\n" +
			"Freedonia agreed to a prisoner swap with Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "other", "agreed"},
		{"country:FRE", "", "other", "agreed"},
	})
}

func TestCommitmentSignedWithAndSignedBackIsOneText(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia signed a trade agreement with Ruritania on Monday.\n" +
			"Ruritania signed the agreement at a ceremony in the capital.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE,country:RUR", "", "other", "signed"}})
	// a third party signing with the same state signs a text of its own
	got = commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia signed a trade agreement with Ruritania on Monday.\n" +
			"Lakeland signed a trade agreement with Ruritania on Tuesday.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lakeland", "country:LAK", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "", "other", "signed"}, {"country:LAK", "", "other", "signed"}})
}

func TestCommitmentBarePledgesTakeTheKindOfTheDay(t *testing.T) {
	ms := []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Harbour Fund", "org:harbour-fund", "organization", ""},
		{"Ruritania", "country:RUR", "country", ""}, {"Harbour Fund", "org:harbour-fund", "organization", ""},
		{"Lakeland", "country:LAK", "country", ""}}
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged 40 million dollars to the Harbour Fund.\n" +
			"Ruritania pledged 12 million dollars to the Harbour Fund.\n" +
			"Lakeland did not announce commitments at the conference, though it has indicated future pledges.\n",
		mentions: ms,
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "org:harbour-fund", "financial support", "agreed"},
		{"country:RUR", "org:harbour-fund", "financial support", "agreed"},
		{"country:LAK", "", "financial support", "proposed"},
	})
	// one other commitment only: no kind of the day
	got = commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged 40 million dollars to the Harbour Fund.\n" +
			"Lakeland did not announce commitments at the conference, though it has indicated future pledges.\n",
		mentions: []factMention{ms[0], ms[1], ms[4]},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "org:harbour-fund", "financial support", "agreed"},
		{"country:LAK", "", "other", "proposed"},
	})
}

func TestCommitmentTermsASignedTextCallsForAreItsSignersOwn(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania have signed an agreement on border security.\n" +
			"The agreement calls for increased cooperation to pay compensation for flood damage.\n" +
			"The agreement calls for joint patrols.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE,country:RUR", "", "other", "signed"},
		{"country:FRE,country:RUR", "", "other", "signed"},
		{"country:FRE,country:RUR", "", "other", "signed"},
	})
	// a person who calls for more asks others: no commitment of the text
	got = commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg calls for increased funding of the flood defences.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	checkCommits(t, got, nil)
}

func TestCommitmentAccordBetweenTwoPartiesOnATerm(t *testing.T) {
	ms := []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}}
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Diplomats welcomed the consensus between Freedonia and Ruritania on the UN-proposed border regime.\n",
		mentions: ms,
	})
	// a hyphenated "UN-proposed" describes the regime: no proposal
	checkCommits(t, got, []wantCommit{{"country:FRE,country:RUR", "", "other", "agreed"}})
	got = commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Diplomats welcomed the talks between Freedonia and Ruritania on the border regime.\n",
		mentions: ms,
	})
	checkCommits(t, got, nil)
}

func TestCommitmentTwoSumsForTwoObjectsAndAidForAnArmy(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia pledged 50 million dollars in budget aid and 20 million dollars in aid for the Lakeland Army.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Lakeland Army", "org:lakeland-army", "organization", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "", "financial support", "agreed"},
		{"country:FRE", "org:lakeland-army", "military support", "agreed"},
	})
	// one sum with two objects stays one commitment
	got = commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia pledged 50 million dollars in budget aid and loans.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "", "financial support", "agreed"}})
}
