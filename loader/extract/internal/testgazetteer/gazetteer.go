// Package testgazetteer holds the small gazetteer the extraction tests share.
// It reads nothing and adds nothing to the pipeline; it depends only on the
// gazetteer package, so that the root package's own tests can use it too.
package testgazetteer

import (
	"testing"

	"github.com/kg-project/kg/loader/gazetteer"
)

// New is a small gazetteer written for the entity tests: a few
// countries, persons holding offices, organizations with their bodies,
// outlets and places.
func New(t testing.TB) *gazetteer.Gazetteer {
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
