package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

// Tests of sentences telling several events: the parts of a sentence,
// gatherings held on the sidelines of another, coordinated parts.

func TestEventNamedAttackAmongUndatedStrikes(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-05-10",
		body:     "Missile strikes across the border followed the Ostrava bomb attack, which Freedonia blamed on rebels.\n",
		mentions: []factMention{{"Ostrava", "place:ostrava", "place", ""}, {"Freedonia", "country:FRE", "country", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "attack" || evs[0].Place == nil || *evs[0].Place != "Ostrava" {
		t.Fatalf("events = %+v, want only the attack named by its place", evs)
	}
}

func TestEventToldAgainWithItsDateAfterPlace(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-08-19",
		body: "Anna Berg met Ola Lind in Nome to discuss fishing rights.\n" +
			"Anna Berg had previously backed the plan but changed course after meeting Ola Lind on Friday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Nome", "place:nome", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		dates: []factDate{{"Friday", "2026-08-14"}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].Date == nil || *evs[0].Date != "2026-08-14" || evs[0].Place == nil || *evs[0].Place != "Nome" {
		t.Fatalf("events = %+v, want one meeting in Nome on Friday", evs)
	}
}

func TestEventOfAKindIsNoOccurrence(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-08-19",
		body:     "Freedonia said on Monday it was ready for such a meeting with Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		dates:    []factDate{{"on Monday", "2026-08-17"}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventVisitToldRelativeToASummit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-12-01",
		body:     "Queen Mara is due to address the summit today after arriving in Lisbon yesterday.\n",
		mentions: []factMention{{"Queen Mara", "person:mara", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		dates:    []factDate{{"today", "2026-12-01"}, {"yesterday", "2026-11-30"}},
	})
	var visit *model.Event
	for k := range evs {
		if evs[k].Type == "visit" {
			visit = &evs[k]
		}
	}
	if visit == nil || visit.Date == nil || *visit.Date != "2026-11-30" || visit.Place == nil || *visit.Place != "Lisbon" || len(visit.Participants) != 1 {
		t.Fatalf("events = %+v, want her visit to Lisbon of the day before", evs)
	}
}

func TestEventTalksOnTheSidelinesOfASummit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-12",
		body: "Leaders of the Harbour League opened their summit in Lisbon on Friday.\n" +
			"Anna Berg held talks with Ola Lind on the sidelines of the conference.\n" +
			"Freedonia and Ruritania co-hosted the meeting on the margins of the Harbour League summit.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}},
		dates: []factDate{{"on Friday", "2026-06-12"}},
	})
	types := map[string]int{}
	for _, ev := range evs {
		types[ev.Type]++
		if ev.Type == "talks" && len(ev.Participants) != 2 {
			t.Errorf("talks = %+v, want the two of them only", ev)
		}
	}
	if types["talks"] != 1 || types["summit"] != 2 || len(evs) != 3 {
		t.Fatalf("events = %+v, want the summit, the talks beside it, and the summit the last meeting is beside", evs)
	}
}

func TestEventLineLeadingAQuoteIsASentence(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "The conference closed with new pledges.\n" +
			"Following talks with Ola Lind in Lisbon, Anna Berg said\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
	}
	a := f.analysis(t)
	a.Sents[1].Kind = "heading"
	runFactStages(t, a)
	if evs := a.Result.Events; len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].Participants) != 2 {
		t.Fatalf("events = %+v, want the talks of the line cut before its quote", evs)
	}
}

func TestEventCoordinatedPartsShareTheirPlace(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-04",
		body: "Anna Berg held a meeting with Ola Lind and a news conference in Lisbon on Tuesday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"on Tuesday", "2026-03-03"}},
	})
	if len(evs) != 2 {
		t.Fatalf("events = %+v, want the meeting and the news conference", evs)
	}
	for _, ev := range evs {
		if ev.Place == nil || *ev.Place != "Lisbon" || ev.Date == nil || *ev.Date != "2026-03-03" {
			t.Errorf("%s at %v on %v, want Lisbon on Tuesday", ev.Type, ev.Place, ev.Date)
		}
	}
}

func TestEventMeetingAndCoordinatedSigning(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-11",
		body: "Anna Berg met Ola Lind at the Old Palace on Monday and the two leaders signed a security agreement.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Old Palace", "place:old-palace", "place", ""}},
		dates: []factDate{{"on Monday", "2026-03-09"}},
	})
	if len(evs) != 2 || evs[0].Type != "meeting" || evs[1].Type != "signing" {
		t.Fatalf("events = %+v, want the meeting and the signing", evs)
	}
	if sg := evs[1]; len(sg.Participants) != 2 || sg.Place == nil || *sg.Place != "Old Palace" {
		t.Errorf("signing = %+v, want both leaders at the Old Palace", sg)
	}
}

func TestEventGappedMeetingsOnTwoDays(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-11-20",
		body: "Anna Berg met Ola Lind on Wednesday and Ivo Kral in Lisbon on Thursday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Ivo Kral", "person:ivo-kral", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"on Wednesday", "2026-11-18"}, {"on Thursday", "2026-11-19"}},
	})
	if len(evs) != 2 || *evs[0].Date != "2026-11-18" || *evs[1].Date != "2026-11-19" || evs[1].Place == nil ||
		evs[0].ParticipantIDs[1] != "person:ola-lind" || evs[1].ParticipantIDs[1] != "person:ivo-kral" || len(evs[1].ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want two meetings, one a day", evs)
	}
}

func TestEventPartsToldAsEarlier(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-08-19",
		body: "Anna Berg hosted a summit at the Old Palace on Monday, two days after she met Ola Lind in Nome and months after a tense meeting where Ivo Kral criticised her.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Old Palace", "place:old-palace", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Nome", "place:nome", "place", ""}, {"Ivo Kral", "person:ivo-kral", "person", ""}},
		dates: []factDate{{"on Monday", "2026-08-17"}},
	})
	if len(evs) != 2 || evs[0].Type != "summit" || evs[1].Type != "meeting" || evs[1].Place == nil || *evs[1].Place != "Nome" {
		t.Fatalf("events = %+v, want the summit and the earlier meeting in Nome, not the background one", evs)
	}
	for _, p := range evs[0].ParticipantIDs {
		if p == "person:ivo-kral" || p == "person:ola-lind" {
			t.Errorf("summit participants = %v, want none of the earlier meetings", evs[0].ParticipantIDs)
		}
	}
}

func TestEventTwoSummitsAndTheLastOneToldAgain(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-26",
		body: "After the Harbour summit in Lisbon on Tuesday, leaders flew to Oslo for the Northern summit on Wednesday.\n" +
			"Anna Berg told a news conference after the summit that allies had agreed to spend more.\n" +
			"Ola Lind left the Harbour summit early to return to Nome.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}, {"Oslo", "place:oslo", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Nome", "place:nome", "place", ""}},
		dates: []factDate{{"on Tuesday", "2026-06-23"}, {"on Wednesday", "2026-06-24"}},
	})
	if len(evs) != 3 {
		t.Fatalf("events = %+v, want two summits and the news conference", evs)
	}
	var oslo, conf *model.Event
	for k := range evs {
		switch {
		case evs[k].Type == "summit" && evs[k].PlaceID == "place:oslo":
			oslo = &evs[k]
		case evs[k].Type == "press conference":
			conf = &evs[k]
		case evs[k].Type == "summit" && evs[k].PlaceID != "place:lisbon":
			t.Errorf("summit at %q, want Lisbon or Oslo only", evs[k].PlaceID)
		}
	}
	if oslo == nil || conf == nil || len(conf.ParticipantIDs) != 1 {
		t.Fatalf("events = %+v, want the Oslo summit and Berg's news conference", evs)
	}
	if !slices.Contains(oslo.ParticipantIDs, "person:anna-berg") {
		t.Errorf("Oslo summit participants = %v, want Berg (\"the summit\" is the last one told)", oslo.ParticipantIDs)
	}
}
