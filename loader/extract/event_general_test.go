package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/model"

// Tests of the general event rules: signings told without a fixed phrase,
// a second event told relative to the first, ministers' meetings, meetings
// implied by decisions at a stated place and date, planned gatherings.

func TestEventSigningWithAdjectivesBetween(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-10-14",
		body: "Freedonia and Ruritania signed a bilateral security agreement in Lisbon on Wednesday.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"on Wednesday", "2026-10-14"}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || evs[0].Date == nil || *evs[0].Date != "2026-10-14" || len(evs[0].Participants) != 2 {
		t.Fatalf("events = %+v, want one dated signing of two countries", evs)
	}
}

func TestEventFutureSigningIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia and Ruritania will sign a defence agreement.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventPressConferenceAfterMeeting(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg spoke at a press conference in Lisbon after meeting her counterpart Ola Lind.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(evs) != 2 || evs[0].Type != "press conference" || evs[1].Type != "meeting" || len(evs[1].Participants) != 2 {
		t.Fatalf("events = %+v, want the press conference and the meeting of both", evs)
	}
}

func TestEventMinistersMeetingIsNoSummit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg spoke after a meeting of NATO defence ministers in Lisbon.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"NATO", "org:nato", "organization", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" {
		t.Fatalf("events = %+v, want one meeting", evs)
	}
}

func TestEventImpliedByDecisionAtPlaceAndDate(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-02-12",
		body: "The defence ministers of Freedonia and Ruritania agreed in Lisbon on Tuesday to pool their air defence.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"on Tuesday", "2026-02-10"}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].Place == nil || *evs[0].Place != "Lisbon" {
		t.Fatalf("events = %+v, want a meeting in Lisbon", evs)
	}
}

func TestEventPlannedMeetingIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg and Ola Lind expect more deliveries after their next meeting.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventGatheredIsAMeeting(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League gathered at the Old Palace in Lisbon to settle its budget.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""},
			{"Old Palace", "place:old-palace", "place", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	})
	// not called a summit, of a body that holds none: a meeting
	if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].PlaceID != "place:old-palace" {
		t.Fatalf("events = %+v, want one meeting of the organisation at the palace", evs)
	}
}

func TestEventObstructedTalksAreNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg said Freedonia keeps delaying peace talks with Ruritania.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none: delayed talks are a topic", evs)
	}
}

func TestEventPassiveSigning(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "The plan rests on a memorandum signed by Freedonia and Ruritania in Lisbon.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].Participants) != 2 || evs[0].PlaceID != "place:lisbon" {
		t.Fatalf("events = %+v, want one signing by both in Lisbon", evs)
	}
}

func TestEventPastMarkerOfAnotherClause(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "The Harbour League will hold a summit in Lisbon, but earlier this week Anna Berg said she would stay home.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "summit" {
		t.Fatalf("events = %+v, want the summit, not told as earlier", evs)
	}
}

func TestEventPlaceOfOriginIsNotTheVenue(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League held a summit on trade.\nDelegates from Lisbon and from Freedonia took part in the session.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Freedonia", "country:FRE", "country", ""}},
	})
	if len(evs) != 1 || evs[0].PlaceID != "" {
		t.Fatalf("events = %+v, want one summit without a place", evs)
	}
}

func TestEventSummitTakesThePrincipalOnlyWhereNamed(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League backed the plan.\nThe Harbour League wants calm waters.\n" +
			"The plan came after a summit held in Lisbon, where Anna Berg met Ola Lind.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Harbour League", "org:harbour-league", "organization", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "summit" {
		t.Fatalf("events = %+v, want one summit", evs)
	}
	for _, p := range evs[0].ParticipantIDs {
		if p == "org:harbour-league" {
			t.Errorf("participants %v include the document's organisation, which the summit's sentence does not name", evs[0].ParticipantIDs)
		}
	}
}

func TestEventDeniedSigningIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia did not sign the declaration.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none: the signing is denied", evs)
	}
}

func TestEventPossessorIsNoParticipant(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "The Harbour League held a summit in Lisbon, attended by Anna Berg's deputy Ola Lind.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(evs) != 1 {
		t.Fatalf("events = %+v, want one summit", evs)
	}
	for _, p := range evs[0].ParticipantIDs {
		if p == "person:anna-berg" {
			t.Errorf("participants %v include Anna Berg, named only as the deputy's superior", evs[0].ParticipantIDs)
		}
	}
}

func TestEventOfTheIssuersOwnVoice(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "primary",
		body: "Statement by the leaders of Freedonia and Ruritania\n\nWe signed an agreement on the port in Lisbon.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want the signing of both issuers", evs)
	}
}

func TestEventSigningInsideASummitSentence(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-04",
		body: "Estland welcomed a framework signed by Freedonia and Ruritania on Wednesday at a summit in Lisbon.\n",
		mentions: []factMention{{"Estland", "country:EST", "country", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"on Wednesday", "2026-03-04"}},
	})
	if len(evs) != 2 || evs[0].Type != "summit" || evs[1].Type != "signing" {
		t.Fatalf("events = %+v, want the summit and the signing", evs)
	}
	sg := evs[1]
	if sg.Date == nil || *sg.Date != "2026-03-04" || sg.PlaceID != "place:lisbon" || len(sg.ParticipantIDs) != 2 || sg.ParticipantIDs[0] != "country:FRE" {
		t.Errorf("signing = %+v, want Freedonia and Ruritania, on the summit's day and place", sg)
	}
}

func TestEventMeetingOfTheBodyThatDecided(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-02-12",
		body: "Harbour League ministers agreed on Thursday in Lisbon to dredge the port, Anna Berg told a press conference after the meeting.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		dates: []factDate{{"on Thursday", "2026-02-12"}},
	})
	if len(evs) != 2 || evs[1].Type != "meeting" || len(evs[1].ParticipantIDs) != 1 || evs[1].ParticipantIDs[0] != "org:harbour-league" {
		t.Fatalf("events = %+v, want the press conference and the League's meeting", evs)
	}
}

func TestEventConferenceOfAnOrganisationIsAMeeting(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Donors met the Harbour League at a conference in Lisbon.\n" +
			"Anna Berg opened the meeting, organised by the Harbour League.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Harbour League", "org:harbour-league", "organization", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" {
		t.Fatalf("events = %+v, want one meeting: the text calls it a conference, not a summit", evs)
	}
}

func TestEventMeetingOfAMinisterIsNoSummit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia's Defence Minister Anna Berg spoke at the Harbour League meeting in Lisbon.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" {
		t.Fatalf("events = %+v, want one meeting", evs)
	}
}

func TestEventRecurringGatheringIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "The Harbour Forum has been held every two years since 1990 in Lisbon.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none: a recurring gathering is no one occurrence", evs)
	}
}

func TestEventSigningWithoutSignerIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Following the signing of the memorandum, the terms will apply.\n",
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none: nobody is said to sign", evs)
	}
}

func TestEventNamedByItsPlace(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "After the Lisbon talks ended, observers left Porto.\nThe Varna bomb attack last month shocked the region.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}, {"Porto", "place:porto", "place", ""},
			{"Varna", "place:varna", "place", ""}},
	})
	if len(evs) != 2 || evs[0].Type != "talks" || evs[0].PlaceID != "place:lisbon" || evs[1].Type != "attack" || evs[1].PlaceID != "place:varna" {
		t.Fatalf("events = %+v, want the Lisbon talks and the Varna attack, named by their places", evs)
	}
}

func TestEventCountryOfThePlaceIsNoParticipant(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania held talks in Geneva, Switzerland.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Geneva", "place:geneva", "place", ""}, {"Switzerland", "country:CHE", "country", ""}},
	})
	if len(evs) != 1 || len(evs[0].ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want talks of Freedonia and Ruritania only", evs)
	}
}

func TestEventHyphenatedAdjectiveIsNoTrigger(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg praised the League-convened cooperation on fishing.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventDatedByASplitDateline(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-05",
		body: "LISBON, March 4.\nTalks between Freedonia and Ruritania in Lisbon ended after an hour.\n",
		mentions: []factMention{{"LISBON", "place:lisbon", "place", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"March 4", "2026-03-04"}},
	})
	if len(evs) != 1 || evs[0].Date == nil || *evs[0].Date != "2026-03-04" {
		t.Fatalf("events = %+v, want the talks dated by the dateline", evs)
	}
}

func TestEventBackgroundToldByItsMonthIsDropped(t *testing.T) {
	a := factDoc{
		kind: "secondary", date: "2026-05-20",
		body:     "The deal fell through in February after a meeting between Anna Berg and Ola Lind.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		dates:    []factDate{{"in February", ""}},
	}.analysis(t)
	a.Dates[0].Period = "2026-02"
	runFactStages(t, a)
	if len(a.Result.Events) != 0 {
		t.Fatalf("events = %+v, want none: the meeting is background", a.Result.Events)
	}
}

func TestEventWishAndSatisfyAreNoEvents(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania look forward to hosting a summit.\nThe Harbour League pledged to meet the urgent needs of Freedonia.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventVerbGivesWayToGatheringNoun(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania agreed on tariffs.\nIt followed negotiations in Lisbon, where both sides met.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want talks of both sides", evs)
	}
}

func TestEventEmptyMentionIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Our newsroom has gathered the main updates.\n",
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventDecisionOfABodyOnADay(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-09",
		body: "On 8 April, the Harbour League adopted a regulation on fishing quotas.\n" +
			"Freedonia approved the plan.\n" +
			"Ruritania will approve it in Lisbon on Friday.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"On 8 April", "2026-04-08"}, {"on Friday", "2026-04-10"}},
	})
	if len(evs) != 1 || evs[0].Type != "other" || evs[0].Date == nil || *evs[0].Date != "2026-04-08" ||
		len(evs[0].ParticipantIDs) != 1 || evs[0].ParticipantIDs[0] != "org:harbour-league" {
		t.Fatalf("events = %+v, want only the League's dated adoption", evs)
	}
}

func TestEventDecisionAgreedByAtAPlace(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "The budget, agreed by Freedonia and Ruritania at the fisheries talks in Lisbon, rises by a tenth.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	})
	var other *model.Event
	for k := range evs {
		if evs[k].Type == "other" {
			other = &evs[k]
		}
	}
	if other == nil || other.PlaceID != "place:lisbon" || len(other.ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want the approval by both at Lisbon besides the talks", evs)
	}
}

func TestEventDecisionAtASummitIsItsOutcome(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-11",
		body: "Anna Berg and Ola Lind adopted two declarations at their summit in Lisbon on Friday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		dates: []factDate{{"on Friday", "2026-04-10"}},
	})
	if len(evs) != 1 || evs[0].Type != "summit" {
		t.Fatalf("events = %+v, want the summit only", evs)
	}
}

func TestEventCeasefireTakingEffect(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-09",
		body:     "The truce between Freedonia and Ruritania took effect on Wednesday.\nA truce would take effect only later.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		dates:    []factDate{{"on Wednesday", "2026-04-08"}},
	})
	if len(evs) != 1 || evs[0].Type != "other" || evs[0].Date == nil || len(evs[0].ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want the truce's onset of both parties", evs)
	}
}

func TestEventCeremonyOfTheConference(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-09",
		body: "Delegates from Freedonia met at a conference in Lisbon on Thursday.\nAnna Berg spoke at the opening ceremony of the conference on Wednesday.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		dates: []factDate{{"on Thursday", "2026-04-09"}, {"on Wednesday", "2026-04-08"}},
	})
	if len(evs) != 2 || evs[0].Type != "meeting" || evs[1].Type != "other" || *evs[1].Date != "2026-04-08" {
		t.Fatalf("events = %+v, want the meeting and the ceremony", evs)
	}
}

func TestEventOccasionOfATranscript(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "primary", date: "2026-06-03",
		body:     "Joint press conference\nby Secretary General Anna Berg ahead of the League summit in Lisbon\nGood afternoon.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	})
	var pc *model.Event
	for k := range evs {
		if evs[k].Type == "press conference" {
			pc = &evs[k]
		}
	}
	if pc == nil || pc.Date == nil || *pc.Date != "2026-06-03" || len(pc.ParticipantIDs) != 1 || pc.ParticipantIDs[0] != "person:anna-berg" {
		t.Fatalf("events = %+v, want the press conference of the document's day by its byline's speaker", evs)
	}
	for _, ev := range evs {
		if ev.Type == "summit" && ev.Date != nil {
			t.Errorf("summit = %+v, want it undated: the press conference is ahead of it", ev)
		}
	}
}

func TestEventSentenceOfSeveralEvents(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-22",
		body: "Anna Berg and Ola Lind met in Porto on Saturday to settle what they agreed at their previous meeting in Lisbon on 2 March, Anna Berg told a news conference on Sunday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Porto", "place:porto", "place", ""}, {"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		dates: []factDate{{"on Saturday", "2026-03-21"}, {"on 2 March", "2026-03-02"}, {"on Sunday", "2026-03-22"}},
	})
	got := map[string]string{}
	for _, ev := range evs {
		d := ""
		if ev.Date != nil {
			d = *ev.Date
		}
		got[ev.Type+"@"+ev.PlaceID] = d
	}
	if len(evs) != 3 || got["meeting@place:porto"] != "2026-03-21" || got["meeting@place:lisbon"] != "2026-03-02" || got["press conference@"] != "2026-03-22" {
		t.Fatalf("events = %+v, want the Porto meeting, the earlier Lisbon meeting and the press conference, each on its day", evs)
	}
}

func TestEventTalksAndMeetingAtOnePlaceAreOne(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-22",
		body: "After long talks in Porto on Saturday, Anna Berg praised Ola Lind.\nThe Porto meeting between Freedonia and Ruritania lasted ten hours.\n",
		mentions: []factMention{{"Porto", "place:porto", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Porto", "place:porto", "place", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		dates: []factDate{{"on Saturday", "2026-03-21"}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].Date == nil || len(evs[0].ParticipantIDs) != 4 {
		t.Fatalf("events = %+v, want one dated meeting in Porto", evs)
	}
}

func TestEventOfficeOfAPersonIsNoParticipant(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Ola Lind met President Anna Berg of the Harbour League in Lisbon.\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" || len(evs[0].ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want a meeting of the two people", evs)
	}
}

func TestEventNamedByAPlaceToldElsewhere(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-22",
		body: "After long talks in Porto on Saturday, Anna Berg praised Ola Lind.\nThe ten-hour Porto meeting was hard.\n",
		mentions: []factMention{{"Porto", "place:porto", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}},
		dates: []factDate{{"on Saturday", "2026-03-21"}},
	})
	if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].PlaceID != "place:porto" {
		t.Fatalf("events = %+v, want one meeting in Porto", evs)
	}
}

func TestEventTalksToStartArePlanned(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia and Ruritania agreed to start talks on fishing at a neutral site.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none: the talks are still to come", evs)
	}
}

func TestEventDefiniteSigningTellsTheSigningAgain(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia and Ruritania signed a peace agreement in Lisbon.\nThe signing ceremony was attended by Anna Berg of Estland.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Estland", "country:EST", "country", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 4 {
		t.Fatalf("events = %+v, want one signing with its attendees", evs)
	}
}

func TestEventSummitDeclarationStartsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "The word appears in the summit declaration, a concession by Freedonia to Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none: the summit is only named by its text", evs)
	}
}

func TestEventSignersNamedInTheNextSentence(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Forty countries signed a charter at a summit in Lisbon.\nSignatories, including Freedonia and Ruritania, called for open seas.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	var sg *model.Event
	for k := range evs {
		if evs[k].Type == "signing" {
			sg = &evs[k]
		}
	}
	if sg == nil || sg.PlaceID != "place:lisbon" || len(sg.ParticipantIDs) != 2 {
		t.Fatalf("events = %+v, want the signing in Lisbon by the two signatories", evs)
	}
}

func TestEventDayOffsetFromTheSentencesDay(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-09",
		body:     "The truce began on Wednesday, a day after Freedonia launched airstrikes on Varna.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Varna", "place:varna", "place", ""}},
		dates:    []factDate{{"on Wednesday", "2026-04-08"}},
	})
	var at *model.Event
	for k := range evs {
		if evs[k].Type == "attack" {
			at = &evs[k]
		}
	}
	if at == nil || at.Date == nil || *at.Date != "2026-04-07" {
		t.Fatalf("events = %+v, want the strikes on the day before the truce", evs)
	}
}

func TestEventDuringADatedVisit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-05-19",
		body: "Anna Berg welcomed Ola Lind on May 18 for his first visit to Lisbon.\nAnna Berg and Ola Lind held a meeting in the Old Palace.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Old Palace", "place:old-palace", "place", ""}},
		dates: []factDate{{"on May 18", "2026-05-18"}},
	})
	if len(evs) != 2 || evs[1].Type != "meeting" || evs[1].Date == nil || *evs[1].Date != "2026-05-18" {
		t.Fatalf("events = %+v, want the visit and the meeting on its day", evs)
	}
}

func TestEventHostingToComeIsPlanned(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia would host a conference on the reconstruction of Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none: the conference is still to come", evs)
	}
}

func TestEventSpeakerAfterThePartOfHisPressConference(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-10-07",
		body:     "Speaking at a press conference in Lisbon on 6 October, Anna Berg said the talks had been constructive.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		dates:    []factDate{{"on 6 October", "2026-10-06"}},
	})
	for _, ev := range evs {
		if ev.Type == "press conference" {
			if len(ev.ParticipantIDs) != 1 || ev.ParticipantIDs[0] != "person:anna-berg" {
				t.Fatalf("press conference = %+v, want Anna Berg's", ev)
			}
			return
		}
	}
	t.Fatalf("events = %+v, want the press conference", evs)
}

func TestEventPressConferenceAtTheDateline(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-22",
		body:     "PORTO, 22 March (Agency) - Anna Berg told a news conference on Saturday that the deal held.\n",
		mentions: []factMention{{"PORTO", "place:porto", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		dates:    []factDate{{"on Saturday", "2026-03-21"}},
	})
	if len(evs) != 1 || evs[0].Type != "press conference" || evs[0].PlaceID != "place:porto" {
		t.Fatalf("events = %+v, want the press conference at the dateline's place", evs)
	}
}

func TestEventDatedEarlierDecisionAndCeremonyAreTwo(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-09",
		body:     "Yesterday was already busy, with delegates approving the fishing fund.\nAnna Berg praised the fund at the opening ceremony yesterday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}},
		dates:    []factDate{{"Yesterday", "2026-04-08"}, {"yesterday", "2026-04-08"}},
	})
	if len(evs) != 2 || evs[0].Type != "other" || evs[1].Type != "other" {
		t.Fatalf("events = %+v, want the approval and the ceremony apart", evs)
	}
}

func TestEventArrivalAtAPlaceIsAVisit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-09",
		body: "Anna Berg arrived in Lisbon on Wednesday.\nOla Lind arrived in Freedonia.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Freedonia", "country:FRE", "country", ""}},
		dates: []factDate{{"on Wednesday", "2026-04-08"}},
	})
	if len(evs) != 1 || evs[0].Type != "visit" || evs[0].PlaceID != "place:lisbon" {
		t.Fatalf("events = %+v, want Anna Berg's visit to Lisbon only", evs)
	}
}

func TestEventOngoingNegotiationAreTalks(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "The guarantees that Freedonia and Estland are negotiating with Ruritania remain vague.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "talks" || evs[0].Date != nil || len(evs[0].ParticipantIDs) != 3 {
		t.Fatalf("events = %+v, want undated talks of the three", evs)
	}
}

func TestEventSeatAsVenue(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-03-04",
		body: "Anna Berg welcomed Ola Lind to the Old Palace on Monday for his first visit.\n" +
			"The guests later toured the gardens of the Old Palace.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Old Palace", "country:FRE", "country", "seat"}, {"Old Palace", "place:old-palace", "place", ""}},
		dates: []factDate{{"on Monday", "2026-03-02"}},
	})
	if len(evs) != 1 || evs[0].Type != "visit" || evs[0].Place == nil || *evs[0].Place != "Old Palace" {
		t.Fatalf("events = %+v, want the visit at the Old Palace", evs)
	}
}

func TestEventPassiveSigningByBothParties(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-10",
		body: "Freedonia and Ruritania want to end the border war.\n" +
			"Building on the declaration signed by both parties on 3 May 2026, the accord was praised by Anna Berg.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		dates: []factDate{{"3 May 2026", "2026-05-03"}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 2 || evs[0].ParticipantIDs[0] != "country:FRE" {
		t.Fatalf("events = %+v, want the signing of the two parties", evs)
	}
}

func TestEventTalksWithAPossessorAsParty(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia, the Harbour Bank's biggest debtor, was in talks over a new loan.\n" +
			"Ruritania's envoy praised the talks.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Harbour Bank", "org:harbour-bank", "organization", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].ParticipantIDs) != 2 || evs[0].ParticipantIDs[1] != "org:harbour-bank" {
		t.Fatalf("events = %+v, want the talks of Freedonia and the bank only", evs)
	}
}

func TestEventDatedByItsSpeakersToday(t *testing.T) {
	body := "Anna Berg spoke at the opening of the Harbour League meeting in Lisbon, a correspondent reports.\n" +
		"\"We will announce today a new aid package,\" Anna Berg said.\n"
	mentions := []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Harbour League", "org:harbour-league", "organization", ""},
		{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}}
	_, evs := eventsOf(t, factDoc{kind: "secondary", date: "2026-09-06", body: body, mentions: mentions,
		dates: []factDate{{"today", "2026-09-06"}}})
	if len(evs) != 1 || evs[0].Date == nil || *evs[0].Date != "2026-09-06" {
		t.Fatalf("events = %+v, want the meeting dated by its speaker's today", evs)
	}
	// the day of another sentence that is not the report's day does not date it
	_, evs = eventsOf(t, factDoc{kind: "secondary", date: "2026-09-08", body: body, mentions: mentions,
		dates: []factDate{{"today", "2026-09-06"}}})
	if len(evs) != 1 || evs[0].Date != nil {
		t.Fatalf("events = %+v, want the meeting undated", evs)
	}
}

func TestEventPhoneCallAtAClockTime(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-05-10",
		body: "The Freedonian army chief called up his Ruritanian counterpart at 15:35, officials said.\n" +
			"Anna Berg held a phone call with Ola Lind.\n",
		mentions: []factMention{{"Freedonian", "country:FRE", "country", "adjective"}, {"Ruritanian", "country:RUR", "country", "adjective"},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(evs) != 2 || evs[0].Type != "talks" || evs[0].Date == nil || *evs[0].Date != "2026-05-10" || evs[1].Type != "talks" || evs[1].Date != nil {
		t.Fatalf("events = %+v, want the call of the report's day and an undated call", evs)
	}
}

func TestEventDatedBlastOnly(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-07-19",
		body: "Monday's deadly blast on the Ostrava bridge closed the road.\n" +
			"Engineers warned of the risk of an explosion at the dam.\n",
		mentions: []factMention{{"Ostrava bridge", "place:ostrava-bridge", "place", ""}},
		dates:    []factDate{{"Monday", "2026-07-17"}},
	})
	if len(evs) != 1 || evs[0].Type != "other" || evs[0].Date == nil || *evs[0].Date != "2026-07-17" || evs[0].Place == nil {
		t.Fatalf("events = %+v, want only the dated blast on the bridge", evs)
	}
}

func TestEventSignersOnBehalfJoinTheSigning(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-28",
		body: "On Friday Ola Lind hosted the signing of the accord between Freedonia and Ruritania.\n" +
			"Anna Berg signed on behalf of Freedonia, and Ivo Kral signed on behalf of Ruritania.\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ivo Kral", "person:ivo-kral", "person", ""}, {"Ruritania", "country:RUR", "country", ""}},
		dates: []factDate{{"On Friday", "2026-06-26"}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 5 {
		t.Fatalf("events = %+v, want one signing with both signers", evs)
	}
}

func TestEventNamedSeriesConferenceIsSummit(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-11-21",
		body: "Delegates at the COP31 climate conference in Lisbon reached a deal on Saturday.\n" +
			"G20 finance ministers met in Oslo on Friday.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}, {"Oslo", "place:oslo", "place", ""}},
		dates:    []factDate{{"on Saturday", "2026-11-21"}, {"on Friday", "2026-11-20"}},
	})
	if len(evs) != 2 || evs[0].Type != "summit" || evs[1].Type != "meeting" {
		t.Fatalf("events = %+v, want the COP summit and the ministers' meeting", evs)
	}
}

func TestEventLabourStrikeAndPassivePlan(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-10-08",
		body: "Workers at the plant in Lisbon went on strike on Monday over pay.\n" +
			"Anna Berg said a meeting of the crisis committee would be held.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		dates:    []factDate{{"on Monday", "2026-10-05"}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventSayerOfABlastIsNoParty(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-07-19",
		body:     "Anna Berg said the decision was not linked to Monday's blast on the Ostrava bridge.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ostrava bridge", "place:ostrava-bridge", "place", ""}},
		dates:    []factDate{{"Monday", "2026-07-17"}},
	})
	if len(evs) != 1 || len(evs[0].Participants) != 0 {
		t.Fatalf("events = %+v, want the blast without its sayer", evs)
	}
}

func TestEventJointIsNoAttendance(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-04-12",
		body: "Ministers of the Harbour League met in Lisbon on Monday.\n" +
			"Ivo Kral addressed a joint session of parliament.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ivo Kral", "person:ivo-kral", "person", ""}},
		dates: []factDate{{"on Monday", "2026-04-06"}},
	})
	if len(evs) != 1 || len(evs[0].ParticipantIDs) != 1 {
		t.Fatalf("events = %+v, want the ministers' meeting without Kral", evs)
	}
}

func TestEventSummitOnlyWithASummitBody(t *testing.T) {
	for _, tc := range []struct{ org, key, want string }{
		{"Harbour Bank", "org:harbour-bank", "meeting"},
		{"NATO", "org:nato", "summit"},
	} {
		_, evs := eventsOf(t, factDoc{
			kind: "secondary", date: "2026-01-14",
			body:     "The leaders of Freedonia, the " + tc.org + " and Ruritania met in Lisbon on Monday.\n",
			mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {tc.org, tc.key, "organization", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
			dates:    []factDate{{"on Monday", "2026-01-12"}},
		})
		if len(evs) != 1 || evs[0].Type != tc.want {
			t.Errorf("with %s: events = %+v, want one %s", tc.org, evs, tc.want)
		}
	}
}

func TestEventSignedTextAfterLongModifiers(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-02-20",
		body: "Envoys of Freedonia and Ruritania put their signatures to a ten-year security agreement in Oslo on Friday.\n" +
			"Ruritania had signed in accordance with the Harbour Declaration of 12 July 2025 before.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Oslo", "place:oslo", "place", ""}, {"Ruritania", "country:RUR", "country", ""}},
		dates: []factDate{{"on Friday", "2026-02-20"}, {"12 July 2025", "2025-07-12"}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || evs[0].Place == nil || *evs[0].Place != "Oslo" {
		t.Fatalf("events = %+v, want only the signing in Oslo", evs)
	}
}

func TestEventTalksHeldByOneNamedParty(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-10-02",
		body: "Anna Berg held talks in Lisbon on Thursday on energy security.\n" +
			"Ola Lind said talks were needed.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}},
		dates: []factDate{{"on Thursday", "2026-10-01"}},
	})
	if len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].Participants) != 1 || evs[0].Place == nil {
		t.Fatalf("events = %+v, want only the talks she held in Lisbon", evs)
	}
}

func TestEventPlanToHostIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind:     "secondary",
		body:     "Freedonia ruled out any plan to host a conference on the reconstruction of Ruritania.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventIdiomsWithTriggerWords(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-03",
		body: "Freedonia and Ruritania hope to strike a deal before Friday.\n" +
			"Anna Berg suffered a heart attack on Sunday, her spokesman said.\n" +
			"The climbers reached the summit of Mount Ostrava on Tuesday.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		dates: []factDate{{"before Friday", "2026-06-05"}, {"on Sunday", "2026-05-31"}, {"on Tuesday", "2026-06-02"}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventInAListOfPlansIsPlanned(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "primary",
		body: "To this end, Freedonia will:\n" +
			"- host a conference on the reconstruction of Ruritania;\n" +
			"- lend Ruritania 30 million euros.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventCommittedOrRefusedToHostIsNoEvent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia has committed to host a conference on the reconstruction of Ruritania.\n" +
			"The Ruritanian government will not host a conference on the matter.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritanian", "country:RUR", "country", "adjective"}},
	})
	if len(evs) != 0 {
		t.Fatalf("events = %+v, want none", evs)
	}
}

func TestEventPassiveSigningWithoutAgent(t *testing.T) {
	_, evs := eventsOf(t, factDoc{
		kind: "secondary", date: "2026-06-10",
		body: "The defence agreement between Freedonia and Ruritania was signed in Lisbon on Monday.\n" +
			"The treaty will be signed in Oslo on Friday.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Oslo", "place:oslo", "place", ""}},
		dates: []factDate{{"on Monday", "2026-06-08"}, {"on Friday", "2026-06-12"}},
	})
	if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].Participants) != 2 || evs[0].Place == nil || *evs[0].Place != "Lisbon" {
		t.Fatalf("events = %+v, want only the signing in Lisbon", evs)
	}
}

func TestEventPlaceBeforeForIsNoName(t *testing.T) {
	f := factDoc{
		kind: "secondary", date: "2026-05-10",
		body:     "In February, Anna Berg flew to Lisbon for talks with Ola Lind.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		dates:    []factDate{{"In February", ""}},
	}
	a := f.analysis(t)
	a.Dates[0].Period = "2026-02"
	runFactStages(t, a)
	if evs := a.Result.Events; len(evs) != 0 {
		t.Fatalf("events = %+v, want none: talks of February are background, 'Lisbon for talks' names no event", evs)
	}
}
