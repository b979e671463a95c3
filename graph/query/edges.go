package query

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/schema"
)

// The edges of the graph views: a relation between two drawn nodes with
// the evidence spans that state it. Facts (events, commitments, claims,
// numbers) link to the actors and places they name and to the sources that
// state them; actors to the sources that mention them and the countries
// or organizations of their offices. Only relations some source states
// are edges: curated gazetteer facts without evidence are not drawn.

// relation is one edge found from one of its ends.
type relation struct {
	label    string
	from, to quad.IRI
	evidence []quad.IRI // sorted by source and offset; shared, not to be modified
	id       string     // edgeID, once relations has checked the relation
}

// other is the end of rel that is not n.
func (rel relation) other(n quad.IRI) quad.IRI {
	if rel.from == n {
		return rel.to
	}
	return rel.from
}

// edgeID identifies an edge by its ends and label.
func edgeID(label string, from, to quad.IRI) string {
	return localID(from) + "|" + label + "|" + localID(to)
}

// factLinks are the predicates from a fact to the nodes it names, with
// their edge labels, in drawing order.
var factLinks = []struct {
	pred  quad.IRI
	label string
	fact  string // the kind of fact the link starts from
}{
	{schema.Participant, "participant", kind.Event},
	{schema.CommittedBy, "committedBy", kind.Commitment},
	{schema.CommittedTo, "committedTo", kind.Commitment},
	{schema.ClaimSource, "claimSource", kind.Claim},
	{schema.Via, "via", kind.Claim},
	{schema.Speaker, "speaker", kind.Claim},
	{schema.Location, "location", kind.Event},
}

// labelRank orders a node's relations: facts first, then offices, then
// sources, so that a limited view keeps what matters most.
var labelRank = map[string]int{
	"participant": 0, "committedBy": 1, "committedTo": 2, "claimSource": 3, "via": 4, "speaker": 5,
	"location": 6, "holdsRole": 7, "derivedFrom": 8, "publisher": 9, "author": 10, "mentionedIn": 11,
}

// relations returns the evidenced relations of the node at p, in drawing
// order (label rank, then the other end). An actor named by thousands of
// facts (a hub of a large store) is read up to perLink facts and sources in
// all, in drawing order (all when perLink <= 0); capped says some were
// left out. keep (nil for all) names the kinds of the other end wanted, so
// that the budget is not spent on links to other kinds. Facts and sources
// are always read in full: their
// links are few, so an edge left out at a hub is found from its other end.
func (r *Reader) relations(ctx context.Context, p *props, perLink int, keep map[string]bool) (rels []relation, capped bool, err error) {
	switch graphKind(p) {
	case kind.Event, kind.Commitment, kind.Claim, "NUMBER":
		rels, err := r.factEdges(ctx, p)
		return rels, false, err
	case kind.Source:
		rels, err = r.sourceRelations(ctx, p)
	case kind.Person, kind.Country, kind.Organization, kind.Place, kind.UnnamedSource, kind.DocumentRef:
		rels, capped, err = r.entityRelations(ctx, p, perLink, keep)
	}
	if err != nil {
		return nil, false, err
	}
	return checkedRelations(p, rels), capped, nil
}

// checkedRelations keeps the evidenced relations of p between two
// different nodes, once each, in drawing order (label rank, then the other
// end), reusing the array of rels.
func checkedRelations(p *props, rels []relation) []relation {
	kept := rels[:0]
	seen := make(map[string]bool)
	for _, rel := range rels {
		if len(rel.evidence) == 0 || rel.from == rel.to {
			continue
		}
		rel.id = edgeID(rel.label, rel.from, rel.to)
		if seen[rel.id] {
			continue
		}
		seen[rel.id] = true
		kept = append(kept, rel)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if labelRank[a.label] != labelRank[b.label] {
			return labelRank[a.label] < labelRank[b.label]
		}
		return a.other(p.iri) < b.other(p.iri)
	})
	return kept
}

// entityRelations links an actor, place or claim source to the facts that
// name it, the sources that mention, publish or write it, and the
// countries and organizations of its offices.
func (r *Reader) entityRelations(ctx context.Context, p *props, perLink int, keep map[string]bool) ([]relation, bool, error) {
	var rels []relation
	capped := false
	budget := perLink // facts and sources still to read, across links
	keepFirst := func(list []quad.IRI) []quad.IRI {
		if perLink <= 0 {
			return list
		}
		if len(list) > budget {
			capped = true
			list = list[:max(budget, 0)]
		}
		budget -= len(list)
		return list
	}
	wanted := func(k string) bool { return keep == nil || keep[k] }
	for _, l := range factLinks {
		if !wanted(l.fact) {
			continue
		}
		facts, err := r.in(ctx, p.iri, l.pred)
		if err != nil {
			return nil, false, err
		}
		facts, err = r.hopsToClaims(ctx, keepFirst(facts))
		if err != nil {
			return nil, false, err
		}
		fps, err := r.propsAll(ctx, facts)
		if err != nil {
			return nil, false, err
		}
		for _, f := range fps {
			if graphKind(f) == "" || !f.exists() {
				continue
			}
			rels = append(rels, relation{label: l.label, from: f.iri, to: p.iri, evidence: f.evidenceSpans()})
		}
	}
	roles, err := r.roleRelations(ctx, p)
	if err != nil {
		return nil, false, err
	}
	rels = append(rels, roles...)
	if !wanted(kind.Source) {
		return rels, capped, nil
	}
	mentions, err := r.mentionsByDoc(ctx, p.iri)
	if err != nil {
		return nil, false, err
	}
	docs := make([]quad.IRI, 0, len(mentions))
	for doc := range mentions {
		docs = append(docs, doc)
	}
	for _, doc := range keepFirst(dedupIRIs(docs)) {
		rels = append(rels, relation{label: "mentionedIn", from: p.iri, to: doc, evidence: mentions[doc]})
	}
	for _, l := range []struct {
		pred  quad.IRI
		label string
	}{{schema.Publisher, "publisher"}, {schema.Author, "author"}} {
		docs, err := r.in(ctx, p.iri, l.pred)
		if err != nil {
			return nil, false, err
		}
		for _, doc := range keepFirst(docs) {
			rels = append(rels, relation{label: l.label, from: doc, to: p.iri, evidence: mentions[doc]})
		}
	}
	return rels, capped, nil
}

// hopsToClaims replaces relay hop nodes (which Via also links) by the
// claims they belong to.
func (r *Reader) hopsToClaims(ctx context.Context, nodes []quad.IRI) ([]quad.IRI, error) {
	var out []quad.IRI
	for _, n := range nodes {
		if !strings.HasPrefix(localID(n), schema.PrefixHop) {
			out = append(out, n)
			continue
		}
		claims, err := r.in(ctx, n, schema.ViaHop)
		if err != nil {
			return nil, err
		}
		out = append(out, claims...)
	}
	return out, nil
}

// mentionsByDoc groups the mentions of an entity by source, once per
// read of its mentions (kept in the read cache with them). The map and its
// slices are shared: callers must not modify them.
func (r *Reader) mentionsByDoc(ctx context.Context, n quad.IRI) (map[quad.IRI][]quad.IRI, error) {
	const memo = "mentionsByDoc"
	gen, cached := r.loader(ctx).view(ctx)
	if cached {
		if m, ok := r.cache.memo(n, memo); ok {
			return m.(map[quad.IRI][]quad.IRI), nil
		}
	}
	ms, err := r.out(ctx, n, schema.Mention)
	if err != nil {
		return nil, err
	}
	byDoc := evidenceByDoc(onlyIRIs(ms))
	if cached {
		r.cache.putMemo(gen, n, memo, byDoc, len(ms))
	}
	return byDoc, nil
}

// roleRelations links a person to the country or organization of each
// office a source states (holdsRole), and a country or organization to
// the people holding its offices.
func (r *Reader) roleRelations(ctx context.Context, p *props) ([]relation, error) {
	roles, err := r.propsAll(ctx, p.iris(schema.HoldsRole))
	if err != nil {
		return nil, err
	}
	var rels []relation
	for _, ro := range roles {
		for _, of := range ro.iris(schema.RoleOf) {
			rels = append(rels, relation{label: "holdsRole", from: p.iri, to: of, evidence: ro.evidenceSpans()})
		}
	}
	held, err := r.in(ctx, p.iri, schema.RoleOf)
	if err != nil {
		return nil, err
	}
	hps, err := r.propsAll(ctx, held)
	if err != nil {
		return nil, err
	}
	for _, ro := range hps {
		holders, err := r.in(ctx, ro.iri, schema.HoldsRole)
		if err != nil {
			return nil, err
		}
		for _, h := range holders {
			rels = append(rels, relation{label: "holdsRole", from: h, to: p.iri, evidence: ro.evidenceSpans()})
		}
	}
	return rels, nil
}

// sourceRelations links a source to its outlet and authors, the entities
// it mentions and the facts it states.
func (r *Reader) sourceRelations(ctx context.Context, p *props) ([]relation, error) {
	var rels []relation
	mentionsIn := func(n quad.IRI) ([]quad.IRI, error) {
		m, err := r.mentionsByDoc(ctx, n)
		return m[p.iri], err
	}
	for _, l := range []struct {
		pred  quad.IRI
		label string
	}{{schema.Publisher, "publisher"}, {schema.Author, "author"}} {
		for _, to := range p.iris(l.pred) {
			spans, err := mentionsIn(to)
			if err != nil {
				return nil, err
			}
			rels = append(rels, relation{label: l.label, from: p.iri, to: to, evidence: spans})
		}
	}
	mentioned, err := r.in(ctx, p.iri, schema.MentionIn)
	if err != nil {
		return nil, err
	}
	for _, n := range mentioned {
		spans, err := mentionsIn(n)
		if err != nil {
			return nil, err
		}
		rels = append(rels, relation{label: "mentionedIn", from: n, to: p.iri, evidence: spans})
	}
	evs, err := r.in(ctx, p.iri, schema.DerivedFrom)
	if err != nil {
		return nil, err
	}
	byFact := make(map[quad.IRI][]quad.IRI)
	for _, ev := range evs {
		facts, err := r.subjects(ctx, schema.Evidence, ev)
		if err != nil {
			return nil, err
		}
		for _, f := range facts {
			byFact[f] = append(byFact[f], ev)
		}
	}
	facts := make([]quad.IRI, 0, len(byFact))
	for f := range byFact {
		facts = append(facts, f)
	}
	fps, err := r.propsAll(ctx, facts)
	if err != nil {
		return nil, err
	}
	for _, f := range fps {
		switch graphKind(f) {
		case kind.Event, kind.Commitment, kind.Claim, "NUMBER":
			rels = append(rels, relation{label: "derivedFrom", from: f.iri, to: p.iri, evidence: sortedEvidence(byFact[f.iri])})
		}
	}
	return rels, nil
}

// sortedEvidence orders evidence spans by source and offset.
func sortedEvidence(evs []quad.IRI) []quad.IRI {
	return itemNodes(evidenceItems(evs))
}

// edgeOf builds the view of a relation.
func edgeOf(rel relation) *GraphEdge {
	docs := make(map[quad.IRI]bool)
	for _, ev := range rel.evidence {
		docs[evidenceDoc(ev)] = true
	}
	id := rel.id
	if id == "" {
		id = edgeID(rel.label, rel.from, rel.to)
	}
	return &GraphEdge{
		ID:            id,
		Source:        localID(rel.from),
		Target:        localID(rel.to),
		Label:         rel.label,
		Weight:        float64(len(docs)),
		EvidenceCount: len(rel.evidence),
		evidence:      rel.evidence,
	}
}

// EdgeEvidence pages the evidence spans of an edge, by source then offset.
func (r *Reader) EdgeEvidence(ctx context.Context, e *GraphEdge, first *int, after *string) (*EvidenceConnection, error) {
	return r.evidenceConnection(ctx, evidenceItems(e.evidence), first, after)
}
