package query

import (
	"context"
	"sort"
	"strings"

	"github.com/kg-project/kg/schema"
)

// numberFacts is one numeric claim with what comparing it needs.
type numberFacts struct {
	p      *props
	claim  *NumericClaim
	unit   string          // unit class key
	tokens map[string]bool // subject words
	events []*props        // events told in the claim's sentences
	span   interval
	ok     bool // states a number
}

// Conflicts groups numeric claims on the same subject whose values
// disagree (27 countries in one source, more than 27 leaders in another):
// claims count the same thing when their units are the same or of one
// class (data/lexicon/quantities.yaml), and are about the same subject
// when the words of what they are about overlap or their sentences tell
// the same event (the same event node, or events of one type at one place
// on no different dates). Only groups where two values cannot both be true
// are returned, each value with its sources and evidence, by subject.
// about keeps the groups one of whose claims is about something containing
// it.
func (r *Reader) Conflicts(ctx context.Context, about *string, first *int, after *string) (*ConflictConnection, error) {
	groups, err := r.conflictGroups(ctx, about)
	if err != nil {
		return nil, err
	}
	items := make([]item, 0, len(groups))
	members := make(map[item][]*numberFacts, len(groups))
	for _, g := range groups {
		it := item{key: g[0].claim.About, iri: g[0].p.iri}
		items = append(items, it)
		members[it] = g
	}
	sortItems(items)
	w, err := paginate(items, first, after)
	if err != nil {
		return nil, err
	}
	c := &ConflictConnection{Edges: []*ConflictEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, it := range w.items {
		c.Edges = append(c.Edges, &ConflictEdge{Cursor: w.cursors[i], Node: conflictOf(members[it])})
	}
	return c, nil
}

// conflictGroups returns the groups of numeric claims on one subject
// whose values disagree, of which one is about something containing about
// (when given).
func (r *Reader) conflictGroups(ctx context.Context, about *string) ([][]*numberFacts, error) {
	lex, err := loadQuantities()
	if err != nil {
		return nil, err
	}
	items, err := r.classItems(ctx, schema.About, "norm", normKey, schema.ClassNumericClaim)
	if err != nil {
		return nil, err
	}
	ps, err := r.propsAll(ctx, itemNodes(items))
	if err != nil {
		return nil, err
	}
	facts := make([]*numberFacts, 0, len(ps))
	for _, p := range ps {
		f, err := r.numberFactsOf(ctx, lex, p)
		if err != nil {
			return nil, err
		}
		if f.ok {
			facts = append(facts, f)
		}
	}
	groups := newUnion()
	for _, f := range facts {
		groups.add(string(f.p.iri))
	}
	for _, bucket := range candidateBuckets(facts) {
		for i, a := range bucket {
			for _, b := range bucket[i+1:] {
				if sameSubject(a, b) {
					groups.join(string(a.p.iri), string(b.p.iri))
				}
			}
		}
	}
	byRoot := make(map[string][]*numberFacts)
	var roots []string
	for _, f := range facts {
		root := groups.find(string(f.p.iri))
		if byRoot[root] == nil {
			roots = append(roots, root)
		}
		byRoot[root] = append(byRoot[root], f)
	}
	var out [][]*numberFacts
	for _, root := range roots {
		members := byRoot[root]
		if len(members) < 2 || !disagree(members) || (about != nil && !aboutMatches(members, *about)) {
			continue
		}
		out = append(out, members)
	}
	return out, nil
}

// numberFactsOf reads what comparing one numeric claim needs.
func (r *Reader) numberFactsOf(ctx context.Context, lex *quantityLexicon, p *props) (*numberFacts, error) {
	n, err := r.buildNumericClaim(ctx, p)
	if err != nil {
		return nil, err
	}
	f := &numberFacts{p: p, claim: n, unit: lex.unitKey(deref(n.Unit)), tokens: lex.subjectTokens(n.About, deref(n.Unit))}
	f.span, f.ok = lex.intervalOf(n)
	spans, err := r.propsAll(ctx, p.iris(schema.Evidence))
	if err != nil {
		return nil, err
	}
	if f.events, err = r.coStated(ctx, spans, schema.ClassEvent); err != nil {
		return nil, err
	}
	return f, nil
}

// candidateBuckets groups the claims that may be about the same subject
// (one unit, and a shared subject word or event type and place), so that
// only claims of one bucket are compared pairwise.
func candidateBuckets(facts []*numberFacts) map[string][]*numberFacts {
	buckets := make(map[string][]*numberFacts)
	for _, f := range facts {
		keys := make(map[string]bool)
		for t := range f.tokens {
			keys[f.unit+"\x00word "+t] = true
		}
		for _, e := range f.events {
			keys[f.unit+"\x00event "+string(e.iri)] = true
			if place := e.link(schema.Location); place != "" {
				keys[f.unit+"\x00occasion "+e.str(schema.EventType)+" "+string(place)] = true
			}
		}
		for k := range keys {
			buckets[k] = append(buckets[k], f)
		}
	}
	return buckets
}

// sameSubject says whether two numbers are about the same thing.
func sameSubject(a, b *numberFacts) bool {
	shared := 0
	for t := range a.tokens {
		if b.tokens[t] {
			shared++
		}
	}
	if shared > 0 && shared >= min(2, len(a.tokens), len(b.tokens)) {
		return true
	}
	for _, ea := range a.events {
		for _, eb := range b.events {
			if sameEvent(ea, eb) {
				return true
			}
		}
	}
	return false
}

// sameEvent says whether two event nodes may be one occasion: the same
// node, or the same type at the same place on dates that do not differ.
func sameEvent(a, b *props) bool {
	if a.iri == b.iri {
		return true
	}
	if a.str(schema.EventType) != b.str(schema.EventType) {
		return false
	}
	pa, pb := a.link(schema.Location), b.link(schema.Location)
	if pa == "" || pa != pb {
		return false
	}
	da, db := a.str(schema.Date), b.str(schema.Date)
	return da == "" || db == "" || da == db
}

// disagree says whether two of the claims cannot both be true.
func disagree(members []*numberFacts) bool {
	for i, a := range members {
		for _, b := range members[i+1:] {
			if a.span.disjoint(b.span) {
				return true
			}
		}
	}
	return false
}

// aboutMatches says whether one claim's subject contains the text.
func aboutMatches(members []*numberFacts, about string) bool {
	needle := normalize(about)
	for _, m := range members {
		if strings.Contains(normalize(m.claim.About), needle) || strings.Contains(normalize(deref(m.claim.Unit)), needle) {
			return true
		}
	}
	return false
}

// conflictOf builds the view of one group: one value per distinct value
// and unit as written, in number order.
func conflictOf(members []*numberFacts) *Conflict {
	c := &Conflict{About: members[0].claim.About}
	var units []string
	byValue := make(map[string]*ConflictValue)
	var order []string
	for _, m := range members {
		u := deref(m.claim.Unit)
		if u != "" && !contains(units, u) {
			units = append(units, u)
		}
		key := strings.ToLower(m.claim.Value) + "\x00" + u
		v := byValue[key]
		if v == nil {
			v = &ConflictValue{Value: m.claim.Value, Number: m.claim.Number, Unit: m.claim.Unit, About: m.claim.About}
			byValue[key] = v
			order = append(order, key)
		}
		v.claims = append(v.claims, m.p.iri)
		v.evidence = append(v.evidence, m.p.iris(schema.Evidence)...)
	}
	if len(units) > 0 {
		u := strings.Join(units, " / ")
		c.Unit = &u
	}
	for _, k := range order {
		c.Values = append(c.Values, byValue[k])
	}
	sort.SliceStable(c.Values, func(i, j int) bool {
		a, b := c.Values[i], c.Values[j]
		if a.Number != nil && b.Number != nil && *a.Number != *b.Number {
			return *a.Number < *b.Number
		}
		return a.Value < b.Value
	})
	return c
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ConflictValueSources pages the sources stating a conflict's value,
// newest first (undated last).
func (r *Reader) ConflictValueSources(ctx context.Context, v *ConflictValue, first *int, after *string) (*SourceConnection, error) {
	items, err := r.sourceItems(ctx, v.evidence)
	if err != nil {
		return nil, err
	}
	return r.sourceConnection(ctx, items, first, after)
}

// ConflictValueEvidence pages the spans stating a conflict's value, by
// source then offset.
func (r *Reader) ConflictValueEvidence(ctx context.Context, v *ConflictValue, first *int, after *string) (*EvidenceConnection, error) {
	return r.evidenceConnection(ctx, evidenceItems(v.evidence), first, after)
}

// ConflictValueClaims pages the numeric claims stating a conflict's
// value, by subject.
func (r *Reader) ConflictValueClaims(ctx context.Context, v *ConflictValue, first *int, after *string) (*NumericClaimConnection, error) {
	items, err := r.propItems(ctx, v.claims, nil, bySubject)
	if err != nil {
		return nil, err
	}
	return r.numericClaimConnection(ctx, items, first, after)
}
