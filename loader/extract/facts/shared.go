package facts

import "github.com/kg-project/kg/loader/extract/model"

// SharedContext returns the context of the document a, built on first
// use and kept in a's cache, so that the fact stages share one context
// rather than each building its own. It is NewContext's but for the
// Beneficiary, which a stage that reads it asks for with FindBeneficiary.
// A context is made only of what the stages before the fact stages leave
// (the mentions, the entities, the document's metadata), which no fact
// stage changes; a change to those since it was built (their counts or
// the metadata differ) builds a new one. The context is read-only but for
// FindBeneficiary.
func SharedContext(a *model.Analysis) *Context {
	stamp := contextStampOf(a)
	if sc, ok := model.Cached[sharedContext](a, sharedContextKey{}); ok && sc.stamp == stamp {
		a.Tokens() // as NewContext: the layer may have been released since
		return sc.c
	}
	c := newContext(a, false)
	a.Cache(sharedContextKey{}, sharedContext{c: c, stamp: stamp})
	return c
}

// sharedContextKey keys the shared context in the analysis cache.
type sharedContextKey struct{}

// sharedContext is a shared context and what it was built from.
type sharedContext struct {
	c     *Context
	stamp contextStamp
}

// contextStamp is what NewContext reads, told by counts and pointers.
type contextStamp struct {
	mentions, persons, countries, orgs, places int
	kind                                       string
	date, outlet                               *string
	doc                                        any
}

func contextStampOf(a *model.Analysis) contextStamp {
	r := &a.Result
	s := contextStamp{mentions: len(a.Mentions), persons: len(r.Persons), countries: len(r.Countries),
		orgs: len(r.Organizations), places: len(r.Places), kind: r.Document.Kind, date: r.Document.Date, outlet: r.Document.Outlet}
	if a.Doc != nil {
		s.doc = a.Doc
	}
	return s
}
