package roles

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Roles from gazetteer offices and titles across honorifics.

// honorificBefore returns the start of an honorific or ruler's title
// written right before byte offset start ("Sheikh", "Dr."), if any.
func (s roleStage) honorificBefore(a *model.Analysis, start int) (int, bool) {
	end := start
	if strings.HasSuffix(a.Body[:end], ". ") {
		end -= len(". ") // "Dr. Jane Roe"
	} else if strings.HasSuffix(a.Body[:end], " ") {
		end--
	} else {
		return 0, false
	}
	w := token.PrevWordText(a.Body, end)
	if w == "" || !s.lex.Has("honor", w) && !s.lex.Has("gtitle", w) {
		return 0, false
	}
	return end - len(w), true
}

// completeFromOffices gives a gazetteer person the text states no role
// of, and whose mention opens with an office title ("King Charles III"),
// that office as the gazetteer says the person held it on the document's
// date ("King of the United Kingdom"). A bare title before a name stays
// bare ("President Jane Roe"): the text does not say of what.
func (s roleStage) completeFromOffices(a *model.Analysis, p *model.Entity, mentions []int, titles []lexicon.TitleHit) {
	if p.InGazetteer == "" || a.Gaz == nil || a.Doc.Date == "" || len(p.RoleDetails) > 0 {
		return
	}
	e, ok := a.Gaz.Get(gazetteer.Person, p.InGazetteer)
	if !ok {
		return
	}
	for _, mi := range mentions {
		m := a.Mentions[mi]
		for _, t := range titles {
			if t.Start == m.Start && t.End < m.End {
				if full, ok := s.officeRole(a, e, t.Form.Title); ok {
					full.Evidence = []model.Span{a.Span(m.Start, m.End)}
					addRole(p, full)
					return
				}
			}
		}
	}
}

// officeRole returns the role of e's office titled title (or ending with
// it: "Prince" of "Crown Prince") held on the document's date, with its
// state or body, when exactly one such office names one.
func (s roleStage) officeRole(a *model.Analysis, e *gazetteer.Entry, title string) (model.Role, bool) {
	var found []gazetteer.Office
	for _, o := range e.Offices {
		if !o.HeldOn(a.Doc.Date) || o.Country == "" && o.Org == "" || !sameTitle(o, title) {
			continue
		}
		found = append(found, o)
	}
	if len(found) > 1 {
		// A king of several realms: the one the text names.
		var named []gazetteer.Office
		for _, o := range found {
			if o.Country != "" && mentionsKey(a, schema.PrefixCountry+o.Country) {
				named = append(named, o)
			}
		}
		found = named
	}
	if len(found) != 1 {
		return model.Role{}, false
	}
	o := found[0]
	kind, id, of := "country", schema.PrefixCountry+o.Country, ""
	if o.Country == "" {
		kind, id = "organization", schema.PrefixOrg+o.Org
	}
	if g, ok := model.EntryOf(a.Gaz, id); ok {
		of = g.Name
	}
	if of == "" {
		return model.Role{}, false
	}
	if strings.Contains(strings.ToLower(o.Title), " of ") {
		// "President of the European Council": the title names its body.
		return model.Role{Label: o.Title, Title: o.Title, OfID: id, OfName: of}, true
	}
	return model.Role{Label: joinRole(&lexicon.TitleForm{Title: o.Title, Link: "of"}, of, kind), Title: o.Title, OfID: id, OfName: of}, true
}

// mentionsKey reports whether a mention of the text resolves to key.
func mentionsKey(a *model.Analysis, key string) bool {
	for _, m := range a.Mentions {
		if m.Key == key {
			return true
		}
	}
	return false
}

// sameTitle reports whether the office o is titled title, by its title, an
// alias, or a title ending with it ("Crown Prince" for "Prince").
func sameTitle(o gazetteer.Office, title string) bool {
	t := strings.ToLower(title)
	for _, x := range append([]string{o.Title}, o.Aliases...) {
		x = strings.ToLower(x)
		if x == t || strings.HasSuffix(x, " "+t) {
			return true
		}
	}
	return false
}
