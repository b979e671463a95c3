package extract

import "testing"

func TestCommitmentIDIgnoresOrderAndWording(t *testing.T) {
	a := commitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "military support", false)
	b := commitmentID([]string{"country:DEU", "country:FRA"}, "country:UKR", "military support", false)
	if a != b {
		t.Errorf("same commitment, two ids: %s %s", a, b)
	}
	for _, c := range []string{
		commitmentID([]string{"country:FRA"}, "country:UKR", "military support", false),
		commitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "financial support", false),
		commitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "military support", true),
		distinctID(a, "access to depots"),
	} {
		if c == a {
			t.Errorf("different commitment, same id %s", c)
		}
	}
	if distinctID(a, "Access to the depots") != distinctID(a, "depots access") {
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
	if got := eventID("press conference", "", "", nil); got != "event:press-conference-undated-unplaced" {
		t.Errorf("got %q", got)
	}
	a := eventID("meeting", "2026-01-06", "place:paris", []string{"person:b", "person:a", "person:c"})
	b := eventID("meeting", "2026-01-06", "place:paris", []string{"person:a", "person:b"})
	if a != b || a != "event:meeting-2026-01-06-paris-a+b" {
		t.Errorf("got %q and %q", a, b)
	}
}

func TestWhatSignature(t *testing.T) {
	if whatSignature("The Forces of the Coalition") != whatSignature("coalition force") {
		t.Error("plural and case should not matter")
	}
}
