package export

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/schema"
)

// Graph is the node-and-edge view of the store that graph formats write.
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is an entity, source, event, commitment, claim, numeric claim or
// attribution source; ID is its local id ("person:jana-novak").
type Node struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Kind  string `json:"kind"`
}

// Edge is one relation between two nodes. Label is the relation
// (participant, committedBy, mentionedIn, role, derivedFrom, ...); Title
// the role's label for role edges; EvidenceCount the number of evidence
// spans that support it (0 for curated gazetteer facts).
//
// Sources are the ids of the documents whose quads state the edge
// ("doc:ID", and "gazetteer" for curated facts), sorted; Weight is their
// number (at least 1). FirstDate and LastDate are the earliest and latest
// publication dates of those sources (YYYY-MM-DD), empty when none is
// known. Status is set on a commitment's edges: the status its best
// source gives (a primary source before reports, then the later source,
// then the firmer status), upper case as in the GraphQL CommitmentStatus.
type Edge struct {
	ID            string   `json:"id"`
	Source        string   `json:"source"`
	Target        string   `json:"target"`
	Label         string   `json:"label"`
	Title         string   `json:"title,omitempty"`
	EvidenceCount int      `json:"evidenceCount"`
	Weight        int      `json:"weight"`
	Sources       []string `json:"sources"`
	FirstDate     string   `json:"firstDate,omitempty"`
	LastDate      string   `json:"lastDate,omitempty"`
	Status        string   `json:"status,omitempty"`
}

// Option changes what a graph export (graphml, cytoscape) holds.
type Option func(*options)

type options struct{ all bool }

// IncludeAll(true) makes a whole-store graph export hold every node and
// edge, curated gazetteer entries no document mentions and gazetteer-only
// relations included. By default a whole-store export holds what the
// documents state: the nodes a document types, the edges a document
// states, and the gazetteer nodes those edges reach. It changes nothing
// in a one-source export, which is that source's subgraph either way.
func IncludeAll(all bool) Option { return func(o *options) { o.all = all } }

// relations are the predicates drawn as edges, by the label they get.
var relations = map[quad.IRI]string{
	schema.Participant: "participant",
	schema.Location:    "location",
	schema.CommittedBy: "committedBy",
	schema.CommittedTo: "committedTo",
	schema.ClaimSource: "claimSource",
	schema.Via:         "via",
	schema.Speaker:     "speaker",
	schema.Publisher:   "publisher",
	schema.Author:      "author",
	schema.MentionIn:   "mentionedIn",
	schema.MemberOf:    "memberOf",
	schema.ParentOrg:   "parentOrganization",
}

// display are the literal predicates a node's label is made from.
var display = map[quad.IRI]bool{
	schema.Name: true, schema.Title: true, schema.What: true, schema.ClaimText: true,
	schema.EventType: true, schema.Date: true, schema.ValueText: true, schema.About: true,
	schema.RoleLabel: true, schema.Text: true,
}

type triple struct{ s, p, o quad.IRI }

// labels is a set of quad labels: the documents (or the gazetteer) that
// state something.
type labels map[quad.IRI]bool

func (l labels) add(label quad.IRI) labels {
	if l == nil {
		l = labels{}
	}
	l[label] = true
	return l
}

func (l labels) merge(o labels) labels {
	for x := range o {
		l = l.add(x)
	}
	return l
}

// fromDocument reports whether a document (not the gazetteer) is among l.
func (l labels) fromDocument() bool {
	for x := range l {
		if x != schema.GazetteerLabel {
			return true
		}
	}
	return false
}

// scan is what one pass over the quads collects.
type scan struct {
	types    map[quad.IRI][]quad.IRI
	docTyped map[quad.IRI]bool // nodes a document types
	props    map[quad.IRI]map[quad.IRI][]string
	rels     map[triple]labels
	evidence map[quad.IRI]map[quad.IRI]bool   // fact, entity or role -> evidence nodes
	derived  map[quad.IRI]quad.IRI            // evidence -> source
	roles    map[quad.IRI]map[quad.IRI]labels // person -> role nodes -> who says so
	roleOf   map[quad.IRI][]quad.IRI          // role -> country or organization
	hops     map[quad.IRI][]quad.IRI          // claim -> relay hop nodes
	vias     map[quad.IRI]map[quad.IRI]labels // claim or hop -> relaying outlet -> who says so
	sources  sourceInfo
}

func newScan() *scan {
	return &scan{
		types: map[quad.IRI][]quad.IRI{}, docTyped: map[quad.IRI]bool{},
		props: map[quad.IRI]map[quad.IRI][]string{},
		rels:  map[triple]labels{}, evidence: map[quad.IRI]map[quad.IRI]bool{},
		derived: map[quad.IRI]quad.IRI{}, roles: map[quad.IRI]map[quad.IRI]labels{},
		roleOf: map[quad.IRI][]quad.IRI{}, hops: map[quad.IRI][]quad.IRI{},
		vias: map[quad.IRI]map[quad.IRI]labels{}, sources: newSourceInfo(),
	}
}

func (s *scan) add(q quad.Quad) {
	subj, ok := q.Subject.(quad.IRI)
	if !ok {
		return
	}
	label, _ := q.Label.(quad.IRI)
	pred, _ := q.Predicate.(quad.IRI)
	obj, objIRI := q.Object.(quad.IRI)
	switch {
	case pred == schema.Type && objIRI:
		if !contains(s.types[subj], obj) {
			s.types[subj] = append(s.types[subj], obj)
		}
		if label != schema.GazetteerLabel {
			s.docTyped[subj] = true
		}
	case display[pred]:
		if str, ok := q.Object.(quad.String); ok && str != "" {
			m := s.props[subj]
			if m == nil {
				m = map[quad.IRI][]string{}
				s.props[subj] = m
			}
			m[pred] = append(m[pred], string(str))
		}
	case !objIRI:
		s.sources.add(subj, pred, q.Object, label)
	case pred == schema.Evidence || pred == schema.Mention:
		m := s.evidence[subj]
		if m == nil {
			m = map[quad.IRI]bool{}
			s.evidence[subj] = m
		}
		m[obj] = true
	case pred == schema.DerivedFrom:
		s.derived[subj] = obj
	case pred == schema.HoldsRole:
		addLabelled(s.roles, subj, obj, label)
	case pred == schema.RoleOf:
		s.roleOf[subj] = appendNew(s.roleOf[subj], obj)
	case pred == schema.ViaHop:
		s.hops[subj] = appendNew(s.hops[subj], obj)
	case pred == schema.Via:
		addLabelled(s.vias, subj, obj, label)
	default:
		if _, rel := relations[pred]; rel {
			t := triple{subj, pred, obj}
			s.rels[t] = s.rels[t].add(label)
		}
	}
}

// addLabelled records that label states the link from -> to.
func addLabelled(m map[quad.IRI]map[quad.IRI]labels, from, to, label quad.IRI) {
	inner := m[from]
	if inner == nil {
		inner = map[quad.IRI]labels{}
		m[from] = inner
	}
	inner[to] = inner[to].add(label)
}

// viaEdges turns the relays of a claim, direct or through its hop nodes
// (the chain in order), into via relations of the claim.
func (s *scan) viaEdges() {
	owner := map[quad.IRI]quad.IRI{}
	for claim, hops := range s.hops {
		for _, h := range hops {
			owner[h] = claim
		}
	}
	for subj, outlets := range s.vias {
		if claim, isHop := owner[subj]; isHop {
			subj = claim
		}
		for o, by := range outlets {
			t := triple{subj, schema.Via, o}
			s.rels[t] = s.rels[t].merge(by)
		}
	}
}

// Build reads the store (or one label of it) into a Graph. Edges whose
// end lies outside the label are kept when the store types that node
// elsewhere (a gazetteer actor a document names by id): its node is added.
// A whole-store graph holds what documents state unless IncludeAll(true)
// is given (see IncludeAll).
func Build(ctx context.Context, qs graph.QuadStore, label quad.IRI, opts ...Option) (*Graph, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	s := newScan()
	if err := eachQuad(ctx, qs, label, func(q quad.Quad) error { s.add(q); return nil }); err != nil {
		return nil, err
	}
	s.viaEdges()
	b := builder{s: s, nodes: map[quad.IRI]Node{}, edges: map[string]*edge{}}
	for n, types := range s.types {
		if k := kind.Of(types); k != "" && k != kind.Sentence {
			b.nodes[n] = Node{ID: localID(n), Kind: k, Label: nodeLabel(k, s.props[n], n)}
		}
	}
	b.relationEdges()
	b.roleEdges()
	b.derivedEdges()
	if err := b.resolveEnds(ctx, qs); err != nil {
		return nil, err
	}
	if label == "" && !o.all {
		b.documentsOnly()
	}
	return b.graph(), nil
}

func (b *builder) graph() *Graph {
	g := &Graph{Nodes: make([]Node, 0, len(b.nodes)), Edges: make([]Edge, 0, len(b.edges))}
	for _, n := range b.nodes {
		g.Nodes = append(g.Nodes, n)
	}
	for _, e := range b.edges {
		g.Edges = append(g.Edges, b.finish(e))
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Edges, func(i, j int) bool {
		a, c := g.Edges[i], g.Edges[j]
		if a.Source != c.Source {
			return a.Source < c.Source
		}
		if a.Label != c.Label {
			return a.Label < c.Label
		}
		return a.Target < c.Target
	})
	return g
}

// nodeLabel is what a drawing shows on a node.
func nodeLabel(k string, props map[quad.IRI][]string, iri quad.IRI) string {
	label := kind.Name(k, func(p quad.IRI) string { return firstOf(props[p]) })
	if label == "" {
		label = localID(iri)
	}
	return truncate(label, 120)
}

// firstOf returns the smallest value, so that a node named differently
// under two labels gets the same label on every export.
func firstOf(values []string) string {
	best := ""
	for _, v := range values {
		if best == "" || v < best {
			best = v
		}
	}
	return best
}

func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

// localID is the id a node is exported under: its local id, or the IRI
// for nodes outside kg's id space.
func localID(iri quad.IRI) string {
	if id, ok := schema.LocalID(iri); ok {
		return id
	}
	return string(iri)
}

func edgeID(e Edge) string {
	sum := sha256.Sum256([]byte(e.Source + "\x00" + e.Label + "\x00" + e.Target + "\x00" + e.Title))
	return "edge:" + hex.EncodeToString(sum[:8])
}

func contains(list []quad.IRI, v quad.IRI) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func appendNew(list []quad.IRI, v quad.IRI) []quad.IRI {
	if contains(list, v) {
		return list
	}
	return append(list, v)
}
