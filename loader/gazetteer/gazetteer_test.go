package gazetteer

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func loadSmall(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Load(os.DirFS("testdata"), "good")
	if err != nil {
		t.Fatalf("Load testdata/good: %v", err)
	}
	return g
}

func TestLoadIndexesEntries(t *testing.T) {
	g := loadSmall(t)
	if n := len(g.Entries()); n != 12 {
		t.Errorf("Entries() = %d entries, want 12", n)
	}
	if n := len(g.ByKind(Country)); n != 4 {
		t.Errorf("ByKind(Country) = %d, want 4", n)
	}
	e, ok := g.Get(Person, "emmanuel-macron")
	if !ok || e.Name != "Emmanuel Macron" {
		t.Fatalf("Get(person, emmanuel-macron) = %v, %v", e, ok)
	}
	if names := e.Names(); len(names) != 1 || names[0] != "Emmanuel Macron" {
		t.Errorf("Names() = %v", names)
	}
	fra, _ := g.Get(Country, "FRA")
	if names := fra.Names(); len(names) < 8 || names[0] != "France" {
		t.Errorf("France Names() = %v", names)
	}
	if _, ok := g.Get(Country, "emmanuel-macron"); ok {
		t.Error("Get with the wrong kind found an entry")
	}
}

func TestLoadReportsInvalidEntries(t *testing.T) {
	cases := map[string]struct {
		yaml string
		want string
	}{
		"duplicate id": {`
- {id: FRA, kind: country, name: France, iso2: FR, iso3: FRA}
- {id: FRA, kind: country, name: France again, iso2: FR, iso3: FRA}`, `"FRA": invalid gazetteer entry: id already used`},
		"no name":      {`- {id: x, kind: organization}`, `"x": invalid gazetteer entry: no name`},
		"unknown kind": {`- {id: x, kind: planet, name: Mars}`, `unknown kind "planet"`},
		"unknown country in office": {`
- id: p
  kind: person
  name: A Person
  offices: [{title: President, country: XXX, checked: 2026-01-06}]`, `office 1 (President): country "XXX" is not a country`},
		"office org is a country": {`
- {id: FRA, kind: country, name: France, iso2: FR, iso3: FRA}
- id: p
  kind: person
  name: A Person
  offices: [{title: Envoy, org: FRA, checked: 2026-01-06}]`, `org "FRA" is not an organization`},
		"bad date": {`
- {id: FRA, kind: country, name: France, iso2: FR, iso3: FRA}
- id: p
  kind: person
  name: A Person
  offices: [{title: President, country: FRA, from: 2017-13-01, checked: 2026-01-06}]`, `from date "2017-13-01"`},
		"ends before it starts": {`
- {id: FRA, kind: country, name: France, iso2: FR, iso3: FRA}
- id: p
  kind: person
  name: A Person
  offices: [{title: President, country: FRA, from: 2017, to: 2016-05, checked: 2026-01-06}]`, `ends (2016-05) before it starts (2017)`},
		"no checked date": {`
- {id: FRA, kind: country, name: France, iso2: FR, iso3: FRA}
- id: p
  kind: person
  name: A Person
  offices: [{title: President, country: FRA}]`, `checked "" is not YYYY-MM-DD`},
		"country id not iso3": {`- {id: france, kind: country, name: France, iso2: FR, iso3: FRA}`, `upper-case ISO 3166 alpha-3`},
		"place type":          {`- {id: x, kind: place, name: X, place_type: planet}`, `place_type "planet"`},
		"swallowed yaml": {`- {id: x, kind: place, name: X, aliases: ['s-Hertogenbosch]}
- {id: y, kind: place, name: Y, aliases: [Y'], place_type: city}`, `looks like YAML swallowed`},
		"empty alias":        {`- {id: x, kind: place, name: X, place_type: city, aliases: ["", "--"]}`, `empty alias ""`},
		"unknown field":      {`- {id: x, kind: place, name: X, place_type: city, colour: red}`, `colour`},
		"domain with scheme": {`- {id: x, kind: outlet, name: X News, domains: [https://xnews.example]}`, `domain "https://xnews.example"`},
		"domain with www":    {`- {id: x, kind: outlet, name: X News, domains: [www.xnews.example]}`, `domain "www.xnews.example"`},
		"domain twice": {`- {id: x, kind: outlet, name: X News, domains: [xnews.example]}
- {id: y, kind: outlet, name: Y News, domains: [xnews.example]}`, `already listed by entry "x"`},
		"cue name not a name":  {`- {id: x, kind: organization, name: Acme, aliases: [Acme Corp], cue_names: [Apex]}`, `cue name "Apex" is not the entry's name`},
		"cue name of a person": {`- {id: x, kind: person, name: Jane Rose, cue_names: [Jane Rose]}`, `only organizations and outlets have cue names`},
		"domain of a place":    {`- {id: x, kind: place, name: X, place_type: city, domains: [x.example]}`, `only outlets and organizations`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"gaz/bad.yaml": {Data: []byte(c.yaml)}}
			_, err := Load(fsys, "gaz")
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "bad.yaml") {
				t.Errorf("error %q does not name the file and say %q", err, c.want)
			}
			if name != "unknown field" && !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v is not ErrInvalid", err)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"Zelenskyy":                "zelenskyy",
		"ZELENSKIY":                "zelenskiy",
		"the Élysée":               "elysee",
		"The Kremlin":              "kremlin",
		"U.S.":                     "us",
		"Zelensky's":               "zelensky",
		"Zelensky’s":               "zelensky",
		"Türkiye":                  "turkiye",
		"Côte d’Ivoire":            "cote d ivoire",
		"RFE/RL":                   "rfe rl",
		"  Guinea-Bissau  ":        "guinea bissau",
		"Straße":                   "strasse",
		"Łukasz Ø":                 "lukasz o",
		"the":                      "the",
		"J.D. Vance":               "jd vance",
		"Coalition of the Willing": "coalition of the willing",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLookupVariants(t *testing.T) {
	g := loadSmall(t)
	for _, name := range []string{"zelenskiy", "VOLODYMYR ZELENSKYY", "Vladimir Zelensky", "Volodymyr Zelensky's"} {
		hits := g.Lookup(name)
		if len(hits) != 1 || hits[0].Entry.ID != "volodymyr-zelenskyy" {
			// "zelenskiy" alone is a surname: only BySurname finds it.
			if name == "zelenskiy" {
				continue
			}
			t.Errorf("Lookup(%q) = %v, want the one person", name, hits)
		}
	}
	if got := g.BySurname("ZELENSKIY"); len(got) != 1 || got[0].ID != "volodymyr-zelenskyy" {
		t.Errorf("BySurname(ZELENSKIY) = %v", got)
	}
	forms := map[string]Form{"Türkiye": FormAlias, "turkiye": FormAlias, "TUR": FormISO, "fr": FormISO,
		"the elysee": FormSeat, "Americans": FormDemonym, "French Republic": FormOfficial, "Ankara": FormCapital}
	for name, want := range forms {
		hits := g.Lookup(name)
		if len(hits) == 0 || hits[0].Form != want || hits[0].Entry.Kind != Country {
			t.Errorf("Lookup(%q) = %v, want a country by %s", name, hits, want)
		}
	}
	// Paris is both a city (by name) and France's capital: the name ranks first.
	hits := g.Lookup("paris")
	if len(hits) != 2 || hits[0].Entry.ID != "paris" || hits[1].Entry.ID != "FRA" {
		t.Errorf("Lookup(paris) = %v, want the city then France", hits)
	}
	if hits := g.Lookup("Germany"); len(hits) != 0 {
		t.Errorf("Lookup(Germany) = %v, want nothing", hits)
	}
}

func TestHolderOf(t *testing.T) {
	g := loadSmall(t)
	cases := []struct {
		title, where, date, want string
	}{
		{"President", "FRA", "2026-01-06", "emmanuel-macron"},
		{"president", "France", "2026-01-06", "emmanuel-macron"},
		{"President", "French", "2015-03", "francois-hollande"},
		{"head of state", "FRA", "", "emmanuel-macron"},
		{"President", "FRA", "2017-05-14", "emmanuel-macron"},
		{"President", "FRA", "2010", ""},
		{"Prime Minister", "FRA", "2026-01-06", ""},
		{"President", "UKR", "2026", "volodymyr-zelenskyy"},
		{"President", "Atlantis", "2026", ""},
	}
	for _, c := range cases {
		e, ok := g.HolderOf(c.title, c.where, c.date)
		got := ""
		if ok {
			got = e.ID
		}
		if got != c.want {
			t.Errorf("HolderOf(%q, %q, %q) = %q, want %q", c.title, c.where, c.date, got, c.want)
		}
	}
	if titles := g.Titles(); strings.Join(titles, "|") != "President|head of state" {
		t.Errorf("Titles() = %q", titles)
	}
	if offices := g.OfficesOf("francois-hollande"); len(offices) != 1 || offices[0].To != "2017-05-14" {
		t.Errorf("OfficesOf(francois-hollande) = %v", offices)
	}
}

func TestNeedsCue(t *testing.T) {
	g, err := New([]Entry{{ID: "acme", Kind: Organization, Type: "company", Name: "Acme", Aliases: []string{"Acme Corp"}, CueNames: []string{"Acme"}}})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := g.Get(Organization, "acme")
	for text, want := range map[string]bool{"Acme": true, "ACME": true, "Acme Corp": false, "Apex": false} {
		if got := e.NeedsCue(text); got != want {
			t.Errorf("NeedsCue(%q) = %v, want %v", text, got, want)
		}
	}
}
