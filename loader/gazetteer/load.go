package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"

	"github.com/kg-project/kg/data"
)

// ErrInvalid is wrapped by every validation error of Load.
var ErrInvalid = errors.New("invalid gazetteer entry")

// Load reads every *.yaml file under dir of fsys (recursively, in path
// order; each file a YAML list of entries), validates the whole set and
// indexes it. All validation errors are reported together, each naming
// its file and entry id.
func Load(fsys fs.FS, dir string) (*Gazetteer, error) {
	var files []string
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load gazetteer %s: %w", dir, err)
	}
	sort.Strings(files)
	var entries []*Entry
	var sources []string
	for _, p := range files {
		raw, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer %s: %w", p, err)
		}
		var list []Entry
		if err := yaml.UnmarshalWithOptions(raw, &list, yaml.DisallowUnknownField()); err != nil {
			return nil, fmt.Errorf("load gazetteer %s: %w", p, err)
		}
		for i := range list {
			entries = append(entries, &list[i])
			sources = append(sources, path.Base(p))
		}
	}
	return build(entries, sources)
}

// New builds a gazetteer from entries given in code (tests, generated
// data), validated as Load validates files.
func New(entries []Entry) (*Gazetteer, error) {
	ptrs := make([]*Entry, len(entries))
	sources := make([]string, len(entries))
	for i := range entries {
		e := entries[i]
		ptrs[i] = &e
		sources[i] = "entries"
	}
	return build(ptrs, sources)
}

func build(entries []*Entry, sources []string) (*Gazetteer, error) {
	if err := validate(entries, sources); err != nil {
		return nil, err
	}
	g := &Gazetteer{entries: entries}
	g.index()
	return g, nil
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the bundled gazetteer (data.FS, directory "gazetteer"),
// loaded once per process.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Load(data.FS, "gazetteer")
	})
	return defaultGaz, defaultErr
}

var validKinds = map[Kind]bool{Person: true, Country: true, Organization: true, Outlet: true, Place: true}

var validCountryTypes = map[string]bool{"un-member": true, "un-observer": true, "limited-recognition": true}

var validPlaceTypes = map[string]bool{"city": true, "region": true, "venue": true}

// validate checks ids, required fields, references and dates.
func validate(entries []*Entry, sources []string) error {
	var errs []error
	bad := func(i int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: entry %q: %w: %s", sources[i], entries[i].ID, ErrInvalid, fmt.Sprintf(format, args...)))
	}
	ids := map[string]int{}
	for i, e := range entries {
		switch {
		case e.ID == "":
			bad(i, "no id (name %q)", e.Name)
		default:
			if j, dup := ids[e.ID]; dup {
				bad(i, "id already used by an entry of %s", sources[j])
			} else {
				ids[e.ID] = i
			}
		}
		if e.Name == "" {
			bad(i, "no name")
		}
		if !validKinds[e.Kind] {
			bad(i, "unknown kind %q", e.Kind)
		}
	}
	kindOf := func(id string) (Kind, bool) {
		i, ok := ids[id]
		if !ok {
			return "", false
		}
		return entries[i].Kind, true
	}
	isCountry := func(id string) bool { k, ok := kindOf(id); return ok && k == Country }
	isOrg := func(id string) bool {
		k, ok := kindOf(id)
		return ok && (k == Organization || k == Outlet)
	}
	for i, e := range entries {
		if e.Kind == Country {
			if len(e.ISO3) != 3 || strings.ToUpper(e.ISO3) != e.ISO3 || e.ID != e.ISO3 {
				bad(i, "a country's id must be its upper-case ISO 3166 alpha-3 code (iso3 %q)", e.ISO3)
			}
			if !validCountryTypes[e.Type] {
				bad(i, "type %q is not un-member, un-observer or limited-recognition", e.Type)
			}
			if len(e.ISO2) != 2 || strings.ToUpper(e.ISO2) != e.ISO2 {
				bad(i, "iso2 %q is not a two-letter upper-case code", e.ISO2)
			}
		}
		if e.Kind == Place && !validPlaceTypes[e.PlaceType] {
			bad(i, "place_type %q is not city, region or venue", e.PlaceType)
		}
		if e.Country != "" && !isCountry(e.Country) {
			bad(i, "country %q is not a country of the gazetteer", e.Country)
		}
		if e.ParentID != "" && !isOrg(e.ParentID) {
			bad(i, "parent %q is not an organization of the gazetteer", e.ParentID)
		}
		for _, m := range e.Members {
			if !isOrg(m) && !isCountry(m) {
				bad(i, "member %q is not a country or organization of the gazetteer", m)
			}
		}
		e.forms(func(text string, f Form) {
			if f != FormName && Normalize(text) == "" {
				bad(i, "empty %s %q", f, text)
			}
			if strings.ContainsAny(text, "{}[]\n") || strings.Contains(text, ": ") {
				bad(i, "%s %q looks like YAML swallowed by a quote", f, text)
			}
		})
		if len(e.Offices) > 0 && e.Kind != Person {
			bad(i, "only people hold offices")
		}
		for n, o := range e.Offices {
			where := fmt.Sprintf("office %d (%s)", n+1, o.Title)
			if o.Title == "" {
				bad(i, "%s: no title", where)
			}
			switch {
			case o.Country == "" && o.Org == "":
				bad(i, "%s: neither country nor org", where)
			case o.Country != "" && o.Org != "":
				bad(i, "%s: both country and org", where)
			case o.Country != "" && !isCountry(o.Country):
				bad(i, "%s: country %q is not a country of the gazetteer", where, o.Country)
			case o.Org != "" && !isOrg(o.Org):
				bad(i, "%s: org %q is not an organization of the gazetteer", where, o.Org)
			}
			for _, d := range []struct{ field, value string }{{"from", o.From}, {"to", o.To}} {
				if d.value != "" && !validDate(d.value) {
					bad(i, "%s: %s date %q is not YYYY, YYYY-MM or YYYY-MM-DD", where, d.field, d.value)
				}
			}
			if o.From != "" && o.To != "" && validDate(o.From) && validDate(o.To) && lowerBound(o.To) < lowerBound(o.From) {
				bad(i, "%s: ends (%s) before it starts (%s)", where, o.To, o.From)
			}
			if len(o.Checked) != 10 || !validDate(o.Checked) {
				bad(i, "%s: checked %q is not YYYY-MM-DD", where, o.Checked)
			}
		}
	}
	return errors.Join(errs...)
}
