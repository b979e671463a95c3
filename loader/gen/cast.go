package gen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kg-project/kg/loader/gazetteer"
)

// cast is what the generator draws actors and places from: the gazetteer,
// indexed once per run.
type cast struct {
	gaz     *gazetteer.Gazetteer
	lex     *Lexicon
	people  []*gazetteer.Entry // people holding at least one usable office
	orgs    []*gazetteer.Entry // organizations (not outlets)
	outlets []*gazetteer.Entry
	cities  []*gazetteer.Entry
	venues  []*gazetteer.Entry
	regions []*gazetteer.Entry
	// beneficiaries and targets are countries named by the lexicon.
	beneficiaries []*gazetteer.Entry
	targets       []*gazetteer.Entry
	// takesThe holds names written with "the" in running text.
	takesThe map[string]bool
	// familyFirst holds ISO3 codes of countries whose leaders are named
	// family name first.
	familyFirst map[string]bool
	particles   map[string]bool
	roles       map[string]bool
	// onStage holds the countries and organizations whose office holders
	// appear in texts.
	onStage        map[*gazetteer.Entry]bool
	countryAliases map[string]bool
	// venueSuffixes are last words of venue names written with "the".
	venueSuffixes map[string]bool
	// otherNames holds the normalised names of every non-person entry, so
	// a surname that is also a place or country name is not used alone.
	otherNames map[string]bool
}

func newCast(gaz *gazetteer.Gazetteer, lex *Lexicon) (*cast, error) {
	c := &cast{gaz: gaz, lex: lex, takesThe: map[string]bool{}, familyFirst: map[string]bool{},
		particles: map[string]bool{}, otherNames: map[string]bool{}, venueSuffixes: map[string]bool{}}
	c.countryAliases = map[string]bool{}
	for _, a := range lex.CountryAliases {
		c.countryAliases[a] = true
	}
	c.roles = map[string]bool{}
	for _, r := range lex.OfficeRoles {
		c.roles[r] = true
	}
	for _, w := range lex.VenuesWithThe {
		c.venueSuffixes[w] = true
	}
	for _, n := range lex.NamesWithThe {
		c.takesThe[n] = true
	}
	for _, n := range lex.FamilyNameFirst {
		c.familyFirst[n] = true
	}
	for _, p := range lex.SurnameParticles {
		c.particles[strings.ToLower(p)] = true
	}
	for _, e := range gaz.Entries() {
		if e.Kind != gazetteer.Person {
			c.otherNames[gazetteer.Normalize(e.Name)] = true
			for _, a := range e.Aliases {
				c.otherNames[gazetteer.Normalize(a)] = true
			}
			for _, a := range append(append(slices.Clone(e.Demonyms), e.Adjectives...), e.Seats...) {
				c.otherNames[gazetteer.Normalize(a)] = true
			}
			if e.Capital != "" {
				c.otherNames[gazetteer.Normalize(e.Capital)] = true
			}
		}
		switch e.Kind {
		case gazetteer.Person:
			if c.usableOffices(e) > 0 {
				c.people = append(c.people, e)
			}
		case gazetteer.Outlet:
			c.outlets = append(c.outlets, e)
		case gazetteer.Place:
			switch e.PlaceType {
			case "city":
				c.cities = append(c.cities, e)
			case "venue":
				if c.writableVenue(e) {
					c.venues = append(c.venues, e)
				}
			case "region":
				c.regions = append(c.regions, e)
			}
		}
	}
	for _, id := range lex.ActingOrgs {
		if e, ok := gaz.Get(gazetteer.Organization, id); ok {
			c.orgs = append(c.orgs, e)
		}
	}
	for _, id := range lex.Beneficiaries {
		if e, ok := gaz.Get(gazetteer.Country, id); ok {
			c.beneficiaries = append(c.beneficiaries, e)
		}
	}
	for _, id := range lex.SanctionTargets {
		if e, ok := gaz.Get(gazetteer.Country, id); ok {
			c.targets = append(c.targets, e)
		}
	}
	c.onStage = map[*gazetteer.Entry]bool{}
	for _, e := range append(append(slices.Clone(c.orgs), c.beneficiaries...), c.targets...) {
		c.onStage[e] = true
	}
	for _, id := range lex.PartnerGroups {
		if g, ok := gaz.Get(gazetteer.Organization, id); ok {
			for _, m := range g.Members {
				if e, ok := gaz.Get(gazetteer.Country, m); ok {
					c.onStage[e] = true
				}
			}
		}
	}
	people := c.people
	c.people = nil
	for _, p := range people {
		for _, o := range p.Offices {
			if h := c.officeHolder(o); h != nil && c.onStage[h] {
				c.people = append(c.people, p)
				break
			}
		}
	}
	switch {
	case len(c.people) < 4:
		return nil, fmt.Errorf("generator cast: %w: %d people with offices, need 4", ErrGazetteer, len(c.people))
	case len(c.outlets) < 2:
		return nil, fmt.Errorf("generator cast: %w: %d outlets, need 2", ErrGazetteer, len(c.outlets))
	case len(c.cities) < 2:
		return nil, fmt.Errorf("generator cast: %w: %d cities, need 2", ErrGazetteer, len(c.cities))
	case len(c.orgs) == 0:
		return nil, fmt.Errorf("generator cast: %w: no organizations", ErrGazetteer)
	case len(c.beneficiaries) == 0 || len(c.targets) == 0:
		return nil, fmt.Errorf("generator cast: %w: no beneficiary or sanction target of the lexicon is a gazetteer country", ErrGazetteer)
	}
	return c, nil
}

// writableVenue reports whether a venue can be written as a plain place:
// its name reads as a proper name, names no other entry ("NATO
// headquarters") and is not a seat that stands for a government ("the
// White House").
func (c *cast) writableVenue(e *gazetteer.Entry) bool {
	if !writableName(strings.ReplaceAll(e.Name, "-", " ")) && !writableName(e.Name) {
		return false
	}
	for _, run := range namesIn(c.gaz, e.Name) {
		for _, h := range c.gaz.Lookup(run) {
			if h.Entry != e {
				return false
			}
		}
	}
	return true
}

// placesOf returns the entries of the given pools located in a country
// (ISO3).
func (c *cast) placesOf(country string, pools ...[]*gazetteer.Entry) []*gazetteer.Entry {
	var out []*gazetteer.Entry
	for _, pool := range pools {
		for _, p := range pool {
			if p.Country == country {
				out = append(out, p)
			}
		}
	}
	return out
}

// usableOffices counts the offices of e the generator can write: a
// country's office (the country must have an adjective) or an
// organization's.
func (c *cast) usableOffices(e *gazetteer.Entry) int {
	n := 0
	for _, o := range e.Offices {
		if c.officeHolder(o) != nil {
			n++
		}
	}
	return n
}

// officeHolder returns the country or organization of an office, nil when
// the generator cannot write it: its role is not one the lexicon lists,
// or its title as written would name another entry of the gazetteer.
func (c *cast) officeHolder(o gazetteer.Office) *gazetteer.Entry {
	if !c.roles[o.Role] || len(namesIn(c.gaz, c.titleText(o))) > 0 {
		return nil
	}
	if o.Country != "" {
		if e, ok := c.gaz.Get(gazetteer.Country, o.Country); ok && len(e.Adjectives) > 0 && !c.titleFormsName(e, o) {
			return e
		}
		return nil
	}
	if e, ok := c.gaz.Get(gazetteer.Organization, o.Org); ok {
		return e
	}
	return nil
}

// activeOffice returns an office e held on date (YYYY-MM-DD) that the
// generator can write.
func (c *cast) activeOffice(e *gazetteer.Entry, date string) (gazetteer.Office, bool) {
	for _, o := range e.Offices {
		if c.officeHolder(o) != nil && o.HeldOn(date) {
			return o, true
		}
	}
	return gazetteer.Office{}, false
}
