package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
)

// graphMLKeys declares every attribute a GraphML node or edge carries.
const graphMLKeys = `  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="edgeLabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="title" for="edge" attr.name="title" attr.type="string"/>
  <key id="evidenceCount" for="edge" attr.name="evidenceCount" attr.type="int"/>
`

// WriteGraphML writes g as a GraphML document (directed graph, keys
// declared, text escaped for XML).
func (g *Graph) WriteGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	bw.WriteString(graphMLKeys)
	bw.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	for _, n := range g.Nodes {
		bw.WriteString(`    <node id="`)
		escape(bw, n.ID)
		bw.WriteString(`">`)
		data(bw, "label", n.Label)
		data(bw, "kind", n.Kind)
		bw.WriteString("</node>\n")
	}
	for _, e := range g.Edges {
		bw.WriteString(`    <edge id="`)
		escape(bw, e.ID)
		bw.WriteString(`" source="`)
		escape(bw, e.Source)
		bw.WriteString(`" target="`)
		escape(bw, e.Target)
		bw.WriteString(`">`)
		data(bw, "edgeLabel", e.Label)
		if e.Title != "" {
			data(bw, "title", e.Title)
		}
		data(bw, "evidenceCount", strconv.Itoa(e.EvidenceCount))
		bw.WriteString("</edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func data(w *bufio.Writer, key, value string) {
	w.WriteString(`<data key="`)
	w.WriteString(key)
	w.WriteString(`">`)
	escape(w, value)
	w.WriteString(`</data>`)
}

// escape writes s as XML character data; characters XML 1.0 cannot hold
// become U+FFFD (encoding/xml's rule).
func escape(w *bufio.Writer, s string) {
	_ = xml.EscapeText(w, []byte(s))
}
