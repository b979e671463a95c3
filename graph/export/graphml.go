package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// graphMLKeys declares every attribute a GraphML node or edge carries,
// before the graph as the GraphML schema wants; the edge's relation is
// attr.name "label" like the node's, under its own key id.
const graphMLKeys = `  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="edgeLabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="title" for="edge" attr.name="title" attr.type="string"/>
  <key id="evidenceCount" for="edge" attr.name="evidenceCount" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int">
    <desc>number of distinct sources that state the edge</desc>
  </key>
  <key id="sources" for="edge" attr.name="sources" attr.type="string">
    <desc>ids of the sources that state the edge, sorted, separated by single spaces (a space or percent sign inside an id is percent-encoded)</desc>
  </key>
  <key id="firstDate" for="edge" attr.name="firstDate" attr.type="string">
    <desc>earliest publication date of those sources, YYYY-MM-DD</desc>
  </key>
  <key id="lastDate" for="edge" attr.name="lastDate" attr.type="string">
    <desc>latest publication date of those sources, YYYY-MM-DD</desc>
  </key>
  <key id="status" for="edge" attr.name="status" attr.type="string">
    <desc>status of the commitment the edge belongs to, as its best source gives it</desc>
  </key>
`

// SourcesSeparator separates the source ids of an edge in GraphML.
const SourcesSeparator = " "

// JoinSources is how GraphML writes an edge's source ids: separated by
// SourcesSeparator, with a space or percent sign inside an id
// percent-encoded (kg's ids have neither).
func JoinSources(ids []string) string {
	enc := make([]string, len(ids))
	for i, id := range ids {
		enc[i] = sourceEscaper.Replace(id)
	}
	return strings.Join(enc, SourcesSeparator)
}

var sourceEscaper = strings.NewReplacer("%", "%25", " ", "%20")

// WriteGraphML writes g as a GraphML document (directed graph, keys
// declared with their types, text escaped for XML). Optional attributes
// (title, dates, status) are left out where an edge has none.
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
		optional(bw, "title", e.Title)
		data(bw, "evidenceCount", strconv.Itoa(e.EvidenceCount))
		data(bw, "weight", strconv.Itoa(e.Weight))
		data(bw, "sources", JoinSources(e.Sources))
		optional(bw, "firstDate", e.FirstDate)
		optional(bw, "lastDate", e.LastDate)
		optional(bw, "status", e.Status)
		bw.WriteString("</edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func optional(w *bufio.Writer, key, value string) {
	if value != "" {
		data(w, key, value)
	}
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
