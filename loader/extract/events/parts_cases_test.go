package events_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/loader/extract/internal/extracttest"
	"github.com/kg-project/kg/loader/extract/model"
)

// Tests of sentences telling several events: the parts of a sentence,
// gatherings held on the sidelines of another, coordinated parts.

// TestEventParts runs the cases of partsEventCases, one subtest each.
func TestEventParts(t *testing.T) { runEventCases(t, partsEventCases) }

var partsEventCases = []eventCase{
	{"EventNamedAttackAmongUndatedStrikes", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-05-10",
		Body:     "Missile strikes across the border followed the Ostrava bomb attack, which Freedonia blamed on rebels.\n",
		Mentions: []extracttest.Mention{{"Ostrava", "place:ostrava", "place", ""}, {"Freedonia", "country:FRE", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "attack" || evs[0].Place == nil || *evs[0].Place != "Ostrava" {
			t.Fatalf("events = %+v, want only the attack named by its place", evs)
		}
	}},
	{"EventToldAgainWithItsDateAfterPlace", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-08-19",
		Body: "Anna Berg met Ola Lind in Nome to discuss fishing rights.\n" +
			"Anna Berg had previously backed the plan but changed course after meeting Ola Lind on Friday.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Nome", "place:nome", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		Dates: []extracttest.Date{{"Friday", "2026-08-14"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].Date == nil || *evs[0].Date != "2026-08-14" || evs[0].Place == nil || *evs[0].Place != "Nome" {
			t.Fatalf("events = %+v, want one meeting in Nome on Friday", evs)
		}
	}},
	{"EventOfAKindIsNoOccurrence", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-08-19",
		Body:     "Freedonia said on Monday it was ready for such a meeting with Ruritania.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		Dates:    []extracttest.Date{{"on Monday", "2026-08-17"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventVisitToldRelativeToASummit", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-12-01",
		Body:     "Queen Mara is due to address the summit today after arriving in Lisbon yesterday.\n",
		Mentions: []extracttest.Mention{{"Queen Mara", "person:mara", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		Dates:    []extracttest.Date{{"today", "2026-12-01"}, {"yesterday", "2026-11-30"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		var visit *model.Event
		for k := range evs {
			if evs[k].Type == "visit" {
				visit = &evs[k]
			}
		}
		if visit == nil || visit.Date == nil || *visit.Date != "2026-11-30" || visit.Place == nil || *visit.Place != "Lisbon" || len(visit.Participants) != 1 {
			t.Fatalf("events = %+v, want her visit to Lisbon of the day before", evs)
		}
	}},
	{"EventTalksOnTheSidelinesOfASummit", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-06-12",
		Body: "Leaders of the Harbour League opened their summit in Lisbon on Friday.\n" +
			"Anna Berg held talks with Ola Lind on the sidelines of the conference.\n" +
			"Freedonia and Ruritania co-hosted the meeting on the margins of the Harbour League summit.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}},
		Dates: []extracttest.Date{{"on Friday", "2026-06-12"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
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
	}},
	{"EventCoordinatedPartsShareTheirPlace", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-04",
		Body: "Anna Berg held a meeting with Ola Lind and a news conference in Lisbon on Tuesday.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"on Tuesday", "2026-03-03"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 {
			t.Fatalf("events = %+v, want the meeting and the news conference", evs)
		}
		for _, ev := range evs {
			if ev.Place == nil || *ev.Place != "Lisbon" || ev.Date == nil || *ev.Date != "2026-03-03" {
				t.Errorf("%s at %v on %v, want Lisbon on Tuesday", ev.Type, ev.Place, ev.Date)
			}
		}
	}},
	{"EventMeetingAndCoordinatedSigning", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-11",
		Body: "Anna Berg met Ola Lind at the Old Palace on Monday and the two leaders signed a security agreement.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Old Palace", "place:old-palace", "place", ""}},
		Dates: []extracttest.Date{{"on Monday", "2026-03-09"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "meeting" || evs[1].Type != "signing" {
			t.Fatalf("events = %+v, want the meeting and the signing", evs)
		}
		if sg := evs[1]; len(sg.Participants) != 2 || sg.Place == nil || *sg.Place != "Old Palace" {
			t.Errorf("signing = %+v, want both leaders at the Old Palace", sg)
		}
	}},
	{"EventGappedMeetingsOnTwoDays", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-11-20",
		Body: "Anna Berg met Ola Lind on Wednesday and Ivo Kral in Lisbon on Thursday.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Ivo Kral", "person:ivo-kral", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"on Wednesday", "2026-11-18"}, {"on Thursday", "2026-11-19"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || *evs[0].Date != "2026-11-18" || *evs[1].Date != "2026-11-19" || evs[1].Place == nil ||
			evs[0].ParticipantIDs[1] != "person:ola-lind" || evs[1].ParticipantIDs[1] != "person:ivo-kral" || len(evs[1].ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want two meetings, one a day", evs)
		}
	}},
	{"EventPartsToldAsEarlier", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-08-19",
		Body: "Anna Berg hosted a summit at the Old Palace on Monday, two days after she met Ola Lind in Nome and months after a tense meeting where Ivo Kral criticised her.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Old Palace", "place:old-palace", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Nome", "place:nome", "place", ""}, {"Ivo Kral", "person:ivo-kral", "person", ""}},
		Dates: []extracttest.Date{{"on Monday", "2026-08-17"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "summit" || evs[1].Type != "meeting" || evs[1].Place == nil || *evs[1].Place != "Nome" {
			t.Fatalf("events = %+v, want the summit and the earlier meeting in Nome, not the background one", evs)
		}
		for _, p := range evs[0].ParticipantIDs {
			if p == "person:ivo-kral" || p == "person:ola-lind" {
				t.Errorf("summit participants = %v, want none of the earlier meetings", evs[0].ParticipantIDs)
			}
		}
	}},
	{"EventTwoSummitsAndTheLastOneToldAgain", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-06-26",
		Body: "After the Harbour summit in Lisbon on Tuesday, leaders flew to Oslo for the Northern summit on Wednesday.\n" +
			"Anna Berg told a news conference after the summit that allies had agreed to spend more.\n" +
			"Ola Lind left the Harbour summit early to return to Nome.\n",
		Mentions: []extracttest.Mention{{"Lisbon", "place:lisbon", "place", ""}, {"Oslo", "place:oslo", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Nome", "place:nome", "place", ""}},
		Dates: []extracttest.Date{{"on Tuesday", "2026-06-23"}, {"on Wednesday", "2026-06-24"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
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
	}},
	{"EventLongerTriggerOfAnotherTypeWins", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-02-05",
		Body:     "Anna Berg and Ola Lind agreed on the loan terms by video conference on Thursday.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		Dates:    []extracttest.Date{{"on Thursday", "2026-02-05"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "talks" {
			t.Fatalf("events = %+v, want talks: a video conference is a call, not a conference", evs)
		}
	}},
	{"EventVisitWithoutAPlaceIsNone", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-02-05",
		Body:     "The pact sets the rules for troops of Freedonia and Ruritania while one side is visiting the other.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if v := eventOfType(evs, "visit"); v != nil {
			t.Fatalf("events = %+v, want no visit: it goes nowhere the text names", evs)
		}
		_, evs = eventsOf(t, extracttest.FactDoc{
			Kind: "secondary", Date: "2026-02-05",
			Body:     "Anna Berg is visiting Varna on Thursday.\n",
			Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Varna", "place:varna", "place", ""}},
			Dates:    []extracttest.Date{{"on Thursday", "2026-02-05"}},
		})
		if v := eventOfType(evs, "visit"); v == nil || v.PlaceID != "place:varna" {
			t.Fatalf("events = %+v, want the visit to Varna", evs)
		}
	}},
	{"EventSamePlaceAndDayIsOneOccasion", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-02-06",
		Body: "Freedonia said it could not pledge at a conference in Varna on Thursday.\n" +
			"A funding conference in Varna on 5 February saw Ruritania and the Harbour League add cash.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Varna", "place:varna", "place", ""},
			{"Varna", "place:varna", "place", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}},
		Dates: []extracttest.Date{{"on Thursday", "2026-02-05"}, {"on 5 February", "2026-02-05"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || len(evs[0].ParticipantIDs) != 3 {
			t.Fatalf("events = %+v, want one conference in Varna with the three parties", evs)
		}
	}},
	{"EventPlaceOfItsOwnClauseStays", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-03",
		Body: "Anna Berg met Ola Lind in Varna to discuss the port, which will open in May.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Varna", "place:varna", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].PlaceID != "place:varna" {
			t.Fatalf("events = %+v, want the meeting in Varna", evs)
		}
	}},
}

func TestEventLineLeadingAQuoteIsASentence(t *testing.T) {
	f := extracttest.FactDoc{
		Kind: "secondary",
		Body: "The conference closed with new pledges.\n" +
			"Following talks with Ola Lind in Lisbon, Anna Berg said\n",
		Mentions: []extracttest.Mention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
	}
	a := f.Analysis(t)
	a.Sents[1].Kind = "heading"
	extracttest.RunFactStages(t, a)
	if evs := a.Result.Events; len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].Participants) != 2 {
		t.Fatalf("events = %+v, want the talks of the line cut before its quote", evs)
	}
}

func TestEventPlaceOfAnotherClauseIsNotTheEvents(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		mentions   []extracttest.Mention
		typ        string
	}{
		{"modal", "A loan agreed at a meeting of Anna Berg and Ola Lind will fund a new port in Varna.\n",
			[]extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Varna", "place:varna", "place", ""}},
			"meeting"},
		{"infinitive", "Freedonia and Ruritania signed a fisheries pact to curb overfishing in the Amber Sea.\n",
			[]extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Amber Sea", "place:amber-sea", "place", ""}},
			"signing"},
		{"relative pronoun", "Anna Berg met Ola Lind, who grew up in Varna, to discuss fishing.\n",
			[]extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Varna", "place:varna", "place", ""}},
			"meeting"},
	} {
		_, evs := eventsOf(t, extracttest.FactDoc{Kind: "secondary", Date: "2026-03-03", Body: tc.body, Mentions: tc.mentions})
		ev := eventOfType(evs, tc.typ)
		if ev == nil || ev.Place != nil {
			t.Errorf("%s: events = %+v, want the %s without the other clause's place", tc.name, evs, tc.typ)
		}
	}
}

func TestEventWreathLayingIsACeremony(t *testing.T) {
	for _, body := range []string{
		"Anna Berg laid a wreath at the Old Palace on Monday.\n",
		"Anna Berg attended a wreath-laying ceremony at the Old Palace on Monday.\n",
	} {
		_, evs := eventsOf(t, extracttest.FactDoc{
			Kind: "secondary", Date: "2026-03-03", Body: body,
			Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Old Palace", "place:old-palace", "place", ""}},
			Dates:    []extracttest.Date{{"on Monday", "2026-03-02"}},
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
		_, evs := eventsOf(t, extracttest.FactDoc{
			Kind: "secondary", Date: "2026-03-03", Body: tc.body,
			Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Varna", "place:varna", "place", ""}},
			Dates:    []extracttest.Date{{"on Monday", "2026-03-02"}},
		})
		if n := len(evs); n != tc.want {
			t.Errorf("%q: events = %+v, want %d", tc.body, evs, tc.want)
		}
	}
}
