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
