package export

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// builder turns what a scan collected into nodes and edges.
type builder struct {
	s       *scan
	nodes   map[quad.IRI]Node
	edges   map[string]*edge
	pending []*edge // edges to nodes not typed in scope
}

// edge is an edge being built: its ends and the labels that state it.
type edge struct {
	from, to quad.IRI
	e        Edge
	by       labels
}

func (b *builder) addEdge(from, to quad.IRI, label, title string, count int, by labels) {
	e := Edge{Source: localID(from), Target: localID(to), Label: label, Title: title, EvidenceCount: count}
	e.ID = edgeID(e)
	_, okFrom := b.nodes[from]
	_, okTo := b.nodes[to]
	if okFrom && okTo {
		b.put(&edge{from: from, to: to, e: e, by: by})
		return
	}
	b.pending = append(b.pending, &edge{from: from, to: to, e: e, by: by})
}

// put adds an edge, merging the labels of an edge already there.
func (b *builder) put(e *edge) {
	if have, ok := b.edges[e.e.ID]; ok {
		have.by = have.by.merge(e.by)
		return
	}
	b.edges[e.e.ID] = e
}

func (b *builder) relationEdges() {
	for t, by := range b.s.rels {
		label := relations[t.p]
		var count int
		switch t.p {
		case schema.MentionIn:
			count = b.countFrom(t.s, t.o)
		case schema.Publisher, schema.Author:
			count = b.countNaming(t.s, t.o)
		case schema.MemberOf, schema.ParentOrg:
			count = 0
		default:
			count = len(b.s.evidence[t.s])
		}
		b.addEdge(t.s, t.o, label, "", count, by)
	}
}

// roleEdges draw a person's office as an edge to the country or body it
// belongs to, titled with the office; its sources are those that say the
// person holds it.
func (b *builder) roleEdges() {
	for person, roles := range b.s.roles {
		for r, by := range roles {
			title := firstOf(b.s.props[r][schema.RoleLabel])
			for _, of := range b.s.roleOf[r] {
				b.addEdge(person, of, "role", title, len(b.s.evidence[r]), by)
			}
		}
	}
}

// derivedEdges link each fact to the sources its evidence comes from;
// each such edge is stated by that source.
func (b *builder) derivedEdges() {
	for fact, n := range b.nodes {
		switch n.Kind {
		case kind.Event, kind.Commitment, kind.Claim, kind.NumericClaim:
		default:
			continue
		}
		per := map[quad.IRI]int{}
		for ev := range b.s.evidence[fact] {
			if src, ok := b.s.derived[ev]; ok {
				per[src]++
			}
		}
		for src, count := range per {
			b.addEdge(fact, src, "derivedFrom", "", count, labels{src: true})
		}
	}
}

// documentsOnly keeps the edges a document states, the nodes a document
// types and the nodes those edges reach: gazetteer entries no document
// mentions, and gazetteer-only relations, are left out.
func (b *builder) documentsOnly() {
	keep := map[quad.IRI]bool{}
	for id, e := range b.edges {
		if !e.by.fromDocument() {
			delete(b.edges, id)
			continue
		}
		keep[e.from], keep[e.to] = true, true
	}
	for n := range b.nodes {
		if !keep[n] && !b.s.docTyped[n] {
			delete(b.nodes, n)
		}
	}
}

// finish fills in what an edge's sources give it: their ids, number and
// dates, and the status of a commitment.
func (b *builder) finish(e *edge) Edge {
	out := e.e
	out.Sources = make([]string, 0, len(e.by))
	for l := range e.by {
		out.Sources = append(out.Sources, localID(l))
	}
	sort.Strings(out.Sources)
	out.Weight = len(out.Sources)
	out.FirstDate, out.LastDate = b.s.sources.dateRange(e.by)
	if b.nodes[e.from].Kind == kind.Commitment {
		out.Status = b.s.sources.bestStatus(e.from, e.by)
	}
	return out
}

// countFrom counts the evidence of node derived from source.
func (b *builder) countFrom(node, source quad.IRI) int {
	n := 0
	for ev := range b.s.evidence[node] {
		if b.s.derived[ev] == source {
			n++
		}
	}
	return n
}

// countNaming counts the source's metadata evidence spans that name the
// target (the byline naming an author, the credit naming the outlet).
func (b *builder) countNaming(source, target quad.IRI) int {
	names := map[string]bool{}
	for _, name := range b.s.props[target][schema.Name] {
		names[gazetteer.Normalize(name)] = true
	}
	n := 0
	for ev := range b.s.evidence[source] {
		for _, text := range b.s.props[ev][schema.Text] {
			folded := gazetteer.Normalize(text)
			for name := range names {
				if name != "" && strings.Contains(folded, name) {
					n++
					break
				}
			}
		}
	}
	return n
}

// resolveEnds adds the nodes that pending edges point to when the store
// types them under another label, then adds those edges.
func (b *builder) resolveEnds(ctx context.Context, qs graph.QuadStore) error {
	for _, p := range b.pending {
		ok := true
		for _, end := range []quad.IRI{p.from, p.to} {
			if _, known := b.nodes[end]; known {
				continue
			}
			n, found, err := lookupNode(ctx, qs, end)
			if err != nil {
				return err
			}
			if !found {
				ok = false
				break
			}
			b.nodes[end] = n
		}
		if ok {
			b.put(p)
		}
	}
	return nil
}

// lookupNode reads a node's types and names from the whole store.
func lookupNode(ctx context.Context, qs graph.QuadStore, iri quad.IRI) (Node, bool, error) {
	var classes []quad.IRI
	err := path.StartPath(qs, iri).Out(schema.Type).Iterate(ctx).EachValue(qs, func(v quad.Value) {
		if c, ok := v.(quad.IRI); ok {
			classes = append(classes, c)
		}
	})
	if err != nil {
		return Node{}, false, fmt.Errorf("read types of %s: %w", iri, err)
	}
	k := kind.Of(classes)
	if k == "" {
		return Node{}, false, nil
	}
	props := map[quad.IRI][]string{}
	for _, p := range []quad.IRI{schema.Name, schema.Title, schema.What, schema.ClaimText, schema.EventType, schema.Date} {
		err := path.StartPath(qs, iri).Out(p).Iterate(ctx).EachValue(qs, func(v quad.Value) {
			if s, ok := v.(quad.String); ok {
				props[p] = append(props[p], string(s))
			}
		})
		if err != nil {
			return Node{}, false, fmt.Errorf("read %s of %s: %w", p, iri, err)
		}
	}
	return Node{ID: localID(iri), Kind: k, Label: nodeLabel(k, props, iri)}, true, nil
}
