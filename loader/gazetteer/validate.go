package gazetteer

import (
	"errors"
	"fmt"
	"strings"
)

var validKinds = map[Kind]bool{Person: true, Country: true, Organization: true, Outlet: true, Place: true}

var validCountryTypes = map[string]bool{"un-member": true, "un-observer": true, "limited-recognition": true}

var validPlaceTypes = map[string]bool{"city": true, "region": true, "venue": true, "area": true, "macro-region": true}

// validator collects the problems of a set of entries, each naming the
// file and id of its entry.
type validator struct {
	entries []*Entry
	sources []string       // file of each entry
	ids     map[string]int // id -> index of its entry
	domains map[string]int // web host -> index of its entry
	errs    []error
}

// validate checks ids, required fields, references and dates.
func validate(entries []*Entry, sources []string) error {
	v := &validator{entries: entries, sources: sources, ids: map[string]int{}, domains: map[string]int{}}
	for i := range entries {
		v.checkIdentity(i)
	}
	for i, e := range entries {
		v.checkFields(i, e)
		v.checkReferences(i, e)
		for n, o := range e.Offices {
			v.checkOffice(i, fmt.Sprintf("office %d (%s)", n+1, o.Title), o)
		}
	}
	return errors.Join(v.errs...)
}

func (v *validator) bad(i int, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("%s: entry %q: %w: %s", v.sources[i], v.entries[i].ID, ErrInvalid, fmt.Sprintf(format, args...)))
}

// checkIdentity: a unique id, a name, a known kind.
func (v *validator) checkIdentity(i int) {
	e := v.entries[i]
	if e.ID == "" {
		v.bad(i, "no id (name %q)", e.Name)
	} else if j, dup := v.ids[e.ID]; dup {
		v.bad(i, "id already used by an entry of %s", v.sources[j])
	} else {
		v.ids[e.ID] = i
	}
	if e.Name == "" {
		v.bad(i, "no name")
	}
	if !validKinds[e.Kind] {
		v.bad(i, "unknown kind %q", e.Kind)
	}
}

// checkFields: the fields each kind requires, and names that read as text.
func (v *validator) checkFields(i int, e *Entry) {
	if e.Kind == Country {
		if len(e.ISO3) != 3 || strings.ToUpper(e.ISO3) != e.ISO3 || e.ID != e.ISO3 {
			v.bad(i, "a country's id must be its upper-case ISO 3166 alpha-3 code (iso3 %q)", e.ISO3)
		}
		if !validCountryTypes[e.Type] {
			v.bad(i, "type %q is not un-member, un-observer or limited-recognition", e.Type)
		}
		if len(e.ISO2) != 2 || strings.ToUpper(e.ISO2) != e.ISO2 {
			v.bad(i, "iso2 %q is not a two-letter upper-case code", e.ISO2)
		}
	}
	if e.Kind == Place && !validPlaceTypes[e.PlaceType] {
		v.bad(i, "place_type %q is not city, region, venue, area or macro-region", e.PlaceType)
	}
	if len(e.Domains) > 0 && e.Kind != Outlet && e.Kind != Organization {
		v.bad(i, "only outlets and organizations have domains")
	}
	for _, d := range e.Domains {
		if d != Host(d) || !strings.Contains(d, ".") || strings.ContainsAny(d, "/ ") {
			v.bad(i, "domain %q is not a lower-case host without scheme, path or www.", d)
		} else if j, dup := v.domains[d]; dup {
			v.bad(i, "domain %q already listed by entry %q", d, v.entries[j].ID)
		} else {
			v.domains[d] = i
		}
	}
	v.checkCueNames(i, e)
	if len(e.Offices) > 0 && e.Kind != Person {
		v.bad(i, "only people hold offices")
	}
	e.forms(func(text string, f Form) {
		if f != FormName && Normalize(text) == "" {
			v.bad(i, "empty %s %q", f, text)
		}
		if strings.ContainsAny(text, "{}[]\n") || strings.Contains(text, ": ") {
			v.bad(i, "%s %q looks like YAML swallowed by a quote", f, text)
		}
	})
}

func (v *validator) kindOf(id string) (Kind, bool) {
	i, ok := v.ids[id]
	if !ok {
		return "", false
	}
	return v.entries[i].Kind, true
}

func (v *validator) isCountry(id string) bool {
	k, ok := v.kindOf(id)
	return ok && k == Country
}

func (v *validator) isOrg(id string) bool {
	k, ok := v.kindOf(id)
	return ok && (k == Organization || k == Outlet)
}

// checkReferences: country, parent and members name existing entries.
func (v *validator) checkReferences(i int, e *Entry) {
	if e.Country != "" && !v.isCountry(e.Country) {
		v.bad(i, "country %q is not a country of the gazetteer", e.Country)
	}
	if e.ParentID != "" && !v.isOrg(e.ParentID) {
		v.bad(i, "parent %q is not an organization of the gazetteer", e.ParentID)
	}
	for _, m := range e.Members {
		if !v.isOrg(m) && !v.isCountry(m) {
			v.bad(i, "member %q is not a country or organization of the gazetteer", m)
		}
	}
}

// checkOffice: a title, one existing country or organization, well-formed
// and ordered dates, a checked date.
func (v *validator) checkOffice(i int, where string, o Office) {
	if o.Title == "" {
		v.bad(i, "%s: no title", where)
	}
	switch {
	case o.Country == "" && o.Org == "":
		v.bad(i, "%s: neither country nor org", where)
	case o.Country != "" && o.Org != "":
		v.bad(i, "%s: both country and org", where)
	case o.Country != "" && !v.isCountry(o.Country):
		v.bad(i, "%s: country %q is not a country of the gazetteer", where, o.Country)
	case o.Org != "" && !v.isOrg(o.Org):
		v.bad(i, "%s: org %q is not an organization of the gazetteer", where, o.Org)
	}
	for _, d := range []struct{ field, value string }{{"from", o.From}, {"to", o.To}} {
		if d.value != "" && !validDate(d.value) {
			v.bad(i, "%s: %s date %q is not YYYY, YYYY-MM or YYYY-MM-DD", where, d.field, d.value)
		}
	}
	if validDate(o.From) && validDate(o.To) && lowerBound(o.To) < lowerBound(o.From) {
		v.bad(i, "%s: ends (%s) before it starts (%s)", where, o.To, o.From)
	}
	if len(o.Checked) != 10 || !validDate(o.Checked) {
		v.bad(i, "%s: checked %q is not YYYY-MM-DD", where, o.Checked)
	}
}

// checkCueNames: only organizations and outlets have cue names, and each
// is the entry's name or one of its aliases.
func (v *validator) checkCueNames(i int, e *Entry) {
	if len(e.CueNames) > 0 && e.Kind != Organization && e.Kind != Outlet {
		v.bad(i, "only organizations and outlets have cue names")
	}
	for _, c := range e.CueNames {
		known := Normalize(c) == Normalize(e.Name)
		for _, a := range e.Aliases {
			known = known || Normalize(c) == Normalize(a)
		}
		if !known {
			v.bad(i, "cue name %q is not the entry's name or one of its aliases", c)
		}
	}
}
