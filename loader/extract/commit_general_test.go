package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/commitments"
	"github.com/kg-project/kg/loader/extract/model"
)

// Tests of the general rules that decide a commitment's kind, beneficiary,
// condition, status and horizon. Texts are invented; Ruritania and
// Freedonia are not in the gazetteer on purpose.

func TestCommitmentKindIsTheObjectNotTheAmount(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will supply Ruritania with 300 million dollars' worth of artillery ammunition.\n" +
			"Freedonia will provide 300 million dollars to Ruritania's budget.\n" +
			"Freedonia will provide Ruritania with 12 training aircraft.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "financial support", "agreed"},
		{"country:FRE", "country:RUR", "military support", "agreed"},
	})
}

func TestCommitmentMissionKindOutranksEquipment(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will contribute drones to monitor a truce in Ruritania.\n" +
			"Freedonia will contribute soldiers to a multinational force for Ruritania.\n" +
			"Freedonia will send 500 troops to a future monitoring mission in Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "ceasefire monitoring", "agreed"},
		{"country:FRE", "country:RUR", "multinational force", "agreed"},
		{"country:FRE", "country:RUR", "troop deployment", "agreed"},
	})
}

func TestCommitmentBeneficiaryOfGivingVerbs(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged to give Ruritania 40 howitzers.\n" +
			"Freedonia will lend Ruritania 2 billion euros.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "financial support", "agreed"},
	})
}

func TestCommitmentReadinessIsAnOfferWithItsCondition(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia is ready to station troops in Ruritania after a peace deal.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "troop deployment", "proposed"}})
	if c := got[0].Condition; c == nil || *c != "after a peace deal" {
		t.Errorf("condition = %v, want after a peace deal", c)
	}
}

func TestCommitmentTimeReferenceIsNoCondition(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "After the meeting, Freedonia pledged to send 50 tanks to Ruritania.\n" +
			"Freedonia will not send soldiers to Ruritania, even after a ceasefire is agreed.\n" +
			"Freedonia will impose sanctions on Ruritania when the attack ends.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "troop deployment", "denied"},
		{"country:FRE", "", "sanctions", "agreed"},
	})
	if got[0].Condition != nil || got[1].Condition != nil {
		t.Errorf("conditions = %v, %v; want none (a time reference, a concession)", got[0].Condition, got[1].Condition)
	}
	if c := got[2].Condition; c == nil || *c != "when the attack ends" {
		t.Errorf("condition = %v, want when the attack ends", c)
	}
}

func TestCommitmentStatusOwnOfficialAndThirdParty(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Freedonia could send 100 howitzers to Ruritania, Anna Berg said.\n" +
			"Freedonia will send 200 instructors to Ruritania, Anna Berg said.\n" +
			"Freedonia will send 300 trucks of ammunition to Ruritania, officials in Ruritania said.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}
	a := f.analysis(t)
	// the text names her Defence Minister of Freedonia
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:anna-berg", Name: "Anna Berg",
		RoleDetails: []model.Role{{Label: "Defence Minister of Freedonia", OfID: "country:FRE"}}})
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "proposed"},
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "military support", "reported"},
	})
}

func TestCommitmentDraftOnlyWhereTheDraftSpeaks(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Under a draft declaration, Freedonia would send air defence systems to Ruritania.\n" +
			"Separately, Freedonia pledged to lend Ruritania 2 billion euros.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "draft"},
		{"country:FRE", "country:RUR", "financial support", "agreed"},
	})
}

func TestCommitmentUnderASignedAgreement(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania signed a defence agreement on Monday.\n" +
			"Under the agreement, Freedonia will provide Ruritania with 30 tanks.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	// the pact itself is a commitment of both (defence pacts: defence
	// cooperation), and what is provided under it is signed too
	checkCommits(t, got, []wantCommit{
		{"country:FRE,country:RUR", "", "defence cooperation", "signed"},
		{"country:FRE", "country:RUR", "military support", "signed"},
	})
}

func TestCommitmentHorizon(t *testing.T) {
	for text, want := range map[string]string{
		"will fund the army for up to 15 years":          "up to 15 years",
		"will lend 2 billion euros over ten years":       "over ten years",
		"will pay salaries until 2030":                   "until 2030",
		"will send tanks in the second half of the year": "",
	} {
		if got := commitments.HorizonOf(text); got != want {
			t.Errorf("horizonOf(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestCommitmentPronounWithAlsoIsANewCommitment(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will provide Ruritania with 30 tanks.\n" +
			"It will also help Ruritania rebuild its power grid.\n" +
			"These tanks will arrive in May.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "other", "agreed"},
	})
}

func TestCommitmentCountedItemsAreANewCommitment(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Freedonia will supply Ruritania with artillery ammunition, Anna Berg said.\n" +
			"Two air defence systems will follow in May, she said.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
	}
	a := f.analysis(t)
	a.Result.Persons = append(a.Result.Persons, model.Entity{ID: "person:anna-berg", Name: "Anna Berg",
		RoleDetails: []model.Role{{Label: "Defence Minister of Freedonia", OfID: "country:FRE"}}})
	runFactStages(t, a)
	// the speaker's state commits to the counted items; they are not the
	// ammunition told before
	checkCommits(t, a.Result.Commitments, []wantCommit{
		{"country:FRE", "country:RUR", "military support", "agreed"},
		{"country:FRE", "country:RUR", "military support", "agreed"},
	})
}

func TestCommitmentNoneForHostileActsNounsOrGenericAgents(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia continues to delay the talks and carry out raids on Ruritania.\n" +
			"Ruritania stressed the role of financial aid, arms supplies and local production.\n" +
			"Guarantees must come from those who seek and provide them, Ruritania said.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, nil)
}

func TestCommitmentByTheActorsOfAnOffer(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg welcomed offers from Freedonia to supply long-range missiles to Ruritania.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "country:RUR", "military support", "reported"}})
}

func TestCommitmentDeterringAggressionIsNoAfterAttackCommitment(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia committed to provide training to Ruritania to deter aggression.\n" +
			"Freedonia committed to provide assistance to Ruritania in the event of another attack.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "defence cooperation", "agreed"},
		{"country:FRE", "country:RUR", "binding commitment after attack", "agreed"},
	})
}

func TestCommitmentVerblessDenialAndSigning(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "However, countries like Freedonia and Ruritania have ruled out troop deployment.\n" +
			"Freedonian President Anna Berg and Ruritania's President Ola Lind signed a declaration on the deployment of troops in Estland.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonian", "country:FRE", "country", "adjective"}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Estland", "country:EST", "country", ""}},
	})
	if len(got) != 2 {
		t.Fatalf("commitments = %+v, want the denial and the signing", got)
	}
	if got[0].Status != "denied" || len(got[0].ByIDs) != 2 || got[0].ByIDs[0] != "country:FRE" || got[0].Kind != "troop deployment" {
		t.Errorf("first = %v %s %s, want a troop deployment denied by both countries", got[0].ByIDs, got[0].Kind, got[0].Status)
	}
	if got[1].Status != "signed" || len(got[1].ByIDs) != 2 || got[1].ByIDs[0] != "person:anna-berg" || got[1].ToID != "country:EST" {
		t.Errorf("second = %v -> %v %s, want signed by both presidents for Estland", got[1].ByIDs, got[1].ToID, got[1].Status)
	}
}

func TestCommitmentConditionMarkersNeedATrigger(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Following a ceasefire, Freedonia will send troops to Ruritania.\n" +
			"Ruritania will provide weapons and sanctions for Estland if it attacks Freedonia again.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Estland", "country:EST", "country", ""}, {"Freedonia", "country:FRE", "country", ""}},
	})
	if len(got) != 2 {
		t.Fatalf("commitments = %+v, want two", got)
	}
	if got[0].Condition == nil || !strings.HasPrefix(*got[0].Condition, "Following a ceasefire") {
		t.Errorf("first condition = %v, want the ceasefire", got[0].Condition)
	}
	if got[1].ToID == "country:EST" {
		t.Errorf("second beneficiary = Estland, the target of the sanctions")
	}
	got = commitmentsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia will fund the budget of Ruritania, while officials said talks go on.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(got) != 1 || got[0].Condition != nil {
		t.Errorf("commitments = %+v, want one without condition: \"while\" contrasts here", got)
	}
}

func TestCommitmentOfATextAfterAFrontedAdverbial(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League adopted a declaration on Tuesday.\n" +
			"In addition, it calls for the creation of a multinational force on land, and establishes a legal commitment " +
			"from the allies to support Ruritania in the event of a new attack.\n" +
			"Anna Berg called for more air defence for Ruritania.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		// an adopted declaration: agreed
		{"org:harbour-league", "country:RUR", "multinational force", "agreed"},
		{"org:harbour-league", "country:RUR", "binding commitment after attack", "agreed"},
	})
}

func TestCommitmentReferringBackToNothingStandsAlone(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League adopted a declaration on Tuesday.\n" +
			"This declaration outlines their commitment to deploying a multinational force in Ruritania.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(got) != 1 || got[0].Kind != "multinational force" || len(got[0].ByIDs) != 1 || got[0].ByIDs[0] != "org:harbour-league" {
		t.Fatalf("commitments = %+v, want the League's multinational force", got)
	}
}

func TestCommitmentSubjectOfAThatClause(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League met on Monday.\n" +
			"\u201cWe welcome the statement that Freedonia is prepared to give security guarantees to Ruritania,\u201d the leaders said.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(got) != 1 || len(got[0].ByIDs) != 1 || got[0].ByIDs[0] != "country:FRE" {
		t.Fatalf("commitments = %+v, want Freedonia's", got)
	}
}

func TestCommitmentSubjectOfASubordinateClause(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League met on Monday.\n" +
			"The member states failed to agree on the package when Freedonia and Ruritania refused to support new sanctions.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(got) != 1 || len(got[0].ByIDs) != 2 || got[0].ByIDs[0] != "country:FRE" || got[0].Status != "denied" {
		t.Fatalf("commitments = %+v, want the refusal of Freedonia and Ruritania", got)
	}
}

func TestCommitmentNoneWhereTheSpeakerOnlyTalksAboutSomething(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia said such a plan could only work once reliable monitoring was in place.\n" +
			"Anna Berg stressed the need for progress, suggesting that these guarantees could take various forms, including training for Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, nil)
}

func TestCommitmentReportedSpeechThreatsAndDecisions(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia said it would send 200 troops to Ruritania.\n" +
			"Freedonia said it would send 300 more troops to Ruritania if Ruritania asks.\n" +
			"Ola Lind said Estland would treat any foreign troops in Ruritania as legitimate targets.\n" +
			"Harbour League ministers agreed on Thursday to raise ammunition production for Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Estland", "country:EST", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	var got2 []string
	for _, c := range got {
		got2 = append(got2, strings.Join(c.ByIDs, "+")+" "+c.Status)
	}
	// "would" of reported speech agrees, unless a condition makes an
	// offer; a threat is no commitment; a decision commits its body
	want := []string{"country:FRE agreed", "country:FRE proposed", "org:harbour-league agreed"}
	if strings.Join(got2, "|") != strings.Join(want, "|") {
		t.Errorf("commitments = %q, want %q", got2, want)
	}
}

func TestCommitmentAidWithoutRecipientGoesToTheTextsOnlyState(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Ruritania adopted its reform plan on Monday.\n" +
			"The Harbour Fund will disburse 2 billion euros in loans.\n",
		mentions: []factMention{{"Ruritania", "country:RUR", "country", ""}, {"Harbour Fund", "org:harbour-fund", "organization", ""}},
	})
	checkCommits(t, got, []wantCommit{{"org:harbour-fund", "country:RUR", "financial support", "agreed"}})
	// a second state named: the recipient stays open
	got = commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Ruritania and Freedonia adopted their reform plans on Monday.\n" +
			"The Harbour Fund will disburse 2 billion euros in loans.\n",
		mentions: []factMention{{"Ruritania", "country:RUR", "country", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Harbour Fund", "org:harbour-fund", "organization", ""}},
	})
	checkCommits(t, got, []wantCommit{{"org:harbour-fund", "", "financial support", "agreed"}})
}

func TestCommitmentAdjectiveAfterToMakesNoUsualRecipient(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Analysts call the talks crucial to Ruritanian ambitions.\n" +
			"Freedonia will lend 2 billion euros.\n",
		mentions: []factMention{{"Ruritanian", "country:RUR", "country", "adjective"}, {"Freedonia", "country:FRE", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{{"country:FRE", "", "financial support", "agreed"}})
}

func TestCommitmentNonPrefixNegatesTheKind(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia pledged 2 billion dollars in non-military aid to Ruritania.\n" +
			"Freedonia pledged 2 billion dollars in military aid to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "financial support", "agreed"},
		{"country:FRE", "country:RUR", "military support", "agreed"},
	})
}

func TestCommitmentIntentionAndInabilityStatus(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia announced its intention to pledge 40 million dollars to Ruritania.\n" +
			"Freedonia said it was not in a position to pledge funds to Ruritania.\n" +
			"Freedonia has yet to agree to provide loans to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"country:FRE", "country:RUR", "financial support", "proposed"},
		{"country:FRE", "country:RUR", "financial support", "denied"},
		{"country:FRE", "country:RUR", "financial support", "proposed"},
	})
}

func TestCommitmentKindKeywordAsAdjective(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will provide 50 million dollars to Ruritania, contingent on Ruritania following agreed measures.\n" +
			"Freedonia will send a military contingent to Ruritania.\n" +
			"Freedonia and Ruritania signed a security pact.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	want := []string{"financial support", "troop deployment", "defence cooperation"}
	if len(got) != len(want) {
		t.Fatalf("got %d commitments, want %d", len(got), len(want))
	}
	for i, c := range got {
		if c.Kind != want[i] {
			t.Errorf("commitment %d (%s) kind %q, want %q", i, c.What, c.Kind, want[i])
		}
	}
}
