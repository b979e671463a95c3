package export

import (
	"encoding/json"
	"io"
)

// cyElement is one Cytoscape.js element: its fields live under "data".
type cyElement[T any] struct {
	Data T `json:"data"`
}

type cyElements struct {
	Nodes []cyElement[Node] `json:"nodes"`
	Edges []cyElement[Edge] `json:"edges"`
}

// WriteCytoscape writes g as Cytoscape.js JSON:
// {"elements": {"nodes": [{"data": {id, label, kind}}], "edges": [{"data":
// {id, source, target, label, title?, evidenceCount, weight, sources: [id,
// ...], firstDate?, lastDate?, status?}}]}}, ready for cy.add or the
// elements option (see Edge for what each field means).
func (g *Graph) WriteCytoscape(w io.Writer) error {
	out := struct {
		Elements cyElements `json:"elements"`
	}{cyElements{Nodes: make([]cyElement[Node], len(g.Nodes)), Edges: make([]cyElement[Edge], len(g.Edges))}}
	for i, n := range g.Nodes {
		out.Elements.Nodes[i].Data = n
	}
	for i, e := range g.Edges {
		out.Elements.Edges[i].Data = e
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
