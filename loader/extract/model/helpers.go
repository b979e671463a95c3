package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// EntryOf returns the gazetteer entry a mention key names, if any.
func EntryOf(g *gazetteer.Gazetteer, key string) (*gazetteer.Entry, bool) {
	if g == nil {
		return nil, false
	}
	prefix, id, ok := strings.Cut(key, ":")
	if !ok {
		return nil, false
	}
	var kinds []gazetteer.Kind
	switch prefix + ":" {
	case schema.PrefixPerson:
		kinds = []gazetteer.Kind{gazetteer.Person}
	case schema.PrefixCountry:
		kinds = []gazetteer.Kind{gazetteer.Country}
	case schema.PrefixOrg:
		kinds = []gazetteer.Kind{gazetteer.Organization, gazetteer.Outlet}
	case schema.PrefixPlace:
		kinds = []gazetteer.Kind{gazetteer.Place}
	}
	for _, k := range kinds {
		if e, ok := g.Get(k, id); ok {
			return e, true
		}
	}
	return nil, false
}

// AtSentenceStart reports whether byte offset off begins a sentence: only
// spaces, quotes, brackets, list markers or emphasis lie between it and
// the start of the body, a line break, or sentence-final punctuation.
func AtSentenceStart(a *Analysis, off int) bool {
	if i := a.SentAt(off); i >= 0 {
		if strings.TrimLeft(a.Body[a.Sents[i].Start:off], " \t\r\n\"'“‘(*#-–—•0123456789.)") == "" {
			return true
		}
	}
	j := off
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(a.Body[:j])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“‘(*#-–—•", r):
			j -= size
		default:
			return false
		}
	}
	return true
}

// IsCapitalOf reports a country mention written as the country's capital
// ("Washington", "Washington, D.C.").
func IsCapitalOf(a *Analysis, q Mention) bool {
	e, ok := EntryOf(a.Gaz, q.Key)
	return ok && e.Capital != "" && strings.HasPrefix(strings.ToLower(q.Text), strings.ToLower(e.Capital))
}
