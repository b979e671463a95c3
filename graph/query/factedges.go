package query

import (
	"context"

	"github.com/kg-project/kg/schema"
)

// The relations of a fact depend on the fact's own quads and on those of
// its relay hops only, so they are worked out once per read of these and
// kept on the fact's props. Props are replaced, never modified, when the
// store changes: a kept list is still right when the hops read now are the
// very props it was worked out from.

// factEdgesMemo is a fact's checked relations and the relay hops they were
// worked out from.
type factEdgesMemo struct {
	rels []relation
	hops []*props
}

// factEdges returns the checked relations of a fact (as relations does).
// The slice is shared: callers must not modify it.
func (r *Reader) factEdges(ctx context.Context, p *props) ([]relation, error) {
	var hops []*props
	if ids := p.sharedIRIs(schema.ViaHop); len(ids) > 0 {
		var err error
		if hops, err = r.propsAll(ctx, ids); err != nil {
			return nil, err
		}
	}
	if m := p.edges.Load(); m != nil && sameProps(m.hops, hops) {
		return m.rels, nil
	}
	rels := checkedRelations(p, factRelations(p, hops))
	p.edges.Store(&factEdgesMemo{rels: rels, hops: hops})
	return rels, nil
}

// sameProps says whether a and b hold the same props, in the same order.
func sameProps(a, b []*props) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// factRelations links a fact to what it names (supported by all its
// evidence), through its relay hops to who relayed it, and to each source
// that states it (by the spans in it).
func factRelations(p *props, hops []*props) []relation {
	evs := p.evidenceSpans()
	rels := make([]relation, 0, 8)
	for _, l := range factLinks {
		for _, to := range p.sharedIRIs(l.pred) {
			rels = append(rels, relation{label: l.label, from: p.iri, to: to, evidence: evs})
		}
	}
	for _, h := range hops {
		for _, to := range h.sharedIRIs(schema.Via) {
			rels = append(rels, relation{label: "via", from: p.iri, to: to, evidence: evs})
		}
	}
	for doc, spans := range p.evidenceBySource() {
		rels = append(rels, relation{label: "derivedFrom", from: p.iri, to: doc, evidence: spans})
	}
	return rels
}
