package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/model"

func eventsOf(t *testing.T, f factDoc) (*model.Analysis, []model.Event) {
	t.Helper()
	a := f.analysis(t)
	runFactStages(t, a)
	for _, ev := range a.Result.Events {
		checkEvidence(t, a, "event "+ev.Type, ev.Evidence)
	}
	return a, a.Result.Events
}

func TestEventsMergeIntoOneSummit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-01-10",
		body: "NATO leaders are meeting in Lisbon on Monday to discuss air defence.\n" +
			"Prime Minister Luis Montenegro will host the summit at the Belem Palace.\n" +
			"Finland will also be present.\n" +
			"Last week Norway and Sweden held talks on fishing quotas.\n" +
			"A missile attack could follow in the future.\n",
		mentions: []factMention{{"NATO", "org:nato", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Luis Montenegro", "person:luis-montenegro", "person", ""}, {"Belem Palace", "place:belem-palace", "place", ""},
			{"Finland", "country:FIN", "country", ""}, {"Norway", "country:NOR", "country", ""}, {"Sweden", "country:SWE", "country", ""}},
		dates: []factDate{{"on Monday", "2026-01-12"}},
	})
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
}

func TestEventsSkipHistoryAndSayingDates(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-01-10",
		body: "The two presidents met in Vienna on 4 May 2021.\n" +
			"Anna Berg said on Friday that Austria was ready to host talks with Serbia.\n" +
			"Officials familiar with the talks declined to comment.\n",
		mentions: []factMention{{"Vienna", "place:vienna", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Austria", "country:AUT", "country", ""}, {"Serbia", "country:SRB", "country", ""}},
		dates: []factDate{{"4 May 2021", "2021-05-04"}, {"on Friday", "2026-01-09"}},
	})
	if len(evs) != 1 {
		t.Fatalf("got %d events, want only the talks: %+v", len(evs), evs)
	}
	if evs[0].Type != "talks" || evs[0].Date != nil {
		t.Errorf("talks = %s dated %v, want undated (Friday dates the saying)", evs[0].Type, evs[0].Date)
	}
}
