package query

import (
	"context"

	"github.com/cayleygraph/quad"
)

// maxPathVisits bounds the nodes a path search expands on each side, so
// that a search between two far-apart hubs of a large store ends.
const maxPathVisits = 5000

// maxPathFanOut bounds the facts and sources read per kind of link at a
// hub during a path search.
const maxPathFanOut = 500

// pathSide is one half of a bidirectional search: the nodes reached and
// the relation each was reached by.
type pathSide struct {
	parent   map[quad.IRI]*relation // nil for the side's start
	frontier []*props
	visits   int
}

// Path returns a shortest chain of evidenced edges from one node to
// another, at most maxDepth edges long (4 when nil, at most MaxPathDepth),
// found by bidirectional breadth-first search over the edges of the graph
// views; nil when there is none.
func (r *Reader) Path(ctx context.Context, from, to string, maxDepth *int) (*Graph, error) {
	d, err := boundedArg("maxDepth", maxDepth, 4, 1, MaxPathDepth)
	if err != nil {
		return nil, err
	}
	a, err := r.drawn(ctx, from)
	if err != nil {
		return nil, err
	}
	b, err := r.drawn(ctx, to)
	if err != nil {
		return nil, err
	}
	if a.iri == b.iri {
		v := newView()
		v.addNode(a)
		return r.graphOf(ctx, v, false)
	}
	fwd := &pathSide{parent: map[quad.IRI]*relation{a.iri: nil}, frontier: []*props{a}}
	bwd := &pathSide{parent: map[quad.IRI]*relation{b.iri: nil}, frontier: []*props{b}}
	for depth := 0; depth < d; depth++ {
		side, other := fwd, bwd
		if len(bwd.frontier) < len(fwd.frontier) {
			side, other = bwd, fwd
		}
		meet, err := r.expand(ctx, side, other)
		if err != nil {
			return nil, err
		}
		if meet != "" {
			return r.joinPath(ctx, fwd, bwd, meet, a.iri)
		}
		if len(side.frontier) == 0 || side.visits > maxPathVisits {
			return nil, nil
		}
	}
	return nil, nil
}

// expand advances side by one hop and returns a node the other side has
// reached, "" when they have not met.
func (r *Reader) expand(ctx context.Context, side, other *pathSide) (quad.IRI, error) {
	var next []*props
	for _, p := range side.frontier {
		side.visits++
		rels, _, err := r.relations(ctx, p, maxPathFanOut, nil)
		if err != nil {
			return "", err
		}
		for i := range rels {
			rel := rels[i]
			o := rel.other(p.iri)
			if _, seen := side.parent[o]; seen {
				continue
			}
			side.parent[o] = &rel
			if _, met := other.parent[o]; met {
				return o, nil
			}
			op, err := r.props(ctx, o)
			if err != nil {
				return "", err
			}
			if graphKind(op) != "" {
				next = append(next, op)
			}
		}
	}
	side.frontier = next
	return "", nil
}

// joinPath builds the view of the path from start through meet.
func (r *Reader) joinPath(ctx context.Context, fwd, bwd *pathSide, meet, start quad.IRI) (*Graph, error) {
	var rels []relation
	var walk func(side *pathSide, n quad.IRI)
	walk = func(side *pathSide, n quad.IRI) {
		for rel := side.parent[n]; rel != nil; rel = side.parent[n] {
			rels = append(rels, *rel)
			n = rel.other(n)
		}
	}
	walk(fwd, meet)
	for i, j := 0, len(rels)-1; i < j; i, j = i+1, j-1 {
		rels[i], rels[j] = rels[j], rels[i]
	}
	walk(bwd, meet)
	v := newView()
	order := []quad.IRI{start}
	for _, rel := range rels {
		order = append(order, rel.other(order[len(order)-1]))
	}
	ps, err := r.propsAll(ctx, order)
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		v.addNode(p)
	}
	for _, rel := range rels {
		v.addRel(rel)
	}
	return r.graphOf(ctx, v, false)
}
