package extract

import "testing"

func TestEventPlaceOfAnotherClauseIsNotTheEvents(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		mentions   []factMention
		typ        string
	}{
		{"modal", "A loan agreed at a meeting of Anna Berg and Ola Lind will fund a new port in Varna.\n",
			[]factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Varna", "place:varna", "place", ""}},
			"meeting"},
		{"infinitive", "Freedonia and Ruritania signed a fisheries pact to curb overfishing in the Amber Sea.\n",
			[]factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Amber Sea", "place:amber-sea", "place", ""}},
			"signing"},
		{"relative pronoun", "Anna Berg met Ola Lind, who grew up in Varna, to discuss fishing.\n",
			[]factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Varna", "place:varna", "place", ""}},
			"meeting"},
	} {
		_, evs := eventsOf(t, factDoc{kind: "secondary", date: "2026-03-03", body: tc.body, mentions: tc.mentions})
		ev := eventOfType(evs, tc.typ)
		if ev == nil || ev.Place != nil {
			t.Errorf("%s: events = %+v, want the %s without the other clause's place", tc.name, evs, tc.typ)
		}
	}
}

func TestEventPlaceOfItsOwnClauseStays(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-03",
		body: "Anna Berg met Ola Lind in Varna to discuss the port, which will open in May.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Varna", "place:varna", "place", ""}},
	})
	if len(evs) != 1 || evs[0].PlaceID != "place:varna" {
		t.Fatalf("events = %+v, want the meeting in Varna", evs)
	}
}
