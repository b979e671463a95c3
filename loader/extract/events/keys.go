package events

import (
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// fxIsPersonKey reports a node key whose first mention is a person's.
func fxIsPersonKey(c *facts.Context, key string) bool {
	for _, m := range c.A.Mentions {
		if m.Key == key {
			return m.Kind == "person"
		}
	}
	return false
}

// fxHasAny reports any of words among toks.
func fxHasAny(toks []token.Tok, words ...string) bool {
	for _, w := range words {
		if facts.HasWord(toks, w) {
			return true
		}
	}
	return false
}

// fxIsOrgKey reports a node key whose first mention is an organisation's.
func fxIsOrgKey(c *facts.Context, key string) bool {
	for _, m := range c.A.Mentions {
		if m.Key == key {
			return m.Kind == "organization"
		}
	}
	return false
}
