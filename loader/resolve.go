package loader

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/internal/overlap"
	"github.com/kg-project/kg/schema"
)

// Cross-document resolution. Extraction gives every event and commitment
// an identity key built from what it is (loader/extract/identity.go), so
// that most reports of one fact already share a node. Keys cannot see the
// other documents, though: a report that leaves out the day of a summit,
// or words a commitment with a condition another report omits, gets a key
// of its own. Before a document is stored, the writer (one goroutine, so
// documents of one load see those written before them) maps each of its
// events and commitments onto the node another document already holds for
// the same real-world fact, and rewrites the document's quads to that
// node. The quads keep the document's label, so each document's evidence
// keeps its own status and date, and removing a document removes exactly
// its statements: the merged node lives on with the other's.
//
// An event is the same as a stored one when the type is the same, the
// days agree (an undated mention matches a dated one), the places agree
// (and, when either is undated, both name it), and they share two
// participants (one when either names only one). The candidate sharing
// the most participants wins, a same-day one first; when two stored events
// of different days tie for an undated mention, nothing is merged.
//
// A commitment is only ever the same as one stated by a document that
// reports one of the same events (after the events are resolved): the
// same country's "financial support" in two unrelated stories is two
// pledges. Among those, it is the same as one of the same kind, by a shared
// party and to the same party (or either names none) when they say the
// same thing: their wordings (what and condition, the kind's own words
// left out) agree by overlap.Agree, the closest one winning. Failing
// that, a document's only commitment of its kind, parties and recipient
// maps onto the store's only such node (one report's "multinational
// force" of the coalition is the other's, conditional or not), unless the
// kind is the catch-all "other". The names of actors and places are left
// out of wordings too ("to Kenya" says who, not what). When the key a
// document gave a commitment is taken by a different commitment (of
// another story, or its wording shares nothing and the document has
// several of that kind), it gets a key of its own instead.
//
// Two facts of one document never map onto one node. N-Quads datasets (kg's
// export) are stored as they are: the store that wrote them resolved them.

// resolver maps one document's facts onto stored nodes.
type resolver struct {
	qs     graph.QuadStore
	label  quad.IRI                       // the document's label: its own stored quads are not candidates
	names  overlap.Words                  // the words of the names of actors and places, left out of wordings
	docsOf map[quad.IRI]map[quad.IRI]bool // event -> the other documents stating it
}

// resolveFacts returns quads with the document's events and commitments
// moved onto the stored nodes of the same facts.
func resolveFacts(ctx context.Context, qs graph.QuadStore, label quad.IRI, quads []quad.Quad) ([]quad.Quad, error) {
	facts := factNodes(quads, "")
	if len(facts) == 0 {
		return quads, nil
	}
	r := resolver{qs: qs, label: label, names: entityNames(quads)}
	moved, err := r.resolve(ctx, facts)
	if err != nil || len(moved) == 0 {
		return quads, err
	}
	out := make([]quad.Quad, len(quads))
	for i, q := range quads {
		if s, ok := q.Subject.(quad.IRI); ok && moved[s] != "" {
			q.Subject = moved[s]
		}
		if o, ok := q.Object.(quad.IRI); ok && moved[o] != "" {
			q.Object = moved[o]
		}
		out[i] = q
	}
	return out, nil
}

// resolve decides the node of every fact; it returns the facts that move.
// Facts whose own key is stored already go first: one that moves away
// frees its key for a fact of the document that states the same as the
// stored node.
func (r *resolver) resolve(ctx context.Context, facts map[quad.IRI]*factNode) (map[quad.IRI]quad.IRI, error) {
	type pending struct {
		f      *factNode
		cands  []*factNode
		stored bool // its own key is stored by another document
	}
	all := make([]*factNode, 0, len(facts))
	for _, f := range facts {
		all = append(all, f)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].iri < all[j].iri })
	work := make([]pending, 0, len(all))
	claimed := map[quad.IRI]bool{}
	for _, f := range all {
		cands, err := r.candidates(ctx, f)
		if err != nil {
			return nil, err
		}
		p := pending{f: f, cands: cands}
		for _, c := range cands {
			p.stored = p.stored || c.iri == f.iri
		}
		work = append(work, p)
		claimed[f.iri] = true
	}
	// Events first (a commitment needs to know the document's events),
	// then facts whose own key is stored.
	sort.SliceStable(work, func(i, j int) bool {
		if work[i].f.event != work[j].f.event {
			return work[i].f.event
		}
		return work[i].stored && !work[j].stored
	})
	moved := map[quad.IRI]quad.IRI{}
	var events []quad.IRI // the document's events, where they resolved to
	for _, p := range work {
		var free []*factNode
		for _, c := range p.cands {
			if c.iri == p.f.iri || !claimed[c.iri] {
				free = append(free, c)
			}
		}
		var target quad.IRI
		if p.f.event {
			target = sameEvent(p.f, free)
			if target == "" {
				target = p.f.iri
			}
			events = append(events, target)
		} else {
			reported, err := r.reportedWith(ctx, events)
			if err != nil {
				return nil, err
			}
			inContext := func(c *factNode) bool { return intersectsIRI(c.labels, reported) }
			target = sameCommitment(p.f, free, aloneInDocument(p.f, all), r.names, inContext)
		}
		if target != "" && target != p.f.iri {
			moved[p.f.iri] = target
			delete(claimed, p.f.iri)
			claimed[target] = true
		}
	}
	return moved, nil
}

// reportedWith returns the other documents that state one of events.
func (r *resolver) reportedWith(ctx context.Context, events []quad.IRI) (map[quad.IRI]bool, error) {
	if r.docsOf == nil {
		r.docsOf = map[quad.IRI]map[quad.IRI]bool{}
	}
	out := map[quad.IRI]bool{}
	for _, ev := range events {
		docs, ok := r.docsOf[ev]
		if !ok {
			qs, err := r.stated(ctx, ev)
			if err != nil {
				return nil, err
			}
			docs = map[quad.IRI]bool{}
			for _, q := range qs {
				if l, ok := q.Label.(quad.IRI); ok && l != r.label {
					docs[l] = true
				}
			}
			r.docsOf[ev] = docs
		}
		for d := range docs {
			out[d] = true
		}
	}
	return out, nil
}

// candidates returns the stored facts of f's type that share a party with
// it, as the other documents state them.
func (r *resolver) candidates(ctx context.Context, f *factNode) ([]*factNode, error) {
	if len(f.types) == 0 || len(f.partyVals) == 0 {
		return nil, nil
	}
	typePred, partyPred := schema.CommitmentKind, schema.CommittedBy
	if f.event {
		typePred, partyPred = schema.EventType, schema.Participant
	}
	p := path.StartPath(r.qs, f.partyVals...).In(partyPred).
		And(path.StartPath(r.qs, f.types...).In(typePred)).Unique()
	nodes, err := p.Iterate(ctx).AllValues(r.qs)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: find candidates: %w", f.iri, err)
	}
	var out []*factNode
	for _, n := range nodes {
		iri, ok := n.(quad.IRI)
		if !ok {
			continue
		}
		qs, err := r.stated(ctx, iri)
		if err != nil {
			return nil, err
		}
		if c := factNodes(qs, r.label)[iri]; c != nil && c.event == f.event {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].iri < out[j].iri })
	return out, nil
}

// stated returns the stored quads about node.
func (r *resolver) stated(ctx context.Context, node quad.IRI) ([]quad.Quad, error) {
	ref := r.qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	it := r.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, r.qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("resolve: read %s: %w", node, err)
	}
	return out, nil
}
