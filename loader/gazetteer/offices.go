package gazetteer

import (
	"sort"
	"strings"
	"time"
)

// heldOffice is one office of one person, indexed by normalized title and
// role.
type heldOffice struct {
	person *Entry
	office Office
}

func (g *Gazetteer) indexOffices() {
	g.offices = map[string][]heldOffice{}
	for _, e := range g.byKind[Person] {
		for _, o := range e.Offices {
			h := heldOffice{person: e, office: o}
			seen := map[string]bool{}
			for _, t := range append([]string{o.Title, o.Role}, o.Aliases...) {
				k := normTitle(t)
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				g.offices[k] = append(g.offices[k], h)
			}
		}
	}
}

// Titles returns every office title, title alias and role of the
// gazetteer as written in the data, sorted and without duplicates
// ("Chancellor", "Prime Minister", "foreign minister", ...), for finding
// titles in text.
func (g *Gazetteer) Titles() []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range g.byKind[Person] {
		for _, o := range e.Offices {
			for _, t := range append([]string{o.Title, o.Role}, o.Aliases...) {
				if t != "" && !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// normTitle folds a title for comparison: Normalize plus the British
// spelling of "defence" ("Defense Minister" = "Defence Minister").
func normTitle(t string) string {
	n := Normalize(t)
	return strings.ReplaceAll(n, "defense", "defence")
}

// OfficesOf returns the offices of the person with the given id, in the
// order of the data file (nil if there is no such person).
func (g *Gazetteer) OfficesOf(personID string) []Office {
	e, ok := g.Get(Person, personID)
	if !ok {
		return nil
	}
	return append([]Office(nil), e.Offices...)
}

// HolderOf returns who held the office with the given title or role
// ("President", "Prime Minister", "foreign minister", "Defense Minister")
// of a country (ISO3 id, or any name of it: "France", "French") or an
// organization (id or name) on a date (YYYY-MM-DD; YYYY-MM or YYYY
// allowed; empty means now: an office without an end date). When several
// offices qualify, the most recently begun wins.
func (g *Gazetteer) HolderOf(title, where, date string) (*Entry, bool) {
	holders := g.HoldersOf(title, where, date)
	if len(holders) == 0 {
		return nil, false
	}
	return holders[0], true
}

// HoldersOf is HolderOf returning every qualifying holder, most recently
// begun first (a collegial office, or a change of holder within a month
// when date is a month).
func (g *Gazetteer) HoldersOf(title, where, date string) []*Entry {
	if date != "" && !validDate(date) {
		return nil
	}
	whereID := g.resolvePolity(where)
	if whereID == "" {
		return nil
	}
	var found []heldOffice
	for _, h := range g.offices[normTitle(title)] {
		o := h.office
		if o.Country != whereID && o.Org != whereID {
			continue
		}
		if !o.HeldOn(date) {
			continue
		}
		found = append(found, h)
	}
	sort.SliceStable(found, func(i, j int) bool {
		return lowerBound(found[i].office.From) > lowerBound(found[j].office.From)
	})
	var out []*Entry
	for _, h := range found {
		out = addEntry(out, h.person)
	}
	return out
}

// resolvePolity turns an id or a name of a country or organization into
// its id ("" if unknown).
func (g *Gazetteer) resolvePolity(where string) string {
	for _, k := range []Kind{Country, Organization, Outlet} {
		if _, ok := g.Get(k, where); ok {
			return where
		}
	}
	if _, ok := g.Get(Country, strings.ToUpper(where)); ok {
		return strings.ToUpper(where)
	}
	for _, h := range g.Lookup(where) {
		if h.Entry.Kind == Country || h.Entry.Kind == Organization {
			return h.Entry.ID
		}
	}
	return ""
}

// HeldOn reports whether the office was held on date (YYYY-MM-DD, YYYY-MM
// or YYYY; "" = now: the office has no end date). Partial dates count
// generously: an office from 2025-05 to 2025-09 was held on 2025-05-01 and
// on 2025-09-30.
func (o Office) HeldOn(date string) bool {
	if date == "" {
		return o.To == ""
	}
	lo, hi := lowerBound(date), upperBound(date)
	if o.From != "" && lowerBound(o.From) > hi {
		return false
	}
	if o.To != "" && upperBound(o.To) < lo {
		return false
	}
	return true
}

// validDate accepts YYYY, YYYY-MM and YYYY-MM-DD.
func validDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}

// lowerBound is the first day a (possibly partial) date can mean.
func lowerBound(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// upperBound is the last day a (possibly partial) date can mean; days are
// compared as strings, so "-31" stands for any month's end.
func upperBound(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		return d + "-31"
	}
	return d
}
