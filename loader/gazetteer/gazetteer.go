package gazetteer

import (
	"sort"
	"sync"
)

// Gazetteer is the loaded, indexed set of entries. It is read-only after
// Load and safe for concurrent use.
type Gazetteer struct {
	entries []*Entry
	byID    map[Kind]map[string]*Entry
	byKind  map[Kind][]*Entry
	byForm  map[string][]Hit // Normalize(form) -> entries written that way
	surname map[string][]*Entry
	offices map[string][]heldOffice // normalized title -> holders
	domains map[string]*Entry       // web host -> outlet or organization

	matcherOnce sync.Once
	matcher     *Matcher
}

// Form says which field of an entry a name or mention matched.
type Form string

// The forms, best first: when one text names several entries, hits are
// ordered by form.
const (
	FormName      Form = "name"
	FormAlias     Form = "alias"
	FormOfficial  Form = "official"
	FormISO       Form = "iso"
	FormDemonym   Form = "demonym"
	FormAdjective Form = "adjective"
	FormSeat      Form = "seat"
	FormCapital   Form = "capital"
)

func (f Form) rank() int {
	switch f {
	case FormName:
		return 0
	case FormAlias:
		return 1
	case FormOfficial:
		return 2
	case FormISO:
		return 3
	case FormDemonym:
		return 4
	case FormAdjective:
		return 5
	case FormSeat:
		return 6
	default:
		return 7
	}
}

// Hit is one entry found under a name, with the form it matched.
type Hit struct {
	Entry *Entry
	Form  Form
}

// Entries returns every entry in load order (file by file, as written).
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// Get returns the entry of the given kind and id.
func (g *Gazetteer) Get(kind Kind, id string) (*Entry, bool) {
	e, ok := g.byID[kind][id]
	return e, ok
}

// ByKind returns the entries of one kind, in load order.
func (g *Gazetteer) ByKind(kind Kind) []*Entry { return g.byKind[kind] }

// Lookup returns every entry one of whose names normalises like name: its
// name, aliases, official name, ISO codes, demonyms, adjectives, seats or
// capital. It is case- and accent-insensitive ("zelenskiy", "ZELENSKYY"
// and "Zelenskyy" find the same person). Hits are ordered best form first
// (name, alias, official, iso, demonym, adjective, seat, venue, capital),
// then by load order.
func (g *Gazetteer) Lookup(name string) []Hit {
	hits := g.byForm[Normalize(name)]
	out := make([]Hit, len(hits))
	copy(out, hits)
	return out
}

// BySurname returns the people whose name or an alias ends in the given
// word ("Zelenskiy" -> Volodymyr Zelenskyy), or whose surname field is
// that word ("Xi" -> Xi Jinping), for resolving surname-only mentions. A
// multi-word surname ("von der Leyen") is matched on its last word; a
// regnal number ("III") is no surname.
func (g *Gazetteer) BySurname(surname string) []*Entry {
	key := Normalize(surname)
	if i := lastSpace(key); i >= 0 {
		key = key[i+1:]
	}
	return append([]*Entry(nil), g.surname[key]...)
}

// isRomanNumeral reports whether a lower-case word is a regnal number
// ("iii", "xiv").
func isRomanNumeral(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'i', 'v', 'x', 'l':
		default:
			return false
		}
	}
	return w != ""
}

func lastSpace(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}

// Names returns every name under which e is known, name first, without
// duplicates: name, aliases, official name, ISO codes, demonyms,
// adjectives, seats and capital.
func (e *Entry) Names() []string {
	var out []string
	seen := map[string]bool{}
	e.forms(func(text string, _ Form) {
		if text != "" && !seen[text] {
			seen[text] = true
			out = append(out, text)
		}
	})
	return out
}

// forms calls fn for every name under which e is known, with its form.
func (e *Entry) forms(fn func(text string, f Form)) {
	fn(e.Name, FormName)
	for _, a := range e.Aliases {
		fn(a, FormAlias)
	}
	if e.Official != "" {
		fn(e.Official, FormOfficial)
	}
	if e.ISO2 != "" {
		fn(e.ISO2, FormISO)
	}
	if e.ISO3 != "" {
		fn(e.ISO3, FormISO)
	}
	for _, d := range e.Demonyms {
		fn(d, FormDemonym)
	}
	for _, a := range e.Adjectives {
		fn(a, FormAdjective)
	}
	for _, s := range e.Seats {
		fn(s, FormSeat)
	}
	if e.Capital != "" {
		fn(e.Capital, FormCapital)
	}
}

// index builds the lookup tables. Entries must be validated.
func (g *Gazetteer) index() {
	g.byID = map[Kind]map[string]*Entry{}
	g.byKind = map[Kind][]*Entry{}
	g.byForm = map[string][]Hit{}
	g.surname = map[string][]*Entry{}
	g.domains = map[string]*Entry{}
	order := map[*Entry]int{}
	for i, e := range g.entries {
		order[e] = i
		if g.byID[e.Kind] == nil {
			g.byID[e.Kind] = map[string]*Entry{}
		}
		g.byID[e.Kind][e.ID] = e
		g.byKind[e.Kind] = append(g.byKind[e.Kind], e)
		for _, d := range e.Domains {
			g.domains[d] = e
		}
		e.forms(func(text string, f Form) {
			key := Normalize(text)
			if key == "" {
				return
			}
			g.byForm[key] = addHit(g.byForm[key], Hit{Entry: e, Form: f})
			if e.Kind == Person && (f == FormName || f == FormAlias) {
				last := key
				if i := lastSpace(key); i >= 0 {
					last = key[i+1:]
				}
				if last != key && !isRomanNumeral(last) { // "King Charles III" has no surname "III"
					g.surname[last] = addEntry(g.surname[last], e)
				}
			}
		})
		if e.Kind == Person && e.Surname != "" {
			key := Normalize(e.Surname)
			if i := lastSpace(key); i >= 0 {
				key = key[i+1:]
			}
			g.surname[key] = addEntry(g.surname[key], e)
		}
	}
	for _, hits := range g.byForm {
		sortHits(hits, order)
	}
	g.indexOffices()
}

// addHit appends h unless its entry is already there; an entry keeps its
// best form.
func addHit(hits []Hit, h Hit) []Hit {
	for i := range hits {
		if hits[i].Entry == h.Entry {
			if h.Form.rank() < hits[i].Form.rank() {
				hits[i].Form = h.Form
			}
			return hits
		}
	}
	return append(hits, h)
}

func addEntry(list []*Entry, e *Entry) []*Entry {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// rank orders the hits of one name: by form, except that a venue ranks
// after a seat of the same name ("the Kremlin" stands for Russia's
// government more often than for the building) and before a capital.
func (h Hit) rank() int {
	if h.Entry.Kind == Place && h.Entry.PlaceType == "venue" {
		return 2*FormSeat.rank() + 1
	}
	return 2 * h.Form.rank()
}

func sortHits(hits []Hit, order map[*Entry]int) {
	sort.SliceStable(hits, func(i, j int) bool {
		ri, rj := hits[i].rank(), hits[j].rank()
		if ri != rj {
			return ri < rj
		}
		return order[hits[i].Entry] < order[hits[j].Entry]
	})
}
