package events_test

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/internal/extracttest"
	"github.com/kg-project/kg/loader/extract/model"
)

// Tests of the general event rules: signings told without a fixed phrase,
// a second event told relative to the first, ministers' meetings, meetings
// implied by decisions at a stated place and date, planned gatherings.

// TestGeneralEvents runs the cases of generalEventCases, one subtest each.
func TestGeneralEvents(t *testing.T) { runEventCases(t, generalEventCases) }

var generalEventCases = []eventCase{
	{"EventSigningWithAdjectivesBetween", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-10-14",
		Body: "Freedonia and Ruritania signed a bilateral security agreement in Lisbon on Wednesday.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"on Wednesday", "2026-10-14"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || evs[0].Date == nil || *evs[0].Date != "2026-10-14" || len(evs[0].Participants) != 2 {
			t.Fatalf("events = %+v, want one dated signing of two countries", evs)
		}
	}},
	{"EventFutureSigningIsNoEvent", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Freedonia and Ruritania will sign a defence agreement.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventPressConferenceAfterMeeting", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Anna Berg spoke at a press conference in Lisbon after meeting her counterpart Ola Lind.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "press conference" || evs[1].Type != "meeting" || len(evs[1].Participants) != 2 {
			t.Fatalf("events = %+v, want the press conference and the meeting of both", evs)
		}
	}},
	{"EventMinistersMeetingIsNoSummit", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Anna Berg spoke after a meeting of NATO defence ministers in Lisbon.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"NATO", "org:nato", "organization", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" {
			t.Fatalf("events = %+v, want one meeting", evs)
		}
	}},
	{"EventImpliedByDecisionAtPlaceAndDate", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-02-12",
		Body: "The defence ministers of Freedonia and Ruritania agreed in Lisbon on Tuesday to pool their air defence.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"on Tuesday", "2026-02-10"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].Place == nil || *evs[0].Place != "Lisbon" {
			t.Fatalf("events = %+v, want a meeting in Lisbon", evs)
		}
	}},
	{"EventPlannedMeetingIsNoEvent", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Anna Berg and Ola Lind expect more deliveries after their next meeting.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventGatheredIsAMeeting", extracttest.FactDoc{
		Kind: "secondary",
		Body: "The Harbour League gathered at the Old Palace in Lisbon to settle its budget.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""},
			{"Old Palace", "place:old-palace", "place", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		// not called a summit, of a body that holds none: a meeting
		if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].PlaceID != "place:old-palace" {
			t.Fatalf("events = %+v, want one meeting of the organisation at the palace", evs)
		}
	}},
	{"EventObstructedTalksAreNoEvent", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Anna Berg said Freedonia keeps delaying peace talks with Ruritania.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none: delayed talks are a topic", evs)
		}
	}},
	{"EventPassiveSigning", extracttest.FactDoc{
		Kind: "secondary",
		Body: "The plan rests on a memorandum signed by Freedonia and Ruritania in Lisbon.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].Participants) != 2 || evs[0].PlaceID != "place:lisbon" {
			t.Fatalf("events = %+v, want one signing by both in Lisbon", evs)
		}
	}},
	{"EventPastMarkerOfAnotherClause", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "The Harbour League will hold a summit in Lisbon, but earlier this week Anna Berg said she would stay home.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "summit" {
			t.Fatalf("events = %+v, want the summit, not told as earlier", evs)
		}
	}},
	{"EventPlaceOfOriginIsNotTheVenue", extracttest.FactDoc{
		Kind: "secondary",
		Body: "The Harbour League held a summit on trade.\nDelegates from Lisbon and from Freedonia took part in the session.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Freedonia", "country:FRE", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].PlaceID != "" {
			t.Fatalf("events = %+v, want one summit without a place", evs)
		}
	}},
	{"EventSummitTakesThePrincipalOnlyWhereNamed", extracttest.FactDoc{
		Kind: "secondary",
		Body: "The Harbour League backed the plan.\nThe Harbour League wants calm waters.\n" +
			"The plan came after a summit held in Lisbon, where Anna Berg met Ola Lind.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Harbour League", "org:harbour-league", "organization", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "summit" {
			t.Fatalf("events = %+v, want one summit", evs)
		}
		for _, p := range evs[0].ParticipantIDs {
			if p == "org:harbour-league" {
				t.Errorf("participants %v include the document's organisation, which the summit's sentence does not name", evs[0].ParticipantIDs)
			}
		}
	}},
	{"EventDeniedSigningIsNoEvent", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Freedonia did not sign the declaration.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none: the signing is denied", evs)
		}
	}},
	{"EventPossessorIsNoParticipant", extracttest.FactDoc{
		Kind: "secondary",
		Body: "The Harbour League held a summit in Lisbon, attended by Anna Berg's deputy Ola Lind.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 {
			t.Fatalf("events = %+v, want one summit", evs)
		}
		for _, p := range evs[0].ParticipantIDs {
			if p == "person:anna-berg" {
				t.Errorf("participants %v include Anna Berg, named only as the deputy's superior", evs[0].ParticipantIDs)
			}
		}
	}},
	{"EventOfTheIssuersOwnVoice", extracttest.FactDoc{
		Kind: "primary",
		Body: "Statement by the leaders of Freedonia and Ruritania\n\nWe signed an agreement on the port in Lisbon.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want the signing of both issuers", evs)
		}
	}},
	{"EventSigningInsideASummitSentence", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-04",
		Body: "Estland welcomed a framework signed by Freedonia and Ruritania on Wednesday at a summit in Lisbon.\n",
		Mentions: []extracttest.Mention{{"Estland", "country:EST", "country", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"on Wednesday", "2026-03-04"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "summit" || evs[1].Type != "signing" {
			t.Fatalf("events = %+v, want the summit and the signing", evs)
		}
		sg := evs[1]
		if sg.Date == nil || *sg.Date != "2026-03-04" || sg.PlaceID != "place:lisbon" || len(sg.ParticipantIDs) != 2 || sg.ParticipantIDs[0] != "country:FRE" {
			t.Errorf("signing = %+v, want Freedonia and Ruritania, on the summit's day and place", sg)
		}
	}},
	{"EventMeetingOfTheBodyThatDecided", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-02-12",
		Body: "Harbour League ministers agreed on Thursday in Lisbon to dredge the port, Anna Berg told a press conference after the meeting.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		Dates: []extracttest.Date{{"on Thursday", "2026-02-12"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[1].Type != "meeting" || len(evs[1].ParticipantIDs) != 1 || evs[1].ParticipantIDs[0] != "org:harbour-league" {
			t.Fatalf("events = %+v, want the press conference and the League's meeting", evs)
		}
	}},
	{"EventConferenceOfAnOrganisationIsAMeeting", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Donors met the Harbour League at a conference in Lisbon.\n" +
			"Anna Berg opened the meeting, organised by the Harbour League.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Harbour League", "org:harbour-league", "organization", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" {
			t.Fatalf("events = %+v, want one meeting: the text calls it a conference, not a summit", evs)
		}
	}},
	{"EventMeetingOfAMinisterIsNoSummit", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Freedonia's Defence Minister Anna Berg spoke at the Harbour League meeting in Lisbon.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" {
			t.Fatalf("events = %+v, want one meeting", evs)
		}
	}},
	{"EventRecurringGatheringIsNoEvent", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "The Harbour Forum has been held every two years since 1990 in Lisbon.\n",
		Mentions: []extracttest.Mention{{"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none: a recurring gathering is no one occurrence", evs)
		}
	}},
	{"EventSigningWithoutSignerIsNoEvent", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Following the signing of the memorandum, the terms will apply.\n",
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none: nobody is said to sign", evs)
		}
	}},
	{"EventNamedByItsPlace", extracttest.FactDoc{
		Kind: "secondary",
		Body: "After the Lisbon talks ended, observers left Porto.\nThe Varna bomb attack last month shocked the region.\n",
		Mentions: []extracttest.Mention{{"Lisbon", "place:lisbon", "place", ""}, {"Porto", "place:porto", "place", ""},
			{"Varna", "place:varna", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "talks" || evs[0].PlaceID != "place:lisbon" || evs[1].Type != "attack" || evs[1].PlaceID != "place:varna" {
			t.Fatalf("events = %+v, want the Lisbon talks and the Varna attack, named by their places", evs)
		}
	}},
	{"EventCountryOfThePlaceIsNoParticipant", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Freedonia and Ruritania held talks in Geneva, Switzerland.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Geneva", "place:geneva", "place", ""}, {"Switzerland", "country:CHE", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || len(evs[0].ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want talks of Freedonia and Ruritania only", evs)
		}
	}},
	{"EventHyphenatedAdjectiveIsNoTrigger", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Anna Berg praised the League-convened cooperation on fishing.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventDatedByASplitDateline", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-05",
		Body: "LISBON, March 4.\nTalks between Freedonia and Ruritania in Lisbon ended after an hour.\n",
		Mentions: []extracttest.Mention{{"LISBON", "place:lisbon", "place", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"March 4", "2026-03-04"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Date == nil || *evs[0].Date != "2026-03-04" {
			t.Fatalf("events = %+v, want the talks dated by the dateline", evs)
		}
	}},
	{"EventWishAndSatisfyAreNoEvents", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Freedonia and Ruritania look forward to hosting a summit.\nThe Harbour League pledged to meet the urgent needs of Freedonia.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventVerbGivesWayToGatheringNoun", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Freedonia and Ruritania agreed on tariffs.\nIt followed negotiations in Lisbon, where both sides met.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want talks of both sides", evs)
		}
	}},
	{"EventEmptyMentionIsNoEvent", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Our newsroom has gathered the main updates.\n",
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventDecisionOfABodyOnADay", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-09",
		Body: "On 8 April, the Harbour League adopted a regulation on fishing quotas.\n" +
			"Freedonia approved the plan.\n" +
			"Ruritania will approve it in Lisbon on Friday.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"On 8 April", "2026-04-08"}, {"on Friday", "2026-04-10"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "other" || evs[0].Date == nil || *evs[0].Date != "2026-04-08" ||
			len(evs[0].ParticipantIDs) != 1 || evs[0].ParticipantIDs[0] != "org:harbour-league" {
			t.Fatalf("events = %+v, want only the League's dated adoption", evs)
		}
	}},
	{"EventDecisionAgreedByAtAPlace", extracttest.FactDoc{
		Kind: "secondary",
		Body: "The budget, agreed by Freedonia and Ruritania at the fisheries talks in Lisbon, rises by a tenth.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		var other *model.Event
		for k := range evs {
			if evs[k].Type == "other" {
				other = &evs[k]
			}
		}
		if other == nil || other.PlaceID != "place:lisbon" || len(other.ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want the approval by both at Lisbon besides the talks", evs)
		}
	}},
	{"EventDecisionAtASummitIsItsOutcome", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-11",
		Body: "Anna Berg and Ola Lind adopted two declarations at their summit in Lisbon on Friday.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Lisbon", "place:lisbon", "place", ""}},
		Dates: []extracttest.Date{{"on Friday", "2026-04-10"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "summit" {
			t.Fatalf("events = %+v, want the summit only", evs)
		}
	}},
	{"EventCeasefireTakingEffect", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-09",
		Body:     "The truce between Freedonia and Ruritania took effect on Wednesday.\nA truce would take effect only later.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		Dates:    []extracttest.Date{{"on Wednesday", "2026-04-08"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "other" || evs[0].Date == nil || len(evs[0].ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want the truce's onset of both parties", evs)
		}
	}},
	{"EventCeremonyOfTheConference", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-09",
		Body: "Delegates from Freedonia met at a conference in Lisbon on Thursday.\nAnna Berg spoke at the opening ceremony of the conference on Wednesday.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		Dates: []extracttest.Date{{"on Thursday", "2026-04-09"}, {"on Wednesday", "2026-04-08"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "meeting" || evs[1].Type != "other" || *evs[1].Date != "2026-04-08" {
			t.Fatalf("events = %+v, want the meeting and the ceremony", evs)
		}
	}},
	{"EventOccasionOfATranscript", extracttest.FactDoc{
		Kind: "primary", Date: "2026-06-03",
		Body:     "Joint press conference\nby Secretary General Anna Berg ahead of the League summit in Lisbon\nGood afternoon.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
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
	}},
	{"EventSentenceOfSeveralEvents", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-22",
		Body: "Anna Berg and Ola Lind met in Porto on Saturday to settle what they agreed at their previous meeting in Lisbon on 2 March, Anna Berg told a news conference on Sunday.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Porto", "place:porto", "place", ""}, {"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		Dates: []extracttest.Date{{"on Saturday", "2026-03-21"}, {"on 2 March", "2026-03-02"}, {"on Sunday", "2026-03-22"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
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
	}},
	{"EventTalksAndMeetingAtOnePlaceAreOne", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-22",
		Body: "After long talks in Porto on Saturday, Anna Berg praised Ola Lind.\nThe Porto meeting between Freedonia and Ruritania lasted ten hours.\n",
		Mentions: []extracttest.Mention{{"Porto", "place:porto", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Porto", "place:porto", "place", ""}, {"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
		Dates: []extracttest.Date{{"on Saturday", "2026-03-21"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].Date == nil || len(evs[0].ParticipantIDs) != 4 {
			t.Fatalf("events = %+v, want one dated meeting in Porto", evs)
		}
	}},
	{"EventOfficeOfAPersonIsNoParticipant", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Ola Lind met President Anna Berg of the Harbour League in Lisbon.\n",
		Mentions: []extracttest.Mention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" || len(evs[0].ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want a meeting of the two people", evs)
		}
	}},
	{"EventNamedByAPlaceToldElsewhere", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-22",
		Body: "After long talks in Porto on Saturday, Anna Berg praised Ola Lind.\nThe ten-hour Porto meeting was hard.\n",
		Mentions: []extracttest.Mention{{"Porto", "place:porto", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}},
		Dates: []extracttest.Date{{"on Saturday", "2026-03-21"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "meeting" || evs[0].PlaceID != "place:porto" {
			t.Fatalf("events = %+v, want one meeting in Porto", evs)
		}
	}},
	{"EventTalksToStartArePlanned", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Freedonia and Ruritania agreed to start talks on fishing at a neutral site.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none: the talks are still to come", evs)
		}
	}},
	{"EventDefiniteSigningTellsTheSigningAgain", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Freedonia and Ruritania signed a peace agreement in Lisbon.\nThe signing ceremony was attended by Anna Berg of Estland.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Estland", "country:EST", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 4 {
			t.Fatalf("events = %+v, want one signing with its attendees", evs)
		}
	}},
	{"EventSummitDeclarationStartsNoEvent", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "The word appears in the summit declaration, a concession by Freedonia to Ruritania.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none: the summit is only named by its text", evs)
		}
	}},
	{"EventSignersNamedInTheNextSentence", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Forty countries signed a charter at a summit in Lisbon.\nSignatories, including Freedonia and Ruritania, called for open seas.\n",
		Mentions: []extracttest.Mention{{"Lisbon", "place:lisbon", "place", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		var sg *model.Event
		for k := range evs {
			if evs[k].Type == "signing" {
				sg = &evs[k]
			}
		}
		if sg == nil || sg.PlaceID != "place:lisbon" || len(sg.ParticipantIDs) != 2 {
			t.Fatalf("events = %+v, want the signing in Lisbon by the two signatories", evs)
		}
	}},
	{"EventDayOffsetFromTheSentencesDay", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-09",
		Body:     "The truce began on Wednesday, a day after Freedonia launched airstrikes on Varna.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Varna", "place:varna", "place", ""}},
		Dates:    []extracttest.Date{{"on Wednesday", "2026-04-08"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		var at *model.Event
		for k := range evs {
			if evs[k].Type == "attack" {
				at = &evs[k]
			}
		}
		if at == nil || at.Date == nil || *at.Date != "2026-04-07" {
			t.Fatalf("events = %+v, want the strikes on the day before the truce", evs)
		}
	}},
	{"EventDuringADatedVisit", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-05-19",
		Body: "Anna Berg welcomed Ola Lind on May 18 for his first visit to Lisbon.\nAnna Berg and Ola Lind held a meeting in the Old Palace.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Old Palace", "place:old-palace", "place", ""}},
		Dates: []extracttest.Date{{"on May 18", "2026-05-18"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[1].Type != "meeting" || evs[1].Date == nil || *evs[1].Date != "2026-05-18" {
			t.Fatalf("events = %+v, want the visit and the meeting on its day", evs)
		}
	}},
	{"EventHostingToComeIsPlanned", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Freedonia would host a conference on the reconstruction of Ruritania.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none: the conference is still to come", evs)
		}
	}},
	{"EventSpeakerAfterThePartOfHisPressConference", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-10-07",
		Body:     "Speaking at a press conference in Lisbon on 6 October, Anna Berg said the talks had been constructive.\n",
		Mentions: []extracttest.Mention{{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		Dates:    []extracttest.Date{{"on 6 October", "2026-10-06"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		for _, ev := range evs {
			if ev.Type == "press conference" {
				if len(ev.ParticipantIDs) != 1 || ev.ParticipantIDs[0] != "person:anna-berg" {
					t.Fatalf("press conference = %+v, want Anna Berg's", ev)
				}
				return
			}
		}
		t.Fatalf("events = %+v, want the press conference", evs)
	}},
	{"EventPressConferenceAtTheDateline", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-22",
		Body:     "PORTO, 22 March (Agency) - Anna Berg told a news conference on Saturday that the deal held.\n",
		Mentions: []extracttest.Mention{{"PORTO", "place:porto", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		Dates:    []extracttest.Date{{"on Saturday", "2026-03-21"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "press conference" || evs[0].PlaceID != "place:porto" {
			t.Fatalf("events = %+v, want the press conference at the dateline's place", evs)
		}
	}},
	{"EventDatedEarlierDecisionAndCeremonyAreTwo", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-09",
		Body:     "Yesterday was already busy, with delegates approving the fishing fund.\nAnna Berg praised the fund at the opening ceremony yesterday.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}},
		Dates:    []extracttest.Date{{"Yesterday", "2026-04-08"}, {"yesterday", "2026-04-08"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "other" || evs[1].Type != "other" {
			t.Fatalf("events = %+v, want the approval and the ceremony apart", evs)
		}
	}},
	{"EventArrivalAtAPlaceIsAVisit", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-09",
		Body: "Anna Berg arrived in Lisbon on Wednesday.\nOla Lind arrived in Freedonia.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Freedonia", "country:FRE", "country", ""}},
		Dates: []extracttest.Date{{"on Wednesday", "2026-04-08"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "visit" || evs[0].PlaceID != "place:lisbon" {
			t.Fatalf("events = %+v, want Anna Berg's visit to Lisbon only", evs)
		}
	}},
	{"EventOngoingNegotiationAreTalks", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "The guarantees that Freedonia and Estland are negotiating with Ruritania remain vague.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Estland", "country:EST", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "talks" || evs[0].Date != nil || len(evs[0].ParticipantIDs) != 3 {
			t.Fatalf("events = %+v, want undated talks of the three", evs)
		}
	}},
	{"EventSeatAsVenue", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-03-04",
		Body: "Anna Berg welcomed Ola Lind to the Old Palace on Monday for his first visit.\n" +
			"The guests later toured the gardens of the Old Palace.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Old Palace", "country:FRE", "country", "seat"}, {"Old Palace", "place:old-palace", "place", ""}},
		Dates: []extracttest.Date{{"on Monday", "2026-03-02"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "visit" || evs[0].Place == nil || *evs[0].Place != "Old Palace" {
			t.Fatalf("events = %+v, want the visit at the Old Palace", evs)
		}
	}},
	{"EventPassiveSigningByBothParties", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-06-10",
		Body: "Freedonia and Ruritania want to end the border war.\n" +
			"Building on the declaration signed by both parties on 3 May 2026, the accord was praised by Anna Berg.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		Dates: []extracttest.Date{{"3 May 2026", "2026-05-03"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 2 || evs[0].ParticipantIDs[0] != "country:FRE" {
			t.Fatalf("events = %+v, want the signing of the two parties", evs)
		}
	}},
	{"EventTalksWithAPossessorAsParty", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Freedonia, the Harbour Bank's biggest debtor, was in talks over a new loan.\n" +
			"Ruritania's envoy praised the talks.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Harbour Bank", "org:harbour-bank", "organization", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].ParticipantIDs) != 2 || evs[0].ParticipantIDs[1] != "org:harbour-bank" {
			t.Fatalf("events = %+v, want the talks of Freedonia and the bank only", evs)
		}
	}},
	{"EventPhoneCallAtAClockTime", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-05-10",
		Body: "The Freedonian army chief called up his Ruritanian counterpart at 15:35, officials said.\n" +
			"Anna Berg held a phone call with Ola Lind.\n",
		Mentions: []extracttest.Mention{{"Freedonian", "country:FRE", "country", "adjective"}, {"Ruritanian", "country:RUR", "country", "adjective"},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "talks" || evs[0].Date == nil || *evs[0].Date != "2026-05-10" || evs[1].Type != "talks" || evs[1].Date != nil {
			t.Fatalf("events = %+v, want the call of the report's day and an undated call", evs)
		}
	}},
	{"EventDatedBlastOnly", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-07-19",
		Body: "Monday's deadly blast on the Ostrava bridge closed the road.\n" +
			"Engineers warned of the risk of an explosion at the dam.\n",
		Mentions: []extracttest.Mention{{"Ostrava bridge", "place:ostrava-bridge", "place", ""}},
		Dates:    []extracttest.Date{{"Monday", "2026-07-17"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "other" || evs[0].Date == nil || *evs[0].Date != "2026-07-17" || evs[0].Place == nil {
			t.Fatalf("events = %+v, want only the dated blast on the bridge", evs)
		}
	}},
	{"EventSignersOnBehalfJoinTheSigning", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-06-28",
		Body: "On Friday Ola Lind hosted the signing of the accord between Freedonia and Ruritania.\n" +
			"Anna Berg signed on behalf of Freedonia, and Ivo Kral signed on behalf of Ruritania.\n",
		Mentions: []extracttest.Mention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Freedonia", "country:FRE", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Freedonia", "country:FRE", "country", ""}, {"Ivo Kral", "person:ivo-kral", "person", ""}, {"Ruritania", "country:RUR", "country", ""}},
		Dates: []extracttest.Date{{"On Friday", "2026-06-26"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].ParticipantIDs) != 5 {
			t.Fatalf("events = %+v, want one signing with both signers", evs)
		}
	}},
	{"EventNamedSeriesConferenceIsSummit", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-11-21",
		Body: "Delegates at the COP31 climate conference in Lisbon reached a deal on Saturday.\n" +
			"G20 finance ministers met in Oslo on Friday.\n",
		Mentions: []extracttest.Mention{{"Lisbon", "place:lisbon", "place", ""}, {"Oslo", "place:oslo", "place", ""}},
		Dates:    []extracttest.Date{{"on Saturday", "2026-11-21"}, {"on Friday", "2026-11-20"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 2 || evs[0].Type != "summit" || evs[1].Type != "meeting" {
			t.Fatalf("events = %+v, want the COP summit and the ministers' meeting", evs)
		}
	}},
	{"EventLabourStrikeAndPassivePlan", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-10-08",
		Body: "Workers at the plant in Lisbon went on strike on Monday over pay.\n" +
			"Anna Berg said a meeting of the crisis committee would be held.\n",
		Mentions: []extracttest.Mention{{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
		Dates:    []extracttest.Date{{"on Monday", "2026-10-05"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventSayerOfABlastIsNoParty", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-07-19",
		Body:     "Anna Berg said the decision was not linked to Monday's blast on the Ostrava bridge.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ostrava bridge", "place:ostrava-bridge", "place", ""}},
		Dates:    []extracttest.Date{{"Monday", "2026-07-17"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || len(evs[0].Participants) != 0 {
			t.Fatalf("events = %+v, want the blast without its sayer", evs)
		}
	}},
	{"EventJointIsNoAttendance", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-04-12",
		Body: "Ministers of the Harbour League met in Lisbon on Monday.\n" +
			"Ivo Kral addressed a joint session of parliament.\n",
		Mentions: []extracttest.Mention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ivo Kral", "person:ivo-kral", "person", ""}},
		Dates: []extracttest.Date{{"on Monday", "2026-04-06"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || len(evs[0].ParticipantIDs) != 1 {
			t.Fatalf("events = %+v, want the ministers' meeting without Kral", evs)
		}
	}},
	{"EventSignedTextAfterLongModifiers", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-02-20",
		Body: "Envoys of Freedonia and Ruritania put their signatures to a ten-year security agreement in Oslo on Friday.\n" +
			"Ruritania had signed in accordance with the Harbour Declaration of 12 July 2025 before.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Oslo", "place:oslo", "place", ""}, {"Ruritania", "country:RUR", "country", ""}},
		Dates: []extracttest.Date{{"on Friday", "2026-02-20"}, {"12 July 2025", "2025-07-12"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || evs[0].Place == nil || *evs[0].Place != "Oslo" {
			t.Fatalf("events = %+v, want only the signing in Oslo", evs)
		}
	}},
	{"EventTalksHeldByOneNamedParty", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-10-02",
		Body: "Anna Berg held talks in Lisbon on Thursday on energy security.\n" +
			"Ola Lind said talks were needed.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}},
		Dates: []extracttest.Date{{"on Thursday", "2026-10-01"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "talks" || len(evs[0].Participants) != 1 || evs[0].Place == nil {
			t.Fatalf("events = %+v, want only the talks she held in Lisbon", evs)
		}
	}},
	{"EventPlanToHostIsNoEvent", extracttest.FactDoc{
		Kind:     "secondary",
		Body:     "Freedonia ruled out any plan to host a conference on the reconstruction of Ruritania.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventIdiomsWithTriggerWords", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-06-03",
		Body: "Freedonia and Ruritania hope to strike a deal before Friday.\n" +
			"Anna Berg suffered a heart attack on Sunday, her spokesman said.\n" +
			"The climbers reached the summit of Mount Ostrava on Tuesday.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
		Dates: []extracttest.Date{{"before Friday", "2026-06-05"}, {"on Sunday", "2026-05-31"}, {"on Tuesday", "2026-06-02"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventInAListOfPlansIsPlanned", extracttest.FactDoc{
		Kind: "primary",
		Body: "To this end, Freedonia will:\n" +
			"- host a conference on the reconstruction of Ruritania;\n" +
			"- lend Ruritania 30 million euros.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritania", "country:RUR", "country", ""}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventCommittedOrRefusedToHostIsNoEvent", extracttest.FactDoc{
		Kind: "secondary",
		Body: "Freedonia has committed to host a conference on the reconstruction of Ruritania.\n" +
			"The Ruritanian government will not host a conference on the matter.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Ruritanian", "country:RUR", "country", "adjective"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 0 {
			t.Fatalf("events = %+v, want none", evs)
		}
	}},
	{"EventPassiveSigningWithoutAgent", extracttest.FactDoc{
		Kind: "secondary", Date: "2026-06-10",
		Body: "The defence agreement between Freedonia and Ruritania was signed in Lisbon on Monday.\n" +
			"The treaty will be signed in Oslo on Friday.\n",
		Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {"Ruritania", "country:RUR", "country", ""},
			{"Lisbon", "place:lisbon", "place", ""}, {"Oslo", "place:oslo", "place", ""}},
		Dates: []extracttest.Date{{"on Monday", "2026-06-08"}, {"on Friday", "2026-06-12"}},
	}, func(t *testing.T, _ *model.Analysis, evs []model.Event) {
		if len(evs) != 1 || evs[0].Type != "signing" || len(evs[0].Participants) != 2 || evs[0].Place == nil || *evs[0].Place != "Lisbon" {
			t.Fatalf("events = %+v, want only the signing in Lisbon", evs)
		}
	}},
}

func TestEventBackgroundToldByItsMonthIsDropped(t *testing.T) {
	a := extracttest.FactDoc{
		Kind: "secondary", Date: "2026-05-20",
		Body:     "The deal fell through in February after a meeting between Anna Berg and Ola Lind.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		Dates:    []extracttest.Date{{"in February", ""}},
	}.Analysis(t)
	a.Dates[0].Period = "2026-02"
	extracttest.RunFactStages(t, a)
	if len(a.Result.Events) != 0 {
		t.Fatalf("events = %+v, want none: the meeting is background", a.Result.Events)
	}
}

func TestEventDatedByItsSpeakersToday(t *testing.T) {
	body := "Anna Berg spoke at the opening of the Harbour League meeting in Lisbon, a correspondent reports.\n" +
		"\"We will announce today a new aid package,\" Anna Berg said.\n"
	mentions := []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Harbour League", "org:harbour-league", "organization", ""},
		{"Lisbon", "place:lisbon", "place", ""}, {"Anna Berg", "person:anna-berg", "person", ""}}
	_, evs := eventsOf(t, extracttest.FactDoc{Kind: "secondary", Date: "2026-09-06", Body: body, Mentions: mentions,
		Dates: []extracttest.Date{{"today", "2026-09-06"}}})
	if len(evs) != 1 || evs[0].Date == nil || *evs[0].Date != "2026-09-06" {
		t.Fatalf("events = %+v, want the meeting dated by its speaker's today", evs)
	}
	// the day of another sentence that is not the report's day does not date it
	_, evs = eventsOf(t, extracttest.FactDoc{Kind: "secondary", Date: "2026-09-08", Body: body, Mentions: mentions,
		Dates: []extracttest.Date{{"today", "2026-09-06"}}})
	if len(evs) != 1 || evs[0].Date != nil {
		t.Fatalf("events = %+v, want the meeting undated", evs)
	}
}

func TestEventSummitOnlyWithASummitBody(t *testing.T) {
	for _, tc := range []struct{ org, key, want string }{
		{"Harbour Bank", "org:harbour-bank", "meeting"},
		{"NATO", "org:nato", "summit"},
	} {
		_, evs := eventsOf(t, extracttest.FactDoc{
			Kind: "secondary", Date: "2026-01-14",
			Body:     "The leaders of Freedonia, the " + tc.org + " and Ruritania met in Lisbon on Monday.\n",
			Mentions: []extracttest.Mention{{"Freedonia", "country:FRE", "country", ""}, {tc.org, tc.key, "organization", ""}, {"Ruritania", "country:RUR", "country", ""}, {"Lisbon", "place:lisbon", "place", ""}},
			Dates:    []extracttest.Date{{"on Monday", "2026-01-12"}},
		})
		if len(evs) != 1 || evs[0].Type != tc.want {
			t.Errorf("with %s: events = %+v, want one %s", tc.org, evs, tc.want)
		}
	}
}

func TestEventPlaceBeforeForIsNoName(t *testing.T) {
	f := extracttest.FactDoc{
		Kind: "secondary", Date: "2026-05-10",
		Body:     "In February, Anna Berg flew to Lisbon for talks with Ola Lind.\n",
		Mentions: []extracttest.Mention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Lisbon", "place:lisbon", "place", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
		Dates:    []extracttest.Date{{"In February", ""}},
	}
	a := f.Analysis(t)
	a.Dates[0].Period = "2026-02"
	extracttest.RunFactStages(t, a)
	if evs := a.Result.Events; len(evs) != 0 {
		t.Fatalf("events = %+v, want none: talks of February are background, 'Lisbon for talks' names no event", evs)
	}
}
