package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// runTextEntityStages runs the text and entity stages over body with a
// gazetteer of the given entries.
func runTextEntityStages(t *testing.T, entries []gazetteer.Entry, body, date string) *model.Analysis {
	t.Helper()
	g, err := gazetteer.New(entries)
	if err != nil {
		t.Fatalf("build test gazetteer: %v", err)
	}
	doc := &document.Document{ID: "test", Body: body, Date: date, Explicit: map[string]bool{"date": date != ""}}
	a := model.NewAnalysis(doc, g)
	for _, list := range [][]stageBuilder{textStages, entityStages} {
		for _, b := range list {
			s, err := b.build(g, data.FS)
			if err != nil {
				t.Fatalf("build stage %s: %v", b.name, err)
			}
			if err := s.Apply(a); err != nil {
				t.Fatalf("stage %s: %v", b.name, err)
			}
		}
	}
	checkEntityEvidence(t, a)
	return a
}

var calendarTestEntries = []gazetteer.Entry{
	{ID: "LUX", Kind: gazetteer.Country, Name: "Luxembourg", ISO2: "LU", ISO3: "LUX", Type: "un-member", Adjectives: []string{"Luxembourgish"}, Capital: "Luxembourg City"},
	{ID: "luxembourg-city", Kind: gazetteer.Place, Name: "Luxembourg City", Aliases: []string{"Luxembourg"}, PlaceType: "city", Country: "LUX"},
	{ID: "oslo", Kind: gazetteer.Place, Name: "Oslo", PlaceType: "city"},
	{ID: "li-jun", Kind: gazetteer.Person, Name: "Wang Jun"},
	{ID: "anna-young", Kind: gazetteer.Person, Name: "Anna Young"},
	{ID: "ulrike-von-der-hoff", Kind: gazetteer.Person, Name: "Ulrike von der Hoff"},
}

func TestCorefSkipsMonthAbbreviationAndDates(t *testing.T) {
	a := runTextEntityStages(t, calendarTestEntries, "OSLO, Jun 5 (Agency) - Talks opened. Later, Jun said nothing.\n", "")
	if len(a.Result.Persons) != 0 {
		t.Errorf("persons = %v, want none: Jun is a month here", entityNames(a.Result.Persons))
	}
}

func TestCorefCommonWordNeedsEvidence(t *testing.T) {
	a := runTextEntityStages(t, calendarTestEntries, "The young voters stayed home. In Oslo, Young Leaders met.\n", "")
	if len(a.Result.Persons) != 0 {
		t.Errorf("persons = %v, want none: young is a common word here", entityNames(a.Result.Persons))
	}
	a = runTextEntityStages(t, calendarTestEntries, "The young voters stayed home. Then Young said the vote was fair.\n", "")
	if _, ok := entityNamed(a.Result.Persons, "Anna Young"); !ok {
		t.Errorf("persons = %v, want Anna Young before a speech verb", entityNames(a.Result.Persons))
	}
}

func TestCorefParticleCaseFolds(t *testing.T) {
	body := "Ulrike von der Hoff arrived. Von der Hoff said the plan was sound.\n"
	a := runTextEntityStages(t, calendarTestEntries, body, "")
	p, ok := entityNamed(a.Result.Persons, "Ulrike von der Hoff")
	if !ok || len(a.Result.Persons) != 1 || !slices.Contains(p.Mentions, "Von der Hoff") {
		t.Errorf("persons = %+v, want one person with the mention Von der Hoff", a.Result.Persons)
	}
	// Without the full name: the gazetteer person, particles included.
	a = runTextEntityStages(t, calendarTestEntries, "Talks ended. Later, Von der Hoff said the plan was sound.\n", "")
	p, ok = entityNamed(a.Result.Persons, "Ulrike von der Hoff")
	if !ok || !slices.Equal(p.Mentions, []string{"Von der Hoff"}) {
		t.Errorf("persons = %+v, want Ulrike von der Hoff named Von der Hoff", a.Result.Persons)
	}
}

func TestCountryNameIsNoCity(t *testing.T) {
	a := runTextEntityStages(t, calendarTestEntries, "Ministers met in Luxembourg on Monday.\n", "")
	if len(a.Result.Places) != 0 || len(a.Result.Countries) != 1 {
		t.Errorf("places = %v, countries = %v, want the country only", entityNames(a.Result.Places), entityNames(a.Result.Countries))
	}
	a = runTextEntityStages(t, calendarTestEntries, "LUXEMBOURG, Jun 5 (Agency) - Ministers met.\n", "")
	if _, ok := entityNamed(a.Result.Places, "Luxembourg City"); !ok {
		t.Errorf("places = %v, want the city of the dateline", entityNames(a.Result.Places))
	}
}

func TestWeekdayFollowsTense(t *testing.T) {
	// 2026-11-10 is a Tuesday.
	body := "Leaders met on Friday. They will meet again on Monday. The deal will be signed on Sunday.\n"
	a := runTextEntityStages(t, nil, body, "2026-11-10")
	var got []string
	for _, d := range a.Dates {
		got = append(got, d.Date)
	}
	if want := []string{"2026-11-06", "2026-11-16", "2026-11-15"}; !slices.Equal(got, want) {
		t.Errorf("dates = %v, want %v", got, want)
	}
}
