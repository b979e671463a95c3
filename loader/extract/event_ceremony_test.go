package extract

import "testing"

func TestEventWreathLayingIsACeremony(t *testing.T) {
	for _, body := range []string{
		"Anna Berg laid a wreath at the Old Palace on Monday.\n",
		"Anna Berg attended a wreath-laying ceremony at the Old Palace on Monday.\n",
	} {
		_, evs := eventsOf(t, factDoc{
			kind: "secondary", date: "2026-03-03", body: body,
			mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Old Palace", "place:old-palace", "place", ""}},
			dates:    []factDate{{"on Monday", "2026-03-02"}},
		})
		ev := eventOfType(evs, "other")
		if ev == nil || ev.PlaceID != "place:old-palace" || ev.Date == nil || *ev.Date != "2026-03-02" || len(ev.ParticipantIDs) != 1 {
			t.Errorf("%q: events = %+v, want the ceremony at the Old Palace on Monday", body, evs)
		}
	}
}

func TestEventVisitAfterAModalIsNone(t *testing.T) {
	for _, tc := range []struct {
		body string
		want int
	}{
		{"Anna Berg could visit Varna on Monday.\n", 0},
		{"Anna Berg invited Ola Lind to visit Varna on Monday.\n", 0},
		{"Anna Berg visited Varna on Monday.\n", 1},
	} {
		_, evs := eventsOf(t, factDoc{
			kind: "secondary", date: "2026-03-03", body: tc.body,
			mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Varna", "place:varna", "place", ""}},
			dates:    []factDate{{"on Monday", "2026-03-02"}},
		})
		if n := len(evs); n != tc.want {
			t.Errorf("%q: events = %+v, want %d", tc.body, evs, tc.want)
		}
	}
}
