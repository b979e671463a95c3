package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

// Tests of the reporting context: appositive sources ("Title, Name,
// said"), circumstances after a trailing verb ("..., X said in a
// statement"), "This was stated by X", speaking seats named as written
// and persons named by their office alone.

func TestAttributionAppositiveSources(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia's finance minister, Anna Berg, said the harbour would reopen in May.\n" +
			"Ola Lind, chief executive of the Port Authority, stated that tolls would fall.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", "name"}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Port Authority", "org:port-authority", "organization", ""}},
	})
	want := []struct{ src, claim string }{
		{"Anna Berg", "the harbour would reopen in May"},
		{"Ola Lind", "tolls would fall"},
	}
	if len(ats) != len(want) {
		t.Fatalf("attributions = %+v, want %d", ats, len(want))
	}
	for i, w := range want {
		if ats[i].Source != w.src || ats[i].Claim != w.claim {
			t.Errorf("attribution %d = %q: %q; want %q: %q", i, ats[i].Source, ats[i].Claim, w.src, w.claim)
		}
	}
}

func TestAttributionCircumstanceIsNoClaim(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "The harbour will reopen in May, the Palace said in a statement on Friday.\n" +
			"Tolls will fall next year, Anna Berg told reporters at the port.\n",
		mentions: []factMention{{"the Palace", "country:FRE", "country", "seat"}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 2 {
		t.Fatalf("attributions = %+v, want 2", ats)
	}
	if ats[0].Source != "Palace" || !strings.HasPrefix(ats[0].Claim, "The harbour will reopen") {
		t.Errorf("first = %q: %q; want the seat as written and the claim before it", ats[0].Source, ats[0].Claim)
	}
	if ats[1].Source != "Anna Berg" || !strings.HasPrefix(ats[1].Claim, "Tolls will fall") {
		t.Errorf("second = %q: %q; want the claim before the reporting clause", ats[1].Source, ats[1].Claim)
	}
}

func TestAttributionStatedBy(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Freedonia will build two new bridges by 2030.\n" +
			"This was stated by Anna Berg, who spoke at the opening of the fair.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", "name"}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 1 || ats[0].Source != "Anna Berg" || !strings.HasPrefix(ats[0].Claim, "Freedonia will build") {
		t.Fatalf("attributions = %+v, want Anna Berg's claim of the sentence before", ats)
	}
}

func TestAttributionPersonByOffice(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Freedonian President Anna Berg arrived in Ruritania on Monday.\n" +
			"The president of Freedonia said the treaty would be signed soon.\n" +
			"The head of the delegation said the talks were over.\n",
		mentions: []factMention{{"Freedonian", "country:FRE", "country", "adjective"}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Ruritania", "country:RUR", "country", "name"}, {"Freedonia", "country:FRE", "country", "name"}},
	}
	a := f.analysis(t)
	a.Result.Persons = []model.Entity{{ID: "person:anna-berg", Name: "Anna Berg", Kind: "person",
		RoleDetails: []model.Role{{Label: "President of Freedonia", Title: "President", OfID: "country:FRE", OfName: "Freedonia"}}}}
	runFactStages(t, a)
	ats := a.Result.Attributions
	if len(ats) != 1 || ats[0].SourceID != "person:anna-berg" || !strings.HasPrefix(ats[0].Claim, "the treaty") {
		t.Fatalf("attributions = %+v, want the president's claim only (no one holds the delegation's head)", ats)
	}
}

func TestAttributionTranscriptSpeakers(t *testing.T) {
	body := "*MINISTER BERG:* Well, the harbour of Freedonia will reopen to all ships in May.\nThank you.\n" +
		"Q: Will the tolls fall next year?\n" +
		"Chancellor Lind. The new bridges will be finished before the winter comes. " +
		"They cost less than planned.\n"
	ats := attributionsOf(t, factDoc{
		kind: "primary",
		body: body,
		mentions: []factMention{{"BERG", "person:anna-berg", "person", "surname"}, {"Freedonia", "country:FRE", "country", "name"},
			{"Lind", "person:ola-lind", "person", "surname"}},
	})
	want := []struct{ src, claim string }{
		{"BERG", "Well, the harbour of Freedonia will reopen to all ships in May"},
		{"Lind", "The new bridges will be finished before the winter comes. They cost less than planned"},
	}
	if len(ats) != len(want) {
		t.Fatalf("attributions = %+v, want %d (no question, no short thanks)", ats, len(want))
	}
	for i, w := range want {
		if ats[i].Source != w.src || ats[i].Claim != w.claim {
			t.Errorf("attribution %d = %q: %q; want %q: %q", i, ats[i].Source, ats[i].Claim, w.src, w.claim)
		}
	}
}

func TestAttributionOneLabelIsNoTranscript(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Anna Berg: the harbour of Freedonia will reopen to all ships in May.\nThe bridges will be finished before the winter comes.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", "name"}, {"Freedonia", "country:FRE", "country", "name"}},
	})
	if len(ats) != 0 {
		t.Fatalf("attributions = %+v, want none: one label makes no transcript", ats)
	}
}

func TestAttributionUnnamedDescriptionEndsBeforeAsides(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "European leaders - who rushed to the capital on Sunday - urged the council to delay the vote.\n" +
			"One of the sources said the harbour would reopen in May.\n",
	})
	if len(ats) != 2 || ats[0].Source != "European leaders" || ats[1].Source != "sources" {
		t.Fatalf("attributions = %+v, want the descriptions without the aside and without \"one of the\"", ats)
	}
}

func TestAttributionOfficeNamingItsBody(t *testing.T) {
	f := factDoc{
		kind:     "secondary",
		body:     "The President of the Harbour Board said the port would reopen in May.\n",
		mentions: []factMention{{"Harbour Board", "org:harbour-board", "organization", "name"}},
	}
	a := f.analysis(t)
	a.Result.Persons = []model.Entity{{ID: "person:anna-berg", Name: "Anna Berg", Kind: "person",
		RoleDetails: []model.Role{{Label: "President of the Harbour Board", Title: "President of the Harbour Board"}}}}
	runFactStages(t, a)
	if ats := a.Result.Attributions; len(ats) != 1 || ats[0].SourceID != "person:anna-berg" {
		t.Fatalf("attributions = %+v, want the board's president, Anna Berg", ats)
	}
}

func TestAttributionDashSetSourceAndTextRelay(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg opened the fair in Ruritania on Monday.\n" +
			"This is reported by Radio Freedonia.\n" +
			"The harbour is not for sale. The bridges will stay open to everyone. - Anna Berg said, sending a message to her rivals.\n" +
			"So the deal is already done – Anna Berg said, without giving a date.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ruritania", "country:RUR", "country", "name"},
			{"Radio Freedonia", "org:radio-freedonia", "outlet", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	var claims []string
	for _, a := range ats {
		if a.SourceID != "person:anna-berg" || a.Via == nil || *a.Via != "Radio Freedonia" {
			t.Errorf("attribution %q from %s via %v, want Anna Berg via the outlet the text says relays it", a.Claim, a.SourceID, a.Via)
		}
		claims = append(claims, a.Claim)
	}
	want := []string{"The harbour is not for sale. The bridges will stay open to everyone", "So the deal is already done"}
	if strings.Join(claims, "|") != strings.Join(want, "|") {
		t.Errorf("claims = %q, want %q (no aside after the verb)", claims, want)
	}
}

func TestAttributionOutletCreditOfAnInnerSpeaker(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "In a meeting on Friday, Anna Berg said the harbour would reopen in May, reported Radio Freedonia.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Radio Freedonia", "org:radio-freedonia", "outlet", ""}},
	})
	if len(ats) != 1 || ats[0].SourceID != "person:anna-berg" || ats[0].Via == nil || !strings.HasPrefix(ats[0].Claim, "the harbour") {
		t.Fatalf("attributions = %+v, want Anna Berg's claim relayed by the outlet", ats)
	}
}

func TestAttributionParticipleAndContinuedQuote(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Foreign Minister Anna Berg posted on social media saying the harbour would reopen in May.\n" +
			"\u201cThe tolls will fall as well,\u201d Anna Berg said.\n" +
			"\u201cNo ship will be turned away.\u201d\n" +
			"\u201cThe port is ready.\u201d\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	want := []string{"the harbour would reopen in May", "The tolls will fall as well", "No ship will be turned away", "The port is ready"}
	if len(ats) != len(want) {
		t.Fatalf("attributions = %+v, want %d", ats, len(want))
	}
	for i, w := range want {
		if ats[i].SourceID != "person:anna-berg" || ats[i].Claim != w {
			t.Errorf("attribution %d = %s: %q; want Anna Berg: %q", i, ats[i].SourceID, ats[i].Claim, w)
		}
	}
}

func TestAttributionColonDatelineAndParentheticalCredit(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Lisbon, Portugal, Monday, 3rd May, 2027 – The Harbour Board of the Republic of Freedonia is pleased to announce that the port will reopen in June.\n" +
			"Related to this, the Board's chair, Anna Berg, says:\n" +
			"\u201cWe are grateful to all the crews for their patience.\u201d\n" +
			"Radio Freedonia broke the story.\n" +
			"The new tolls, the radio station points out, are the lowest in the region.\n",
		mentions: []factMention{{"Lisbon", "place:lisbon", "place", ""}, {"Portugal", "country:PRT", "country", "name"},
			{"Harbour Board", "org:harbour-board", "organization", "name"}, {"Freedonia", "country:FRE", "country", "name"},
			{"Anna Berg", "person:anna-berg", "person", ""}, {"Radio Freedonia", "org:radio-freedonia", "outlet", ""}},
	})
	want := []struct{ src, claim string }{
		{"org:harbour-board", "the port will reopen in June"},
		{"person:anna-berg", "We are grateful to all the crews for their patience"},
		{"org:radio-freedonia", "The new tolls, the radio station points out, are the lowest in the region"},
	}
	if len(ats) != len(want) {
		t.Fatalf("attributions = %+v, want %d", ats, len(want))
	}
	for i, w := range want {
		if ats[i].SourceID != w.src || ats[i].Claim != w.claim {
			t.Errorf("attribution %d = %s: %q; want %s: %q", i, ats[i].SourceID, ats[i].Claim, w.src, w.claim)
		}
	}
}

func TestAttributionFurtherSayingsInOneSentence(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg said the harbour would reopen in May, as she urged ship owners to return soon, and insisted the tolls would fall.\n" +
			"The Harbour Board has estimated that repairs would cost at least 40 million, while experts say that could reach 90 million.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Harbour Board", "org:harbour-board", "organization", "name"}},
	})
	want := []struct{ src, claim string }{
		{"person:anna-berg", "the harbour would reopen in May"},
		{"person:anna-berg", "ship owners to return soon"},
		{"person:anna-berg", "the tolls would fall"},
		{"org:harbour-board", "repairs would cost at least 40 million"},
		{"unnamed:experts", "could reach 90 million"},
	}
	if len(ats) != len(want) {
		t.Fatalf("attributions = %+v, want %d", ats, len(want))
	}
	for i, w := range want {
		if ats[i].SourceID != w.src || ats[i].Claim != w.claim {
			t.Errorf("attribution %d = %s: %q; want %s: %q", i, ats[i].SourceID, ats[i].Claim, w.src, w.claim)
		}
	}
}

func TestAttributionCutOffLastLineAndPresidentOfHisState(t *testing.T) {
	f := factDoc{
		kind: "secondary",
		body: "Anna Berg met the harbour workers on Monday.\n" +
			"The Freedonian president also said this month she would open the new port in the spring of next year\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Freedonian", "country:FRE", "country", "demonym"}},
	}
	a := f.analysis(t)
	a.Sents[1].Kind = "heading" // a cut-off last line reads as a heading
	a.Result.Persons = []model.Entity{{ID: "person:anna-berg", Name: "Anna Berg", Kind: "person",
		RoleDetails: []model.Role{{Label: "President", Title: "President", OfID: ""}, {Label: "Minister", Title: "Minister", OfID: "country:FRE"}}}}
	runFactStages(t, a)
	ats := a.Result.Attributions
	if len(ats) != 1 || ats[0].SourceID != "person:anna-berg" || !strings.Contains(ats[0].Claim, "open the new port") {
		t.Fatalf("attributions = %+v, want the president's claim on the cut-off line", ats)
	}
}

func TestAttributionPronounSkipsNamesInTheQuote(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "The harbour will reopen in May, Anna Berg has said.\n" +
			"\u201cHow Ola Lind's fleet behaves will decide the matter,\u201d she said on Thursday.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(ats) != 2 || ats[1].SourceID != "person:anna-berg" {
		t.Fatalf("attributions = %+v, want the quote from Anna Berg, not from the person named inside it", ats)
	}
}

func TestAttributionSourceAndQuoteLabels(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "The harbour office has published the new timetable.\n" +
			"Source: Anna Berg, head of the harbour office, as reported by Radio Freedonia\n" +
			"Quote: \u201cThe ferries will run every hour from May.\u201d\n" +
			"Berg said the night ferry would return in June.\n",
		mentions: []factMention{{"Radio Freedonia", "org:radio-freedonia", "outlet", ""}},
	})
	want := []string{"The ferries will run every hour from May", "the night ferry would return in June"}
	if len(ats) != len(want) {
		t.Fatalf("attributions = %+v, want %d", ats, len(want))
	}
	for i, w := range want {
		if ats[i].Source != "Anna Berg" || ats[i].Via == nil || *ats[i].Via != "Radio Freedonia" || ats[i].Claim != w {
			t.Errorf("attribution %d = %q via %v: %q; want Anna Berg via Radio Freedonia: %q", i, ats[i].Source, ats[i].Via, ats[i].Claim, w)
		}
	}
}

func TestAttributionStatementBlockOfABareTitle(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "primary",
		body: "On the harbour report, the Secretary-General said the following:\n\n" +
			"The harbour of Freedonia must reopen to all ships without delay.\n\n" +
			"This must end.\n\n" +
			"Every crew deserves a safe port and a fair toll.\n\n" +
			"These were the words of the Secretary-General.\n\n" +
			"The ferries of Ruritania kept running all week long.\n",
		mentions: []factMention{{"Freedonia", "country:FRE", "country", "name"}, {"Ruritania", "country:RUR", "country", "name"}},
	})
	want := []string{"The harbour of Freedonia must reopen to all ships without delay", "Every crew deserves a safe port and a fair toll"}
	if len(ats) != len(want) {
		t.Fatalf("attributions = %+v, want %d", ats, len(want))
	}
	for i, w := range want {
		if ats[i].Source != "Secretary-General" || ats[i].Claim != w {
			t.Errorf("attribution %d = %q: %q; want the Secretary-General: %q", i, ats[i].Source, ats[i].Claim, w)
		}
	}
}

func TestAttributionNounObjectIsNoClaim(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg welcomed the new harbour timetable of the board.\n" +
			"Anna Berg welcomed that the harbour would reopen in May.\n" +
			"Anna Berg reaffirmed \u201cthe port is open to all ships\u201d.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""},
			{"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 2 || !strings.HasPrefix(ats[0].Claim, "the harbour would") || !strings.HasPrefix(ats[1].Claim, "the port is open") {
		t.Fatalf("attributions = %+v, want the clause and the quotation, not the welcomed timetable", ats)
	}
}

func TestAttributionInterviewRelayCarriesOn(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg told Radio Freedonia that the harbour would reopen in May.\n" +
			"\u201cThe ferries will run every hour,\u201d she said.\n" +
			"\u201cThe tolls stay as they are,\u201d Ola Lind said as quoted by Radio Freedonia.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Radio Freedonia", "org:radio-freedonia", "outlet", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Radio Freedonia", "org:radio-freedonia", "outlet", ""}},
	})
	if len(ats) != 3 {
		t.Fatalf("attributions = %+v, want 3", ats)
	}
	for _, a := range ats {
		if a.Via == nil || *a.Via != "Radio Freedonia" {
			t.Errorf("attribution %q from %s: via %v, want Radio Freedonia", a.Claim, a.SourceID, a.Via)
		}
	}
}

func TestAttributionPronounContinuesTheSpeaker(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "After Ola Lind spoke, Anna Berg said new ferries would come to the harbour.\n" +
			"She added that the tolls would fall in May.\n",
		mentions: []factMention{{"Ola Lind", "person:ola-lind", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	if len(ats) != 2 || ats[1].SourceID != "person:anna-berg" {
		t.Fatalf("attributions = %+v, want the second claim from Anna Berg, who spoke just before", ats)
	}
}

func TestAttributionJointSpeakers(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "Both Anna Berg and Ola Lind said they hoped the harbour would reopen in May.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	if len(ats) != 2 || ats[0].SourceID != "person:anna-berg" || ats[1].SourceID != "person:ola-lind" || ats[0].Claim != ats[1].Claim {
		t.Fatalf("attributions = %+v, want the same claim from each speaker", ats)
	}
}

func TestAttributionAgencyNameIsNoBackReference(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Radio Freedonia reported that the harbour would reopen.\n" +
			"According to Ruritania Press Agency, the tolls would fall.\n",
		mentions: []factMention{{"Radio Freedonia", "org:radio-freedonia", "outlet", ""}, {"Ruritania Press Agency", "org:rpa", "outlet", ""}},
	})
	if len(ats) != 2 || ats[1].SourceID != "org:rpa" {
		t.Fatalf("attributions = %+v, want the agency named, not the outlet before", ats)
	}
}

func TestAttributionRepeatedTitleIsNoTranscript(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Berg: Freedonia and Ruritania agree on the harbour\n" +
			"Berg: Freedonia and Ruritania agree on the harbour\n" +
			"The two ports will share one timetable from May onwards.\n",
		mentions: []factMention{{"Berg", "person:anna-berg", "person", "surname"}, {"Freedonia", "country:FRE", "country", "name"},
			{"Ruritania", "country:RUR", "country", "name"}, {"Berg", "person:anna-berg", "person", "surname"},
			{"Freedonia", "country:FRE", "country", "name"}, {"Ruritania", "country:RUR", "country", "name"}},
	})
	if len(ats) != 0 {
		t.Fatalf("attributions = %+v, want none: a title printed twice makes no transcript", ats)
	}
}

func TestAttributionPronounAfterANewSubject(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "Anna Berg said the harbour would reopen in May.\n" +
			"Ola Lind, in his speech, had praised the ferries.\n" +
			"He wrote: \u201cThe ferries are the best in the region.\u201d\n" +
			"After meeting with Ola Lind, Anna Berg said the tolls would fall.\n" +
			"She added that the port would stay open at night.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""},
			{"Ola Lind", "person:ola-lind", "person", ""}, {"Anna Berg", "person:anna-berg", "person", ""}},
	})
	got := map[string]string{}
	for _, a := range ats {
		got[a.Claim] = a.SourceID
	}
	if got["The ferries are the best in the region"] != "person:ola-lind" {
		t.Errorf("quote after a new subject = %v, want Ola Lind's", got)
	}
	if got["the port would stay open at night"] != "person:anna-berg" {
		t.Errorf("claim after a person met = %v, want Anna Berg's, who spoke", got)
	}
}

func TestAttributionBodyOfAStateAndAttributedTo(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "\u201cThe harbour treaty marks a new start for both ports,\u201d said the Freedonian ministry of transport.\n" +
			"A note attributed to the office of the spokesperson said the tolls would fall.\n",
		mentions: []factMention{{"Freedonian", "country:FRE", "country", "adjective"}},
	})
	if len(ats) != 2 {
		t.Fatalf("attributions = %+v, want 2", ats)
	}
	if ats[0].Source != "Freedonian ministry of transport" {
		t.Errorf("source = %q, want the ministry as written", ats[0].Source)
	}
	if ats[1].Source != "office of the spokesperson" {
		t.Errorf("source = %q, want the office the note is attributed to", ats[1].Source)
	}
}
