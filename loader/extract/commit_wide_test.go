package extract

import "testing"

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
	a.Result.Persons = append(a.Result.Persons, Entity{ID: "person:anna-berg", Name: "Anna Berg", Kind: "person",
		RoleDetails: []Role{{Label: "Prime Minister of Freedonia", OfID: "country:FRE", OfName: "Freedonia"}}})
	runFactStages(t, a)
	checkCommits(t, a.Result.Commitments, []wantCommit{{"person:anna-berg,country:FRE", "country:RUR", "financial support", "agreed"}})
}
