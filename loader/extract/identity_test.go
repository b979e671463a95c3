package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/model"

func TestCommitmentIDIgnoresOrderAndWording(t *testing.T) {
	a := model.CommitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "military support", false)
	b := model.CommitmentID([]string{"country:DEU", "country:FRA"}, "country:UKR", "military support", false)
	if a != b {
		t.Errorf("same commitment, two ids: %s %s", a, b)
	}
	for _, c := range []string{
		model.CommitmentID([]string{"country:FRA"}, "country:UKR", "military support", false),
		model.CommitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "financial support", false),
		model.CommitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "military support", true),
		model.DistinctID(a, "access to depots"),
	} {
		if c == a {
			t.Errorf("different commitment, same id %s", c)
		}
	}
	if model.DistinctID(a, "Access to the depots") != model.DistinctID(a, "depots access") {
		t.Error("distinct ids should not depend on word order or case")
	}
}

// TestCommitmentIDAcrossDocuments: a draft reported by one text and the
// statement itself give their commitment one id, whatever the wording.
func TestCommitmentIDAcrossDocuments(t *testing.T) {
	mentions := []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Moldova", "country:MDA", "country", ""}}
	draft := commitmentsOf(t, factDoc{kind: "secondary", mentions: mentions,
		body: "A draft statement of the Harbour League says members will fund repairs of the port for Moldova.\n"})
	final := commitmentsOf(t, factDoc{kind: "primary", mentions: mentions,
		body: "Statement of the Harbour League\nWe agreed to finance the rebuilding of the port for Moldova.\n"})
	if len(draft) != 1 || len(final) != 1 {
		t.Fatalf("got %d and %d commitments", len(draft), len(final))
	}
	if draft[0].ID != final[0].ID || draft[0].Status != "draft" || final[0].Status != "agreed" {
		t.Errorf("draft %s (%s), statement %s (%s)", draft[0].ID, draft[0].Status, final[0].ID, final[0].Status)
	}
}

func TestEventIDFromWhatHappened(t *testing.T) {
	if got := model.EventID("press conference", "", "", nil); got != "event:press-conference-undated-unplaced" {
		t.Errorf("got %q", got)
	}
	a := model.EventID("meeting", "2026-01-06", "place:paris", []string{"person:b", "person:a", "person:c"})
	b := model.EventID("meeting", "2026-01-06", "place:paris", []string{"person:a", "person:b"})
	if a != b || a != "event:meeting-2026-01-06-paris-a+b" {
		t.Errorf("got %q and %q", a, b)
	}
}

func TestWhatSignature(t *testing.T) {
	if model.WhatSignature("The Forces of the Coalition") != model.WhatSignature("coalition force") {
		t.Error("plural and case should not matter")
	}
}
