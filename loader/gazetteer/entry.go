// Package gazetteer loads kg's curated knowledge of actors and places (the
// YAML files in data/gazetteer) and finds their names in text: people with
// aliases, transliterations and offices; every UN member state with its
// codes, demonyms and the capitals and seats that stand for its government;
// organizations; news outlets and agencies; places.
//
// Knowledge lives in the data files; this package holds only mechanisms:
//   - Load and Default read and validate the files (ids, required fields,
//     references between entries, dates), New builds from entries in code;
//   - Get, ByKind, Entries, and Lookup, which finds an entry under any of its
//     names, case- and accent-insensitively (Normalize);
//   - Matcher (Gazetteer.Find) finds every longest mention in running text,
//     with byte offsets and word-case rules (see Matcher);
//   - BySurname resolves surname-only mentions; OfficesOf, HolderOf and
//     HoldersOf answer who held an office on a date.
package gazetteer

// Kind is the kind of a gazetteer entry.
type Kind string

const (
	Person       Kind = "person"
	Country      Kind = "country"
	Organization Kind = "organization"
	Outlet       Kind = "outlet" // news outlets and agencies (also organizations)
	Place        Kind = "place"  // cities, regions, venues
)

// Entry is one actor or place. Its ID is stable and unique across the
// gazetteer ("emmanuel-macron", "FRA" for countries by ISO 3166 alpha-3,
// "nato", "reuters", "paris"); kg builds node IRIs from it.
type Entry struct {
	ID       string   `yaml:"id"`
	Kind     Kind     `yaml:"kind"`
	Name     string   `yaml:"name"`               // canonical English name
	Aliases  []string `yaml:"aliases,omitempty"`  // other names, spellings, transliterations, abbreviations
	Wikidata string   `yaml:"wikidata,omitempty"` // "Q142", only where certain

	// Countries.
	Official   string   `yaml:"official,omitempty"`   // official name
	ISO2       string   `yaml:"iso2,omitempty"`       // ISO 3166-1 alpha-2
	ISO3       string   `yaml:"iso3,omitempty"`       // ISO 3166-1 alpha-3
	Demonyms   []string `yaml:"demonyms,omitempty"`   // "French", "Frenchman", "Americans"
	Adjectives []string `yaml:"adjectives,omitempty"` // "French"
	Capital    string   `yaml:"capital,omitempty"`    // the capital city's name
	// Seats are names that stand for the government in running text
	// ("Washington", "the Kremlin", "Downing Street", "the Elysee").
	Seats []string `yaml:"seats,omitempty"`

	// Persons.
	Offices []Office `yaml:"offices,omitempty"`
	// Surname is the family name when it is not the last word of the
	// name ("Xi" of "Xi Jinping"); BySurname uses it.
	Surname string `yaml:"surname,omitempty"`

	// Organizations and outlets: "outlet", "agency", "release-wire" (a
	// service that publishes press releases as issued), "alliance", "union",
	// "intergovernmental", "coalition", "body", "military", "government".
	// Countries: "un-member", "un-observer", "limited-recognition".
	Type     string   `yaml:"type,omitempty"`
	Members  []string `yaml:"members,omitempty"` // ids of member countries or organizations
	ParentID string   `yaml:"parent,omitempty"`  // id of the parent body (EU institutions)
	Country  string   `yaml:"country,omitempty"` // ISO3 of an outlet's or place's country
	// Domains are the web hosts an outlet or organization publishes on
	// ("reuters.com", "nato.int"), lower case, without scheme or "www.";
	// a subdomain of one belongs to it too (ByDomain).
	Domains []string `yaml:"domains,omitempty"`
	// CueNames are the entry's names (its name or aliases) that are also
	// common words, surnames or other things ("Shell", "Apple", "Ford"):
	// an extractor counts such a name only where the text shows the
	// entry is meant (NeedsCue).
	CueNames []string `yaml:"cue_names,omitempty"`

	// Places: "city", "region" (within one state: oblasts, provinces),
	// "venue" (a building or site), "area" (beyond one state: seas,
	// straits, peninsulas), "macro-region" (continents and groups of
	// states: "Europe", "the Balkans", "Indo-Pacific"; recognised so that
	// no other reading claims them, but not places of an event).
	PlaceType string `yaml:"place_type,omitempty"`
}

// Office is a position a person holds or held.
type Office struct {
	Title   string `yaml:"title"`             // "Prime Minister", "Minister of Foreign Affairs", "Special Envoy"
	Country string `yaml:"country,omitempty"` // ISO3 of the state, when the office is a state's
	Org     string `yaml:"org,omitempty"`     // id of the organization, when the office is an organization's
	// Role is the generic function of the office, the same words for every
	// state: "head of state", "head of government", "foreign minister",
	// "defence minister". HolderOf matches it as well as Title.
	Role string `yaml:"role,omitempty"`
	// Aliases are other names of the same title ("Prime Minister" for
	// "Taoiseach", "Minister of Defence" for "Minister of the Armed Forces").
	Aliases []string `yaml:"aliases,omitempty"`
	From    string   `yaml:"from,omitempty"` // YYYY-MM-DD (or YYYY-MM, YYYY)
	To      string   `yaml:"to,omitempty"`   // empty while in office
	Checked string   `yaml:"checked"`        // YYYY-MM-DD the fact was last checked
}

// NeedsCue reports whether text, as found in running text, is one of the
// entry's cue names: a name that counts only where its context shows the
// entry is meant (compared as Normalize compares names).
func (e *Entry) NeedsCue(text string) bool {
	n := Normalize(text)
	for _, c := range e.CueNames {
		if Normalize(c) == n {
			return true
		}
	}
	return false
}
