package commitments

// Offices named without their state: "the presidential office said", "the
// foreign ministry pledged". A national outlet, or a report under a
// city's dateline, writes its own state's offices so; the office commits
// for that state.

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// homeState is the state a document is written from: the country of its
// dateline's city, else its outlet's country (outletCountry); "" when neither is known
// or the text never names that state (a foreign outlet's report).
func homeState(c *facts.Context) string {
	g := c.A.Gaz
	if g == nil {
		return ""
	}
	home := ""
	if p := facts.DatelinePlace(c); p != "" {
		if e, ok := g.Get(gazetteer.Place, strings.TrimPrefix(p, schema.PrefixPlace)); ok {
			home = e.Country
		}
	}
	if home == "" {
		home = outletCountry(c)
	}
	if home == "" {
		return ""
	}
	key := schema.PrefixCountry + home
	for _, ct := range c.A.Result.Countries {
		if ct.ID == key {
			return key
		}
	}
	return ""
}

// outletCountry is the country of the document's outlet: the outlet the
// metadata names (the agency whose copy a site carries), else the site's.
func outletCountry(c *facts.Context) string {
	g := c.A.Gaz
	if o := c.A.Result.Document.Outlet; o != nil && *o != "" {
		for _, h := range g.Lookup(*o) {
			if h.Entry.Kind == gazetteer.Outlet {
				return h.Entry.Country
			}
		}
		return "" // an outlet the gazetteer does not know
	}
	if c.A.Doc != nil {
		if e := credits.SiteEntry(g, c.A.Doc.URL); e != nil {
			return e.Country
		}
	}
	return ""
}

// officeState is the state an office named without one stands for: an
// organisation the gazetteer does not know whose name is a state body
// written bare ("presidential office", "foreign ministry"), in a document
// with a home state; "" otherwise.
func (e *commitEnv) officeState(org string) string {
	if e.c.A.Gaz == nil || !strings.HasPrefix(org, schema.PrefixOrg) {
		return ""
	}
	if _, ok := e.c.A.Gaz.Get(gazetteer.Organization, strings.TrimPrefix(org, schema.PrefixOrg)); ok {
		return "" // a known body: its own country, if any, says (stateOfBody)
	}
	name := strings.TrimPrefix(strings.ToLower(e.c.Names[org]), "the ")
	if !e.lex.bareOffices[name] {
		return ""
	}
	if !e.homeRead {
		e.home, e.homeRead = homeState(e.c), true
	}
	return e.home // "" without a home state
}
