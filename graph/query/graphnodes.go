package query

import (
	"context"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/schema"
)

// Nodes of the graph views (neighborhood, subgraph, path): what kind each
// is, how it is labelled and dated.

// graphKind is the kind of a node in a graph view ("" for nodes that are
// not drawn: evidence, sentences, roles, relay hops).
func graphKind(p *props) string {
	p.kindFound.Do(func() {
		switch k := kind.Of(p.sharedIRIs(schema.Type)); k {
		case kind.NumericClaim:
			p.kind = "NUMBER"
		case kind.Sentence:
			p.kind = ""
		default:
			p.kind = k
		}
	})
	return p.kind
}

// maxLabel bounds the label of a node drawn from running text.
const maxLabel = 120

// graphLabel is the display label of a node.
func graphLabel(p *props, k string) string {
	var l string
	switch k {
	case kind.Source:
		if l = p.str(schema.Title); l == "" {
			l = p.str(schema.URL)
		}
	case kind.Event:
		l = strings.TrimSpace(p.str(schema.EventType) + " " + p.str(schema.Date))
	case kind.Commitment:
		l = p.str(schema.What)
	case kind.Claim:
		l = p.str(schema.ClaimText)
	case "NUMBER":
		l = strings.TrimSpace(p.str(schema.ValueText) + " " + p.str(schema.Unit))
		if about := p.str(schema.About); about != "" {
			l += " (" + about + ")"
		}
	default:
		l = p.str(schema.Name)
	}
	if l == "" {
		l = localID(p.iri)
	}
	return clip(l, maxLabel)
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// graphNodeOf builds the view of one node; dates of facts are the earliest
// date of the sources that state them.
func (r *Reader) graphNodeOf(ctx context.Context, p *props) (*GraphNode, error) {
	k := graphKind(p)
	n := &GraphNode{ID: localID(p.iri), Label: graphLabel(p, k), Kind: k}
	switch k {
	case kind.Event:
		n.Date = p.strp(schema.Date)
	case kind.Source:
		n.Date = p.strp(schema.DatePublished)
		if n.Label == n.ID { // untitled: the outlet and date say more than the id
			if label, err := r.untitledLabel(ctx, p); err != nil || label != "" {
				n.Label = label
				return n, err
			}
		}
	case kind.Commitment, kind.Claim, "NUMBER":
		d, err := r.earliestDate(ctx, p)
		if err != nil {
			return nil, err
		}
		if d != "" {
			n.Date = &d
		}
	}
	return n, nil
}

// earliestDate is the earliest publication date of the sources of a
// fact's evidence, "" when none is dated.
func (r *Reader) earliestDate(ctx context.Context, p *props) (string, error) {
	best := ""
	for doc := range p.evidenceBySource() {
		d, err := r.sourceDate(ctx, doc)
		if err != nil {
			return "", err
		}
		if d != "" && (best == "" || d < best) {
			best = d
		}
	}
	return best, nil
}

// sourceDate is a source's publication date, "" when unknown.
func (r *Reader) sourceDate(ctx context.Context, doc quad.IRI) (string, error) {
	vals, err := r.out(ctx, doc, schema.DatePublished)
	if err != nil {
		return "", err
	}
	return minString(vals, identity), nil
}

// evidenceDoc is the source IRI of an evidence span, read from its IRI
// (loader/quads.EvidenceIRI: "ev:DOC:START-END:HASH"), "" when the IRI is
// not in that form.
func evidenceDoc(ev quad.IRI) quad.IRI {
	rest, ok := strings.CutPrefix(localID(ev), schema.PrefixEvidence)
	if !ok {
		return ""
	}
	hashAt := strings.LastIndexByte(rest, ':')
	if hashAt < 0 {
		return ""
	}
	offsetsAt := strings.LastIndexByte(rest[:hashAt], ':')
	if offsetsAt < 0 {
		return ""
	}
	return schema.SourceIRI(rest[:offsetsAt])
}

// evidenceByDoc groups evidence spans by their source, each group sorted
// by offset.
func evidenceByDoc(evs []quad.IRI) map[quad.IRI][]quad.IRI {
	out := make(map[quad.IRI][]quad.IRI)
	for _, it := range evidenceItems(evs) {
		if d := evidenceDoc(it.iri); d != "" {
			out[d] = append(out[d], it.iri)
		}
	}
	return out
}

// iriList converts ids (local ids or IRIs) to node IRIs.
func iriList(ids []string) []quad.IRI {
	out := make([]quad.IRI, len(ids))
	for i, id := range ids {
		out[i] = nodeIRI(id)
	}
	return out
}

// untitledLabel labels an untitled source by its outlet and date ("Reuters
// 2026-01-06"), "" when its outlet is unknown.
func (r *Reader) untitledLabel(ctx context.Context, p *props) (string, error) {
	outlet := p.link(schema.Publisher)
	if outlet == "" {
		return "", nil
	}
	op, err := r.props(ctx, outlet)
	if err != nil {
		return "", err
	}
	name := op.str(schema.Name)
	if name == "" {
		return "", nil
	}
	return strings.TrimSpace(name + " " + p.str(schema.DatePublished)), nil
}
