package gen

import (
	"testing"

	"github.com/kg-project/kg/loader/gazetteer"
)

// testGazetteer is a small gazetteer written for these tests: invented
// people in real-style offices, a few countries, organizations, outlets and
// places.
func testGazetteer(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	checked := "2026-01-01"
	country := func(id, iso2, name, adj, capital string, seats ...string) gazetteer.Entry {
		return gazetteer.Entry{ID: id, Kind: gazetteer.Country, Name: name, ISO2: iso2, ISO3: id, Type: "un-member",
			Adjectives: []string{adj}, Demonyms: []string{adj + "s"}, Capital: capital, Seats: seats}
	}
	person := func(id, name string, o gazetteer.Office, aliases ...string) gazetteer.Entry {
		o.Checked = checked
		return gazetteer.Entry{ID: id, Kind: gazetteer.Person, Name: name, Aliases: aliases, Offices: []gazetteer.Office{o}}
	}
	place := func(id, name, typ, country string) gazetteer.Entry {
		return gazetteer.Entry{ID: id, Kind: gazetteer.Place, Name: name, PlaceType: typ, Country: country}
	}
	entries := []gazetteer.Entry{
		country("UKR", "UA", "Ukraine", "Ukrainian", "Kyiv", "Kyiv"),
		country("RUS", "RU", "Russia", "Russian", "Moscow", "Moscow", "the Kremlin"),
		country("BLR", "BY", "Belarus", "Belarusian", "Minsk"),
		country("IRN", "IR", "Iran", "Iranian", "Tehran"),
		country("PRK", "KP", "North Korea", "North Korean", "Pyongyang"),
		country("MDA", "MD", "Moldova", "Moldovan", "Chisinau"),
		country("GEO", "GE", "Georgia", "Georgian", "Tbilisi"),
		country("FRA", "FR", "France", "French", "Paris", "Paris", "the Elysee"),
		country("DEU", "DE", "Germany", "German", "Berlin", "Berlin"),
		country("POL", "PL", "Poland", "Polish", "Warsaw", "Warsaw"),
		country("GBR", "GB", "United Kingdom", "British", "London", "London", "Downing Street"),
		{ID: "nato", Kind: gazetteer.Organization, Name: "NATO", Aliases: []string{"North Atlantic Treaty Organization"}, Type: "alliance",
			Members: []string{"FRA", "DEU", "POL", "GBR"}},
		{ID: "eu", Kind: gazetteer.Organization, Name: "European Union", Aliases: []string{"EU"}, Type: "union",
			Members: []string{"FRA", "DEU", "POL"}},
		{ID: "wire-one", Kind: gazetteer.Outlet, Name: "Northwire", Type: "agency"},
		{ID: "daily-two", Kind: gazetteer.Outlet, Name: "Eastern Ledger", Type: "outlet"},
		{ID: "radio-three", Kind: gazetteer.Outlet, Name: "Radio Meridian", Type: "outlet"},
		person("ana-rivel", "Ana Rivel", gazetteer.Office{Title: "President", Role: "head of state", Country: "FRA", From: "2024-05-01"}),
		person("jon-bakker", "Jon Bakker", gazetteer.Office{Title: "Federal Chancellor", Role: "head of government", Country: "DEU", From: "2024"}),
		person("ola-nowak", "Ola Nowakowska", gazetteer.Office{Title: "Minister of Foreign Affairs", Role: "foreign minister", Country: "POL"}, "Ola Nowakowskaya"),
		person("tim-hale", "Tim Hale", gazetteer.Office{Title: "Prime Minister", Role: "head of government", Country: "GBR", From: "2023"}),
		person("ivo-ker", "Ivo van der Kerr", gazetteer.Office{Title: "Secretary General", Role: "head of organization", Org: "nato", From: "2024"}),
		person("dan-poro", "Dan Porosh", gazetteer.Office{Title: "President", Role: "head of state", Country: "UKR"}, "Dan Poroch"),
		person("old-man", "Old Former", gazetteer.Office{Title: "President", Role: "head of state", Country: "DEU", From: "2001", To: "2004"}),
		place("paris", "Paris", "city", "FRA"),
		place("berlin", "Berlin", "city", "DEU"),
		place("warsaw", "Warsaw", "city", "POL"),
		place("lviv", "Lviv", "city", "UKR"),
		place("elysee-palace", "Elysee Palace", "venue", "FRA"),
		place("donetsk", "Donetsk region", "region", "UKR"),
	}
	g, err := gazetteer.New(entries)
	if err != nil {
		t.Fatalf("build test gazetteer: %v", err)
	}
	return g
}
