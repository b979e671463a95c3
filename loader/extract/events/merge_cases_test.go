package events_test

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/internal/extracttest"
	"github.com/kg-project/kg/loader/extract/model"
)

// TestEventMerging runs the cases of mergeEventCases, one subtest each.
func TestEventMerging(t *testing.T) { runEventCases(t, mergeEventCases) }

var mergeEventCases = []eventCase{
	{"EventsMergeIntoOneSummit", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-01-10",
		Body: "NATO leaders are meeting in Lisbon on Monday to discuss air defence.\n" +
			"Prime Minister Luis Montenegro will host the summit at the Belem Palace.\n" +
			"Finland will also be present.\n" +
			"Last week Norway and Sweden held talks on fishing quotas.\n" +
			"A missile attack could follow in the future.\n",
		Mentions: []extracttest.Mention{{"NATO", "org:nato", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Luis Montenegro", "person:luis-montenegro", "person", ""}, {"Belem Palace", "place:belem-palace", "place", ""},
			{"Finland", "country:FIN", "country", ""}, {"Norway", "country:NOR", "country", ""}, {"Sweden", "country:SWE", "country", ""}},
		Dates: []extracttest.Date{{"on Monday", "2026-01-12"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 {
			t.Fatalf("got %d events, want the summit and the earlier talks: %+v", len(evs), evs)
		}
		s := evs[0]
		if s.Type != "summit" || s.Date == nil || *s.Date != "2026-01-12" || s.Place == nil || *s.Place != "Lisbon" {
			t.Errorf("summit = %s %v %v", s.Type, s.Date, s.Place)
		}
		want := map[string]bool{"org:nato": false, "person:luis-montenegro": false, "country:FIN": false}
		for _, p := range s.ParticipantIDs {
			if _, ok := want[p]; ok {
				want[p] = true
			}
		}
		for p, ok := range want {
			if !ok {
				t.Errorf("summit lacks participant %s: %v", p, s.ParticipantIDs)
			}
		}
		if len(s.Evidence) != 3 {
			t.Errorf("summit evidence = %d sentences, want 3", len(s.Evidence))
		}
		if s.ID != "event:summit-2026-01-12-lisbon-nato" {
			t.Errorf("summit id = %q", s.ID)
		}
		if evs[1].Type != "talks" || len(evs[1].Participants) != 2 {
			t.Errorf("earlier talks = %+v", evs[1])
		}
	}},
	{"EventsSkipHistoryAndSayingDates", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-01-10",
		Body: "The two presidents met in Vienna on 4 May 2021.\n" +
			"Anna Berg said on Friday that Austria was ready to host talks with Serbia.\n" +
			"Officials familiar with the talks declined to comment.\n",
		Mentions: []extracttest.Mention{{"Vienna", "place:vienna", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Austria", "country:AUT", "country", ""}, {"Serbia", "country:SRB", "country", ""}},
		Dates: []extracttest.Date{{"4 May 2021", "2021-05-04"}, {"on Friday", "2026-01-09"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 {
			t.Fatalf("got %d events, want only the talks: %+v", len(evs), evs)
		}
		if evs[0].Type != "talks" || evs[0].Date != nil {
			t.Errorf("talks = %s dated %v, want undated (Friday dates the saying)", evs[0].Type, evs[0].Date)
		}
	}},
	{"EventDayOffsetFromTheReportsDayBefore", dayAfterDoc("2026-06-12"), func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		sg := eventOfType(evs, "signing")
		if sg == nil || sg.Date == nil || *sg.Date != "2026-06-11" {
			t.Fatalf("events = %+v, want the signing on the day before the report", evs)
		}
	}},
	{"EventDayOffsetNotFromAnEarlierDay", dayAfterDoc("2026-06-15"), func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		sg := eventOfType(evs, "signing")
		if sg == nil || sg.Date != nil {
			t.Fatalf("events = %+v, want the signing undated: the day before is not the report's", evs)
		}
	}},
	{"EventDatedByTheReportThatFollows", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-09-04",
		Body: "A meeting of the Harbour League opened in Varna.\nThis was reported by the Varna Courier on Friday, September 4.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Varna", "place:varna", "place", ""},
			{"Varna Courier", "org:varna-courier", "organization", ""}},
		Dates: []extracttest.Date{{"Friday, September 4", "2026-09-04"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Date == nil || *evs[0].Date != "2026-09-04" {
			t.Fatalf("events = %+v, want the meeting on the day of the report", evs)
		}
	}},
}

// eventOfType is the first event of type typ, nil when none.
func eventOfType(evs []model.Event, typ string) *model.Event {
	for k := range evs {
		if evs[k].Type == typ {
			return &evs[k]
		}
	}
	return nil
}

func TestEventDaysLaterAndTheNextDay(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Anna Berg met Ola Lind in Lisbon on Monday.\nTwo days later, Anna Berg and Ola Lind signed an agreement on fisheries.\n", "2026-03-04"},
		{"Anna Berg met Ola Lind in Lisbon on Monday.\nThe next day, Anna Berg and Ola Lind signed an agreement on fisheries.\n", "2026-03-03"},
		{"Anna Berg met Ola Lind in Lisbon on Monday.\nA day earlier, Anna Berg and Ola Lind had signed an agreement on fisheries.\n", "2026-03-01"},
	} {
		_, evs := eventsOf(t, extracttest.FactDoc{
			Kind: "secondary", Date: "2026-03-02",
			Body: tc.body,
			Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
				{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
			Dates: []extracttest.Date{{"on Monday", "2026-03-02"}},
		})
		sg := eventOfType(evs, "signing")
		if sg == nil || sg.Date == nil || *sg.Date != tc.want {
			t.Errorf("%q: events = %+v, want the signing on %s", tc.body, evs, tc.want)
		}
	}
}

// dayAfterDoc is a report dated date of a signing "a day after" a saying
// on Friday, 12 June 2026.
func dayAfterDoc(date string) extracttest.FactDoc {
	return extracttest.FactDoc{
		Kind: "secondary", Date: date,
		Body: "Freedonia will buy four ferries from Ruritania, the two governments said on Friday.\n" +
			"The purchase came a day after Freedonia and Ruritania signed a trade agreement.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		Dates: []extracttest.Date{{"on Friday", "2026-06-12"}},
	}
}
