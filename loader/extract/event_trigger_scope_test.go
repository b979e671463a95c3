package extract

import "testing"

func TestEventLongerTriggerOfAnotherTypeWins(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-02-05",
		body:     "Anna Berg and Ola Lind agreed on the loan terms by video conference on Thursday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		dates:    []factDate{{"on Thursday", "2026-02-05"}},
	})
	if len(evs) != 1 || evs[0].Type != "talks" {
		t.Fatalf("events = %+v, want talks: a video conference is a call, not a conference", evs)
	}
}

func TestEventVisitWithoutAPlaceIsNone(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-02-05",
		body:     "The pact sets the rules for troops of Freedonia and Ruritania while one side is visiting the other.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if v := eventOfType(evs, "visit"); v != nil {
		t.Fatalf("events = %+v, want no visit: it goes nowhere the text names", evs)
	}
	_, evs = eventsOf(t, factDoc{
		kind: "secondary", date: "2026-02-05",
		body:     "Anna Berg is visiting Varna on Thursday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Varna", "place:varna", "place", ""}},
		dates:    []factDate{{"on Thursday", "2026-02-05"}},
	})
	if v := eventOfType(evs, "visit"); v == nil || v.PlaceID != "place:varna" {
		t.Fatalf("events = %+v, want the visit to Varna", evs)
	}
}

func TestEventSamePlaceAndDayIsOneOccasion(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-02-06",
		body: "Freedonia said it could not pledge at a conference in Varna on Thursday.\n" +
			"A funding conference in Varna on 5 February saw Ruritania and the Harbour League add cash.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Varna", "place:varna", "place", ""},
			{"Varna", "place:varna", "place", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}},
		dates: []factDate{{"on Thursday", "2026-02-05"}, {"on 5 February", "2026-02-05"}},
	})
	if len(evs) != 1 || len(evs[0].ParticipantIDs) != 3 {
		t.Fatalf("events = %+v, want one conference in Varna with the three parties", evs)
	}
}
