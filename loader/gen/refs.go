package gen

import (
	"strings"

	"github.com/kg-project/kg/loader/gazetteer"
)

// castMember is a person of one document with the office the text gives
// them.
type castMember struct {
	entry   *gazetteer.Entry
	office  gazetteer.Office
	holder  *gazetteer.Entry // country or organization of the office
	surname string
}

// writePerson writes a reference to p: the first time with the office
// ("German Chancellor X", "France's President X", "NATO Secretary General
// X"), later by surname, a variant spelling or the full name.
func (a *article) writePerson(t *text, p *castMember) {
	if !a.introduced[p.entry.ID] {
		a.introduced[p.entry.ID] = true
		a.writeIntro(t, p)
		return
	}
	variants := nameVariants(p.entry)
	switch r := a.rng.IntN(10); {
	case r < 6 && p.surname != "":
		t.mention(kindPerson, p.entry.Name, p.surname, "")
	case r < 8 && len(variants) > 0:
		t.mention(kindPerson, p.entry.Name, pick(a.rng, variants), "")
	default:
		t.mention(kindPerson, p.entry.Name, p.entry.Name, "")
	}
}

func (a *article) writeIntro(t *text, p *castMember) {
	title := a.cast.titleText(p.office)
	h := p.holder
	if h.Kind == gazetteer.Country {
		role := title + " of " + a.cast.withThe(h, h.Name)
		if a.rng.IntN(4) == 0 {
			// "France's President X"
			name := a.cast.withThe(h, h.Name)
			t.mention(kindCountry, h.Name, name, "")
			if strings.HasSuffix(name, "s") {
				t.write("'")
			} else {
				t.write("'s")
			}
		} else {
			t.mention(kindCountry, h.Name, pick(a.rng, h.Adjectives), "")
		}
		writeTitled(t, p, title, role)
		return
	}
	// An organization's office: "NATO Secretary General X".
	short := h.Name
	for _, al := range h.Aliases {
		if startsUpperAcronym(al) && !strings.Contains(al, " ") && len(al) < len(short) {
			short = al
		}
	}
	t.mention(kindOrganization, h.Name, short, "")
	t.write(" " + title + " ")
	t.mention(kindPerson, p.entry.Name, p.entry.Name, title+" of "+a.cast.withThe(h, h.Name))
}

// writeTitled writes " Title Name": the title and name as one mention
// when the person's aliases list them together ("King Charles III"), so
// that the gold's span covers the whole name the gazetteer knows.
func writeTitled(t *text, p *castMember, title, role string) {
	titled := title + " " + p.entry.Name
	for _, al := range p.entry.Aliases {
		if al == titled {
			t.write(" ")
			t.mention(kindPerson, p.entry.Name, titled, role)
			return
		}
	}
	t.write(" " + title + " ")
	t.mention(kindPerson, p.entry.Name, p.entry.Name, role)
}

// actor is a country or organization acting in a sentence.
type actor struct{ entry *gazetteer.Entry }

func (x actor) kind() entityKind {
	if x.entry.Kind == gazetteer.Country {
		return kindCountry
	}
	return kindOrganization
}

// writeSubject writes an actor in subject position: by name or alias, for
// a country also as "the French government" or by a seat ("the Kremlin")
// unless that city is a place of this document.
func (a *article) writeSubject(t *text, x actor) {
	e := x.entry
	if e.Kind == gazetteer.Country {
		switch r := a.rng.IntN(10); {
		case r < 2 && len(e.Adjectives) > 0:
			t.write("the ")
			t.mention(kindCountry, e.Name, pick(a.rng, e.Adjectives), "")
			t.write(" government")
			return
		case r < 4:
			if seat := a.freeSeat(e); seat != "" {
				a.seatsUsed[gazetteer.Normalize(seat)] = true
				t.mention(kindCountry, e.Name, seat, "")
				return
			}
		}
	}
	a.writeName(t, x)
}

// writeName writes an actor by its name or an alias.
func (a *article) writeName(t *text, x actor) {
	names := a.cast.writtenNames(x.entry)
	name := names[0]
	if len(names) > 1 && a.rng.IntN(3) == 0 {
		name = pick(a.rng, names[1:])
	}
	t.mention(x.kind(), x.entry.Name, name, "")
}

// freeSeat returns a seat of a country that is not also a place of this
// document ("" if none).
func (a *article) freeSeat(e *gazetteer.Entry) string {
	var free []string
	for _, s := range e.Seats {
		if a.placesUsed[gazetteer.Normalize(s)] || !startsUpperOrThe(s) || !writableName(strings.TrimPrefix(s, "the ")) {
			continue
		}
		if s != e.Capital && a.cast.isPlace(s) {
			continue // a venue that is also a seat ("the Elysee Palace") stays a place
		}
		free = append(free, s)
	}
	if len(free) == 0 {
		return ""
	}
	return pick(a.rng, free)
}

// isPlace reports whether a name is a place of the gazetteer.
func (c *cast) isPlace(name string) bool {
	for _, h := range c.gaz.Lookup(name) {
		if h.Entry.Kind == gazetteer.Place {
			return true
		}
	}
	return false
}

func startsUpperOrThe(s string) bool {
	s = strings.TrimPrefix(s, "the ")
	return s != "" && strings.ToUpper(s[:1]) == s[:1]
}

// writePlace writes "in CITY", "in the REGION" or "at the VENUE" and
// returns the place's name.
func (a *article) writePlace(t *text, p *gazetteer.Entry) string {
	if p.PlaceType == "venue" {
		t.write("at ")
	} else {
		t.write("in ")
	}
	return a.writePlaceName(t, p)
}

// writePlaceName writes a place's name as running text does ("the
// Donetsk region", "the Elysee Palace") and returns its canonical name.
func (a *article) writePlaceName(t *text, p *gazetteer.Entry) string {
	a.placesUsed[gazetteer.Normalize(p.Name)] = true
	name := p.Name
	words := strings.Fields(name)
	last := words[len(words)-1]
	switch {
	case p.PlaceType == "region" && len(words) > 1 && strings.ToLower(last) == last:
		name = "the " + name
	case p.PlaceType == "venue" && a.cast.venueSuffixes[last]:
		name = "the " + name
	}
	t.mention(kindPlace, p.Name, name, "")
	return p.Name
}

// writeOutlet writes an outlet's name.
func (a *article) writeOutlet(t *text, o *gazetteer.Entry) {
	t.mention(kindOrganization, o.Name, a.cast.withThe(o, o.Name), "")
}
