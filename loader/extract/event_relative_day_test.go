package extract

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

// eventOfType is the first event of type typ, nil when none.
func eventOfType(evs []model.Event, typ string) *model.Event {
	for k := range evs {
		if evs[k].Type == typ {
			return &evs[k]
		}
	}
	return nil
}

func TestEventDayOffsetFromTheReportsDayBefore(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-12",
		body: "Freedonia will buy four ferries from Ruritania, the two governments said on Friday.\n" +
			"The purchase came a day after Freedonia and Ruritania signed a trade agreement.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		dates: []factDate{{"on Friday", "2026-06-12"}},
	})
	sg := eventOfType(evs, "signing")
	if sg == nil || sg.Date == nil || *sg.Date != "2026-06-11" {
		t.Fatalf("events = %+v, want the signing on the day before the report", evs)
	}
}

func TestEventDayOffsetNotFromAnEarlierDay(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-15",
		body: "Freedonia will buy four ferries from Ruritania, the two governments said on Friday.\n" +
			"The purchase came a day after Freedonia and Ruritania signed a trade agreement.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		dates: []factDate{{"on Friday", "2026-06-12"}},
	})
	sg := eventOfType(evs, "signing")
	if sg == nil || sg.Date != nil {
		t.Fatalf("events = %+v, want the signing undated: the day before is not the report's", evs)
	}
}

func TestEventDaysLaterAndTheNextDay(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Anna Berg met Ola Lind in Lisbon on Monday.\nTwo days later, Anna Berg and Ola Lind signed an agreement on fisheries.\n", "2026-03-04"},
		{"Anna Berg met Ola Lind in Lisbon on Monday.\nThe next day, Anna Berg and Ola Lind signed an agreement on fisheries.\n", "2026-03-03"},
		{"Anna Berg met Ola Lind in Lisbon on Monday.\nA day earlier, Anna Berg and Ola Lind had signed an agreement on fisheries.\n", "2026-03-01"},
	} {
		_, evs := eventsOf(t, factDoc{
			kind: "secondary", date: "2026-03-02",
			body: tc.body,
			mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
				{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
			dates: []factDate{{"on Monday", "2026-03-02"}},
		})
		sg := eventOfType(evs, "signing")
		if sg == nil || sg.Date == nil || *sg.Date != tc.want {
			t.Errorf("%q: events = %+v, want the signing on %s", tc.body, evs, tc.want)
		}
	}
}

func TestEventDatedByTheReportThatFollows(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-09-04",
		body: "A meeting of the Harbour League opened in Varna.\nThis was reported by the Varna Courier on Friday, September 4.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Varna", "place:varna", "place", ""},
			{"Varna Courier", "org:varna-courier", "organization", ""}},
		dates: []factDate{{"Friday, September 4", "2026-09-04"}},
	})
	if len(evs) != 1 || evs[0].Date == nil || *evs[0].Date != "2026-09-04" {
		t.Fatalf("events = %+v, want the meeting on the day of the report", evs)
	}
}
