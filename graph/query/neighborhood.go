package query

import (
	"context"
	"strings"

	"github.com/cayleygraph/quad"
)

// Limits of the graph views: a view is always bounded, never a full-graph
// fetch, whatever the size of the store.
const (
	DefaultGraphLimit = 200
	MaxGraphLimit     = 1000
	MaxGraphDepth     = 4
	MaxPathDepth      = 8
)

// view collects the nodes and edges of a graph view.
type view struct {
	order []quad.IRI
	nodes map[quad.IRI]*props
	rels  map[string]relation
	ids   []string // edge ids in the order found
}

func newView() *view {
	return &view{nodes: make(map[quad.IRI]*props), rels: make(map[string]relation)}
}

func (v *view) addNode(p *props) {
	if _, ok := v.nodes[p.iri]; !ok {
		v.nodes[p.iri] = p
		v.order = append(v.order, p.iri)
	}
}

func (v *view) addRel(rel relation) {
	id := rel.id
	if id == "" {
		id = edgeID(rel.label, rel.from, rel.to)
	}
	if _, ok := v.rels[id]; !ok {
		v.rels[id] = rel
		v.ids = append(v.ids, id)
	}
}

// graph builds the view: its nodes, and the edges whose two ends are in it.
func (r *Reader) graphOf(ctx context.Context, v *view, truncated bool) (*Graph, error) {
	g := &Graph{Nodes: []*GraphNode{}, Edges: []*GraphEdge{}, Truncated: truncated}
	for _, n := range v.order {
		gn, err := r.graphNodeOf(ctx, v.nodes[n])
		if err != nil {
			return nil, err
		}
		g.Nodes = append(g.Nodes, gn)
	}
	for _, id := range v.ids {
		rel := v.rels[id]
		if v.nodes[rel.from] != nil && v.nodes[rel.to] != nil {
			g.Edges = append(g.Edges, edgeOf(rel))
		}
	}
	return g, nil
}

// drawn reads the node at id and checks that a graph view can hold it.
func (r *Reader) drawn(ctx context.Context, id string) (*props, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	if !p.exists() {
		return nil, noSuchNode(id)
	}
	if graphKind(p) == "" {
		return nil, userErrorf("%q cannot be drawn (ask for an actor, place, source, event, commitment, claim or number id)", id)
	}
	return p, nil
}

// Neighborhood returns the nodes within depth hops of id (1 when nil, at
// most MaxGraphDepth) whose kinds are among kinds (all when empty; the
// start node always), at most limit of them (DefaultGraphLimit when nil,
// at most MaxGraphLimit), nearest first, with the edges between them.
// Truncated says the limit left nodes out.
func (r *Reader) Neighborhood(ctx context.Context, id string, depth *int, kinds []string, limit *int) (*Graph, error) {
	d, err := boundedArg("depth", depth, 1, 1, MaxGraphDepth)
	if err != nil {
		return nil, err
	}
	n, err := boundedArg("limit", limit, DefaultGraphLimit, 1, MaxGraphLimit)
	if err != nil {
		return nil, err
	}
	keep, err := kindFilter(kinds)
	if err != nil {
		return nil, err
	}
	start, err := r.drawn(ctx, id)
	if err != nil {
		return nil, err
	}
	v := newView()
	v.addNode(start)
	frontier := []*props{start}
	truncated := false
	for hop := 0; hop < d && len(frontier) > 0; hop++ {
		var next []*props
		for _, p := range frontier {
			if len(v.order) >= n && !isFact(p) {
				// Full: only the edges among the nodes drawn are still
				// wanted, and a fact's are read from the node itself; a
				// source or actor would cost reads for nothing new.
				truncated = true
				continue
			}
			rels, capped, err := r.relations(ctx, p, n, keep)
			if err != nil {
				return nil, err
			}
			truncated = truncated || capped
			others := make([]quad.IRI, len(rels))
			for i, rel := range rels {
				others[i] = rel.other(p.iri)
			}
			ops, err := r.propsAll(ctx, others)
			if err != nil {
				return nil, err
			}
			for i, rel := range rels {
				o := ops[i]
				if k := graphKind(o); k == "" || (keep != nil && !keep[k]) {
					continue
				}
				if v.nodes[o.iri] == nil {
					if len(v.order) >= n {
						truncated = true
						continue
					}
					v.addNode(o)
					next = append(next, o)
				}
				v.addRel(rel)
			}
		}
		frontier = next
	}
	return r.graphOf(ctx, v, truncated)
}

// Subgraph returns the nodes of ids (at most MaxGraphLimit; ids of no
// drawable node are left out) and every evidenced edge between them.
func (r *Reader) Subgraph(ctx context.Context, ids []string) (*Graph, error) {
	if len(ids) > MaxGraphLimit {
		return nil, userErrorf("subgraph takes at most %d ids (got %d)", MaxGraphLimit, len(ids))
	}
	ps, err := r.propsAll(ctx, iriList(ids))
	if err != nil {
		return nil, err
	}
	v := newView()
	for _, p := range ps {
		if p.exists() && graphKind(p) != "" {
			v.addNode(p)
		}
	}
	for _, n := range append([]quad.IRI(nil), v.order...) {
		rels, _, err := r.relations(ctx, v.nodes[n], MaxGraphLimit, nil)
		if err != nil {
			return nil, err
		}
		for _, rel := range rels {
			if v.nodes[rel.other(n)] != nil {
				v.addRel(rel)
			}
		}
	}
	return r.graphOf(ctx, v, false)
}

// boundedArg checks an optional integer argument: def when nil, else
// between lo and hi.
func boundedArg(name string, arg *int, def, lo, hi int) (int, error) {
	if arg == nil {
		return def, nil
	}
	if *arg < lo || *arg > hi {
		return 0, userErrorf("%s must be between %d and %d (got %d)", name, lo, hi, *arg)
	}
	return *arg, nil
}

// graphKinds are the kinds a graph view draws.
var graphKinds = []string{"PERSON", "COUNTRY", "ORGANIZATION", "PLACE", "SOURCE", "EVENT", "COMMITMENT", "CLAIM",
	"NUMBER", "UNNAMED_SOURCE", "DOCUMENT_REF"}

// kindFilter is the set of kinds asked for, nil for all.
func kindFilter(kinds []string) (map[string]bool, error) {
	if len(kinds) == 0 {
		return nil, nil
	}
	set := make(map[string]bool)
	for _, k := range kinds {
		up := strings.ToUpper(strings.TrimSpace(k))
		switch up {
		case "ACTOR":
			set["PERSON"], set["COUNTRY"], set["ORGANIZATION"] = true, true, true
			continue
		case "OUTLET":
			up = "ORGANIZATION"
		case "NUMERIC_CLAIM":
			up = "NUMBER"
		}
		known := false
		for _, g := range graphKinds {
			known = known || g == up
		}
		if !known {
			return nil, userErrorf("unknown kind %q (one of %s)", k, strings.Join(graphKinds, ", "))
		}
		set[up] = true
	}
	return set, nil
}

// isFact says whether the node is an event, commitment, claim or number.
func isFact(p *props) bool {
	switch graphKind(p) {
	case "EVENT", "COMMITMENT", "CLAIM", "NUMBER":
		return true
	}
	return false
}
