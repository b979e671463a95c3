package extract

import "testing"

func TestCommitmentIDIgnoresOrder(t *testing.T) {
	a := commitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "military support", "continued long-term military assistance")
	b := commitmentID([]string{"country:DEU", "country:FRA"}, "country:UKR", "military support", "long-term military assistance, continued")
	if a != b {
		t.Errorf("same commitment, two ids: %s %s", a, b)
	}
	if c := commitmentID([]string{"country:FRA"}, "country:UKR", "military support", "continued long-term military assistance"); c == a {
		t.Error("different actors, same id")
	}
	if c := commitmentID([]string{"country:FRA", "country:DEU"}, "country:UKR", "financial support", "continued long-term military assistance"); c == a {
		t.Error("different kinds, same id")
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
