package gazetteer

import (
	"testing"
)

func loadDefault(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return g
}

func TestDefaultHasEveryUNMemberState(t *testing.T) {
	g := loadDefault(t)
	iso2, iso3 := map[string]bool{}, map[string]bool{}
	members := 0
	for _, c := range g.ByKind(Country) {
		if iso2[c.ISO2] || iso3[c.ISO3] {
			t.Errorf("%s: ISO code used twice (%s/%s)", c.Name, c.ISO2, c.ISO3)
		}
		iso2[c.ISO2], iso3[c.ISO3] = true, true
		if c.Type == "un-member" {
			members++
		}
		if c.Official == "" && c.Type == "un-member" && c.ISO3 != "AFG" {
			t.Errorf("%s: no official name", c.Name)
		}
		if len(c.Adjectives) == 0 {
			t.Errorf("%s: no adjective", c.Name)
		}
	}
	if members != 193 {
		t.Errorf("%d UN member states, want 193", members)
	}
	for _, id := range []string{"PSE", "VAT", "XKX", "TWN"} {
		if _, ok := g.Get(Country, id); !ok {
			t.Errorf("no country %s", id)
		}
	}
}

func TestDefaultCapitalsArePlaces(t *testing.T) {
	g := loadDefault(t)
	for _, c := range g.ByKind(Country) {
		if c.Capital == "" {
			continue
		}
		found := false
		for _, h := range g.Lookup(c.Capital) {
			if h.Entry.Kind == Place && h.Entry.Country == c.ID {
				found = true
			}
		}
		if !found {
			t.Errorf("capital %q of %s is not a place of that country", c.Capital, c.Name)
		}
	}
}

func TestDefaultHasRequiredLeaders(t *testing.T) {
	g := loadDefault(t)
	cases := []struct{ title, where, want string }{
		{"President", "France", "Emmanuel Macron"},
		{"French President", "", ""}, // a title with its adjective is not a title: the caller splits it
		{"Prime Minister", "United Kingdom", "Keir Starmer"},
		{"Foreign Minister", "UK", "Yvette Cooper"},
		{"Defence Secretary", "GBR", "John Healey"},
		{"Chancellor", "Germany", "Friedrich Merz"},
		{"Prime Minister", "Belgian", "Bart De Wever"},
		{"Prime Minister", "Italy", "Giorgia Meloni"},
		{"Prime Minister", "Canada", "Mark Carney"},
		{"Prime Minister", "Japan", "Sanae Takaichi"},
		{"President", "United States", "Donald Trump"},
		{"Vice President", "USA", "JD Vance"},
		{"Secretary of State", "USA", "Marco Rubio"},
		{"Defense Secretary", "USA", "Pete Hegseth"},
		{"foreign minister", "USA", "Marco Rubio"},
		{"President", "Ukraine", "Volodymyr Zelenskyy"},
		{"Prime Minister", "Ukraine", "Yulia Svyrydenko"},
		{"Foreign Minister", "Ukraine", "Andrii Sybiha"},
		{"President", "Russia", "Vladimir Putin"},
		{"Foreign Minister", "Russia", "Sergei Lavrov"},
		{"President", "Belarus", "Alexander Lukashenko"},
		{"President", "China", "Xi Jinping"},
		{"Prime Minister", "China", "Li Qiang"},
		{"President", "Turkey", "Recep Tayyip Erdoğan"},
		{"Taoiseach", "Ireland", "Micheál Martin"},
		{"Prime Minister", "Ireland", "Micheál Martin"},
		{"Secretary General", "NATO", "Mark Rutte"},
		{"Secretary-General", "United Nations", "António Guterres"},
		{"President", "European Commission", "Ursula von der Leyen"},
		{"President", "European Council", "António Costa"},
		{"High Representative", "EU", "Kaja Kallas"},
		{"Special Envoy", "USA", "Steve Witkoff"},
		{"Special Envoy for Ukraine and Russia", "USA", "Keith Kellogg"},
	}
	for _, c := range cases {
		e, ok := g.HolderOf(c.title, c.where, "2026-01-06")
		got := ""
		if ok {
			got = e.Name
		}
		if got != c.want {
			t.Errorf("HolderOf(%q, %q, 2026-01-06) = %q, want %q", c.title, c.where, got, c.want)
		}
	}
}

// TestDefaultOfficeCoverage: every EU, NATO and G7 member, Ukraine, Russia,
// Belarus, China and Turkey has a head of state, a head of government, a
// foreign minister and a defence minister on 2026-01-06.
func TestDefaultOfficeCoverage(t *testing.T) {
	g := loadDefault(t)
	states := map[string]bool{"UKR": true, "RUS": true, "BLR": true, "CHN": true, "TUR": true}
	for _, org := range []string{"eu", "nato", "g7"} {
		o, ok := g.Get(Organization, org)
		if !ok {
			t.Fatalf("no organization %s", org)
		}
		if len(o.Members) == 0 {
			t.Errorf("%s lists no members", org)
		}
		for _, m := range o.Members {
			states[m] = true
		}
	}
	if len(states) < 40 {
		t.Errorf("%d states to cover, want at least 40", len(states))
	}
	// Where the president heads the government, and Iceland, which has no
	// armed forces and so no defence minister.
	exempt := map[string]bool{"USA/head of government": true, "CYP/head of government": true,
		"TUR/head of government": true, "ISL/defence minister": true}
	for m := range states {
		for _, role := range []string{"head of state", "head of government", "foreign minister", "defence minister"} {
			if _, ok := g.HolderOf(role, m, "2026-01-06"); !ok && !exempt[m+"/"+role] {
				t.Errorf("%s: no %s on 2026-01-06", m, role)
			}
		}
	}
}

func TestDefaultPastHolders(t *testing.T) {
	g := loadDefault(t)
	cases := []struct{ title, where, date, want string }{
		{"Prime Minister", "GBR", "2024-01-15", "Rishi Sunak"},
		{"Chancellor", "DEU", "2024", "Olaf Scholz"},
		{"President", "USA", "2023-06", "Joe Biden"},
		{"Secretary General", "nato", "2020-05-01", "Jens Stoltenberg"},
		{"Minister of Defence", "UKR", "2024-01-01", "Rustem Umerov"},
		{"Minister of Defence", "RUS", "2020", "Sergei Shoigu"},
	}
	for _, c := range cases {
		e, ok := g.HolderOf(c.title, c.where, c.date)
		if !ok || e.Name != c.want {
			t.Errorf("HolderOf(%q, %q, %q) = %v, want %s", c.title, c.where, c.date, e, c.want)
		}
	}
}

func TestDefaultLookupVariants(t *testing.T) {
	g := loadDefault(t)
	cases := map[string]string{
		"Volodymyr Zelenskiy":                  "volodymyr-zelenskyy",
		"VOLODYMYR ZELENSKY":                   "volodymyr-zelenskyy",
		"Vladimir Zelenski":                    "volodymyr-zelenskyy",
		"steven witkoff":                       "steve-witkoff",
		"J.D. Vance":                           "jd-vance",
		"Aliaksandr Lukashenka":                "alexander-lukashenko",
		"Turkiye":                              "TUR",
		"Czechia":                              "CZE",
		"the Kremlin":                          "RUS",
		"Downing Street":                       "GBR",
		"the Élysée":                           "FRA",
		"Britons":                              "GBR",
		"U.S.":                                 "USA",
		"Kiev":                                 "kyiv",
		"coalition of the willing for Ukraine": "coalition-of-the-willing",
		"Radio Svoboda":                        "rferl",
		"Agence France-Presse":                 "afp",
		"Elysee Palace":                        "elysee-palace",
		"Donbass":                              "donbas",
		"Lipetsk region":                       "lipetsk-oblast",
	}
	for name, want := range cases {
		hits := g.Lookup(name)
		if len(hits) == 0 || hits[0].Entry.ID != want {
			t.Errorf("Lookup(%q) = %v, want %s first", name, hits, want)
		}
	}
	for surname, want := range map[string]string{"Xi": "xi-jinping", "Leyen": "ursula-von-der-leyen", "De Wever": "bart-de-wever", "Lula": "luiz-inacio-lula-da-silva"} {
		if got := g.BySurname(surname); len(got) != 1 || got[0].ID != want {
			t.Errorf("BySurname(%q) = %v, want %s", surname, got, want)
		}
	}
	if got := g.BySurname("III"); len(got) != 0 {
		t.Errorf("BySurname(III) = %v, want nobody", got)
	}
	for _, surname := range []string{"Zelenskiy", "ZELENSKYY", "Zelensky"} {
		if got := g.BySurname(surname); len(got) != 1 || got[0].ID != "volodymyr-zelenskyy" {
			t.Errorf("BySurname(%q) = %v", surname, got)
		}
	}
}

func TestDefaultMatcherOnOwnText(t *testing.T) {
	g := loadDefault(t)
	text := "KYIV (Wire) - The Kremlin rejected the plan, Nato said, as the New York Times and the Guardian " +
		"reported that Britons and Americans met at Lancaster House; a turkey was served in the USB room."
	want := "KYIV=kyiv/name Kremlin=RUS/seat Nato=nato/name the New York Times=new-york-times/name " +
		"the Guardian=the-guardian/name Britons=GBR/demonym Americans=USA/demonym Lancaster House=lancaster-house/name"
	if got := found(g.Find(text)); got != want {
		t.Errorf("Find\n got %q\nwant %q", got, want)
	}
	// Longer names that contain a country's name win over it.
	text = "Envoys from Latin America and Northern Ireland met in Papua New Guinea and South Sudan."
	want = "Latin America=latin-america/name Northern Ireland=northern-ireland/name " +
		"Papua New Guinea=PNG/name South Sudan=SSD/name"
	if got := found(g.Find(text)); got != want {
		t.Errorf("Find\n got %q\nwant %q", got, want)
	}
}

func TestDefaultRegionalAdjectivesAreMacroRegions(t *testing.T) {
	g := loadDefault(t)
	for _, text := range []string{"Latin American", "Middle Eastern", "West African"} {
		hits := g.Lookup(text)
		if len(hits) == 0 {
			t.Errorf("%q: not known", text)
		}
		for _, h := range hits {
			if h.Entry.Kind != Place || h.Entry.PlaceType != "macro-region" {
				t.Errorf("%q: %s %s, want only macro-regions", text, h.Entry.Kind, h.Entry.ID)
			}
		}
	}
}

// The companies file: companies across sectors, each a company with its
// country, and the common-word names of the news among its cue names.
func TestDefaultCompanies(t *testing.T) {
	g := loadDefault(t)
	n := 0
	for _, e := range g.ByKind(Organization) {
		if e.Type == "company" {
			n++
		}
	}
	if n < 250 {
		t.Errorf("%d companies, want at least 250", n)
	}
	for id, cue := range map[string]string{"shell": "Shell", "apple": "Apple", "meta-platforms": "Meta", "totalenergies": "Total", "ford": "Ford"} {
		e, ok := g.Get(Organization, id)
		if !ok {
			t.Errorf("no company %q", id)
			continue
		}
		if !e.NeedsCue(cue) {
			t.Errorf("%s: %q is not a cue name", id, cue)
		}
		if e.NeedsCue(e.Name + " plc") {
			t.Errorf("%s: a name with a suffix needs no cue", id)
		}
	}
	if e, ok := g.Get(Organization, "nvidia"); !ok || e.NeedsCue("Nvidia") || e.Country != "USA" {
		t.Errorf("nvidia = %+v, want a US company needing no cue", e)
	}
}
