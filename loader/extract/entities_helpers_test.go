package extract

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// testGazetteer is a small gazetteer written for the entity tests.
func entityTestGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.New([]gazetteer.Entry{
		{ID: "FRA", Kind: gazetteer.Country, Name: "France", ISO2: "FR", ISO3: "FRA", Type: "un-member", Demonyms: []string{"French"}, Adjectives: []string{"French"}, Capital: "Paris", Seats: []string{"the Elysee"}},
		{ID: "BEL", Kind: gazetteer.Country, Name: "Belgium", ISO2: "BE", ISO3: "BEL", Type: "un-member", Demonyms: []string{"Belgians"}, Adjectives: []string{"Belgian"}, Capital: "Brussels"},
		{ID: "UKR", Kind: gazetteer.Country, Name: "Ukraine", ISO2: "UA", ISO3: "UKR", Type: "un-member", Demonyms: []string{"Ukrainians"}, Adjectives: []string{"Ukrainian"}, Capital: "Kyiv"},
		{ID: "RUS", Kind: gazetteer.Country, Name: "Russia", ISO2: "RU", ISO3: "RUS", Type: "un-member", Adjectives: []string{"Russian"}, Capital: "Moscow", Seats: []string{"the Kremlin"}},
		{ID: "USA", Kind: gazetteer.Country, Name: "United States", ISO2: "US", ISO3: "USA", Type: "un-member", Aliases: []string{"US", "U.S."}, Demonyms: []string{"Americans"}, Adjectives: []string{"American"}, Capital: "Washington", Seats: []string{"Washington", "the White House"}},
		{ID: "emmanuel-macron", Kind: gazetteer.Person, Name: "Emmanuel Macron", Aliases: []string{"Macron"},
			Offices: []gazetteer.Office{{Title: "President", Country: "FRA", From: "2017-05-14", Checked: "2026-01-01"}}},
		{ID: "nato", Kind: gazetteer.Organization, Name: "NATO", Type: "alliance", Domains: []string{"nato.example"}},
		{ID: "karl-iv", Kind: gazetteer.Person, Name: "Karl IV", Aliases: []string{"King Karl IV"},
			Offices: []gazetteer.Office{{Title: "King", Country: "BEL", From: "2020-01-01", Checked: "2026-01-01"}, {Title: "King", Country: "UKR", From: "2020-01-01", Checked: "2026-01-01"}}},
		{ID: "us-treasury", Kind: gazetteer.Organization, Name: "United States Department of the Treasury", Aliases: []string{"US Treasury"}, Type: "government", Country: "USA"},
		{ID: "freedonian-league", Kind: gazetteer.Organization, Name: "Freedonian League", Type: "union"},
		{ID: "league-commission", Kind: gazetteer.Organization, Name: "League Commission", ParentID: "freedonian-league", Type: "body"},
		{ID: "league-council", Kind: gazetteer.Organization, Name: "League Council", ParentID: "freedonian-league", Type: "body"},
		{ID: "council-of-the-league", Kind: gazetteer.Organization, Name: "Council of the League", ParentID: "freedonian-league", Type: "body"},
		{ID: "coalition-of-the-willing", Kind: gazetteer.Organization, Name: "Coalition of the Willing", Type: "coalition"},
		{ID: "reuters", Kind: gazetteer.Outlet, Name: "Reuters", Type: "agency"},
		{ID: "afp", Kind: gazetteer.Outlet, Name: "AFP", Aliases: []string{"Agence France-Presse"}, Type: "agency"},
		{ID: "interfax", Kind: gazetteer.Outlet, Name: "Interfax", Type: "agency"},
		{ID: "interfax-ukraine", Kind: gazetteer.Outlet, Name: "Interfax-Ukraine", Type: "agency"},
		{ID: "ruritania-herald", Kind: gazetteer.Outlet, Name: "Ruritania Herald", Type: "outlet", Domains: []string{"herald.example"}},
		{ID: "gateway-wire", Kind: gazetteer.Outlet, Name: "Gateway Wire", Type: "release-wire", Domains: []string{"gatewaywire.example"}},
		{ID: "state-news", Kind: gazetteer.Outlet, Name: "State News Agency", Type: "agency", Domains: []string{"news.gov.example"}},
		{ID: "northern-reaches", Kind: gazetteer.Place, Name: "Northern Reaches", Aliases: []string{"Northern Reaches region"}, PlaceType: "macro-region"},
		{ID: "paris", Kind: gazetteer.Place, Name: "Paris", PlaceType: "city", Country: "FRA"},
		{ID: "white-house", Kind: gazetteer.Place, Name: "White House", Aliases: []string{"the White House"}, PlaceType: "venue", Country: "USA"},
		{ID: "elysee-palace", Kind: gazetteer.Place, Name: "Elysee Palace", Aliases: []string{"Élysée Palace"}, PlaceType: "venue", Country: "FRA"},
	})
	if err != nil {
		t.Fatalf("build test gazetteer: %v", err)
	}
	return g
}

// runEntityStages runs the entity stages alone over body.
func runEntityStages(t *testing.T, body string, explicit map[string]bool) *model.Analysis {
	t.Helper()
	g := entityTestGazetteer(t)
	if explicit == nil {
		explicit = map[string]bool{}
	}
	doc := &document.Document{ID: "test", Body: body, Explicit: explicit}
	a := model.NewAnalysis(doc, g)
	for _, b := range entityStages {
		s, err := b.build(g, data.FS)
		if err != nil {
			t.Fatalf("build stage %s: %v", b.name, err)
		}
		if err := s.Apply(a); err != nil {
			t.Fatalf("stage %s: %v", b.name, err)
		}
	}
	checkEntityEvidence(t, a)
	return a
}

// checkEntityEvidence fails when a span's text is not the body between its
// code point offsets.
func checkEntityEvidence(t *testing.T, a *model.Analysis) {
	t.Helper()
	runes := []rune(a.Body)
	for _, list := range [][]model.Entity{a.Result.Persons, a.Result.Countries, a.Result.Organizations, a.Result.Places} {
		for _, e := range list {
			if len(e.Evidence) == 0 {
				t.Errorf("%s has no evidence", e.ID)
			}
			for _, sp := range e.Evidence {
				if sp.Start < 0 || sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Text {
					t.Errorf("%s: span %d-%d %q does not match the body", e.ID, sp.Start, sp.End, sp.Text)
				}
			}
		}
	}
}

// entityNamed returns the entity of the list with the given name.
func entityNamed(list []model.Entity, name string) (model.Entity, bool) {
	for _, e := range list {
		if e.Name == name {
			return e, true
		}
	}
	return model.Entity{}, false
}

func entityNames(list []model.Entity) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Name)
	}
	return out
}

// documentFields is the document a test prepares before running stages.
type documentFields = document.Document

// runEntityStagesDoc is runEntityStages with a document the test adjusts.
func runEntityStagesDoc(t *testing.T, body string, set func(*documentFields)) *model.Analysis {
	t.Helper()
	g := entityTestGazetteer(t)
	doc := &document.Document{ID: "test", Body: body, Explicit: map[string]bool{}}
	set(doc)
	a := model.NewAnalysis(doc, g)
	for _, b := range entityStages {
		s, err := b.build(g, data.FS)
		if err != nil {
			t.Fatalf("build stage %s: %v", b.name, err)
		}
		if err := s.Apply(a); err != nil {
			t.Fatalf("stage %s: %v", b.name, err)
		}
	}
	checkEntityEvidence(t, a)
	return a
}
