package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

func exportBytes(t *testing.T, st store.Store, format string, label quad.IRI, opts ...export.Option) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, st.QuadStore(), format, label, opts...); err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	return buf.Bytes()
}

func TestNQuadsOneSource(t *testing.T) {
	st := fixtureStore(t)
	label := export.SourceLabel("fixture-report")
	nq := exportBytes(t, st, export.NQuads, label)
	r := nquads.NewReader(bytes.NewReader(nq), false)
	n := 0
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if q.Label != quad.Value(label) {
			t.Fatalf("quad of another label in a one-source export: %v", q)
		}
		n++
	}
	if n == 0 {
		t.Fatal("one-source export is empty")
	}
	var buf bytes.Buffer
	err := export.Write(context.Background(), &buf, st.QuadStore(), export.NQuads, export.SourceLabel("no-such-doc"))
	if !errors.Is(err, export.ErrNoSource) {
		t.Errorf("unknown source: err = %v, want ErrNoSource", err)
	}
	// A node that is not a document is no source either.
	err = export.Write(context.Background(), &buf, st.QuadStore(), export.NQuads, export.SourceLabel("urn:kg:person:jana-novak"))
	if !errors.Is(err, export.ErrNoSource) {
		t.Errorf("node as source: err = %v, want ErrNoSource", err)
	}
	err = export.Write(context.Background(), &buf, st.QuadStore(), "turtle", "")
	if !errors.Is(err, export.ErrUnknownFormat) {
		t.Errorf("unknown format: err = %v, want ErrUnknownFormat", err)
	}
}

// TestTermsValidRDF checks the N-Quads rules other RDF tools enforce and
// that Cayley's reader gets every value back.
func TestTermsValidRDF(t *testing.T) {
	cases := []struct {
		v    quad.Value
		want string
	}{
		{quad.IRI("urn:kg:doc:a b"), "<urn:kg:doc:a%20b>"},
		{quad.IRI("urn:kg:doc:x{y}"), "<urn:kg:doc:x%7By%7D>"},
		{quad.String("say \"hi\"\nnow\\ \x01"), `"say \"hi\"\nnow\\ \u0001"`},
		{quad.Bool(true), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.Int(-3), `"-3"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.Float(2.5), `"2.5E+00"^^<http://www.w3.org/2001/XMLSchema#double>`},
		{quad.String("Élysée – ok"), `"Élysée – ok"`},
	}
	for _, c := range cases {
		if got := export.Term(c.v); got != c.want {
			t.Errorf("Term(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
	// Values with valid IRIs come back unchanged through Cayley's reader.
	for _, v := range []quad.Value{quad.String("say \"hi\"\nnow\\ \x01\ttab"), quad.Bool(true), quad.Bool(false),
		quad.Int(42), quad.Float(0.125), quad.String("Élysée")} {
		line := export.AppendNQuad(nil, quad.Quad{Subject: quad.IRI("urn:kg:s"), Predicate: schema.Name, Object: v, Label: quad.IRI("urn:kg:doc:l")})
		q, err := nquads.NewReader(bytes.NewReader(line), false).ReadQuad()
		if err != nil {
			t.Fatalf("read back %s: %v", line, err)
		}
		if q.Object != v {
			t.Errorf("read back %s: object %#v, want %#v", line, q.Object, v)
		}
	}
}

// graphML is the part of a GraphML document the tests look at.
type graphML struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID  string `xml:"id,attr"`
		For string `xml:"for,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string `xml:"id,attr"`
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func TestGraphMLParsesAsXML(t *testing.T) {
	st := fixtureStore(t)
	var doc graphML
	if err := xml.Unmarshal(exportBytes(t, st, export.GraphML, ""), &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v", err)
	}
	keys := map[string]bool{}
	for _, k := range doc.Keys {
		keys[k.ID] = true
	}
	nodes := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("node %s: data key %q not declared", n.ID, d.Key)
			}
			if d.Key == "kind" {
				nodes[n.ID] = d.Value
			}
		}
	}
	if nodes["person:jana-novak"] != "PERSON" || nodes["commitment:engineers-moldova"] != "COMMITMENT" {
		t.Errorf("expected nodes missing or mis-kinded: %v", nodes)
	}
	labels := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		if _, ok := nodes[e.Source]; !ok {
			t.Errorf("edge %s: source %s is not a node", e.ID, e.Source)
		}
		if _, ok := nodes[e.Target]; !ok {
			t.Errorf("edge %s: target %s is not a node", e.ID, e.Target)
		}
		for _, d := range e.Data {
			if !keys[d.Key] {
				t.Errorf("edge %s: data key %q not declared", e.ID, d.Key)
			}
			if d.Key == "edgeLabel" {
				labels[d.Value] = true
			}
		}
	}
	for _, want := range []string{"committedBy", "committedTo", "participant", "claimSource", "via", "mentionedIn", "publisher", "derivedFrom", "role"} {
		if !labels[want] {
			t.Errorf("no %s edge in GraphML (have %v)", want, labels)
		}
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q", doc.Graph.EdgeDefault)
	}
}

type cytoscape struct {
	Elements struct {
		Nodes []struct {
			Data export.Node `json:"data"`
		} `json:"nodes"`
		Edges []struct {
			Data export.Edge `json:"data"`
		} `json:"edges"`
	} `json:"elements"`
}

func decodeCytoscape(t *testing.T, b []byte) (map[string]export.Node, []export.Edge) {
	t.Helper()
	var doc cytoscape
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("Cytoscape JSON does not unmarshal: %v", err)
	}
	nodes := map[string]export.Node{}
	for _, n := range doc.Elements.Nodes {
		nodes[n.Data.ID] = n.Data
	}
	var edges []export.Edge
	for _, e := range doc.Elements.Edges {
		if _, ok := nodes[e.Data.Source]; !ok {
			t.Errorf("edge %s %s: source %s is not a node", e.Data.ID, e.Data.Label, e.Data.Source)
		}
		if _, ok := nodes[e.Data.Target]; !ok {
			t.Errorf("edge %s %s: target %s is not a node", e.Data.ID, e.Data.Label, e.Data.Target)
		}
		edges = append(edges, e.Data)
	}
	return nodes, edges
}

func findEdge(edges []export.Edge, source, label, target string) (export.Edge, bool) {
	for _, e := range edges {
		if e.Source == source && e.Label == label && e.Target == target {
			return e, true
		}
	}
	return export.Edge{}, false
}

func TestCytoscapeEdgesConnectNodes(t *testing.T) {
	st := fixtureStore(t)
	nodes, edges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, ""))
	if len(nodes) == 0 || len(edges) == 0 {
		t.Fatalf("%d nodes, %d edges", len(nodes), len(edges))
	}
	if n := nodes["org:daily-ledger"]; n.Kind != "ORGANIZATION" || n.Label != "Daily Ledger" {
		t.Errorf("outlet node = %+v", n)
	}
	// The commitment is told by both documents: one node, evidence from each.
	e, ok := findEdge(edges, "commitment:engineers-moldova", "committedBy", "country:PRT")
	if !ok || e.EvidenceCount < 2 {
		t.Errorf("committedBy edge = %+v (found %v), want evidence from both documents", e, ok)
	}
	for _, src := range []string{"doc:fixture-report", "doc:fixture-statement"} {
		if e, ok := findEdge(edges, "commitment:engineers-moldova", "derivedFrom", src); !ok || e.EvidenceCount < 1 {
			t.Errorf("no derivedFrom edge to %s with evidence: %+v", src, e)
		}
	}
	if e, ok := findEdge(edges, "person:jana-novak", "mentionedIn", "doc:fixture-report"); !ok || e.EvidenceCount == 0 {
		t.Errorf("mentionedIn edge = %+v (found %v)", e, ok)
	}
	if e, ok := findEdge(edges, "person:jana-novak", "role", "country:PRT"); !ok || e.Title != "Prime Minister of Portugal" {
		t.Errorf("role edge = %+v (found %v)", e, ok)
	}
	if _, ok := nodes["sent:fixture-report:0"]; ok {
		t.Error("sentences are not graph nodes")
	}
}

func TestCytoscapeOneSourceIsItsSubgraph(t *testing.T) {
	st := fixtureStore(t)
	nodes, edges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, export.SourceLabel("doc:fixture-report")))
	if _, ok := nodes["country:DEU"]; ok {
		t.Error("Germany is only in the statement, not in the report's subgraph")
	}
	if _, ok := nodes["doc:fixture-statement"]; ok {
		t.Error("the other document is in the report's subgraph")
	}
	if _, ok := nodes["person:jana-novak"]; !ok {
		t.Error("the report's person is missing from its subgraph")
	}
	e, ok := findEdge(edges, "commitment:engineers-moldova", "committedBy", "country:PRT")
	if !ok || e.EvidenceCount != 1 {
		t.Errorf("within one source the commitment has that source's evidence only: %+v", e)
	}
}

func TestCorpusGraphsConnect(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the corpus: skipped with -short")
	}
	st := corpusStore(t)
	nodes, edges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, ""))
	kinds := map[string]int{}
	for _, n := range nodes {
		kinds[n.Kind]++
	}
	for _, k := range []string{"PERSON", "COUNTRY", "ORGANIZATION", "SOURCE", "EVENT", "COMMITMENT", "CLAIM"} {
		if kinds[k] == 0 {
			t.Errorf("no %s node in the corpus graph (kinds %v)", k, kinds)
		}
	}
	withEvidence := 0
	for _, e := range edges {
		if e.EvidenceCount > 0 {
			withEvidence++
		}
	}
	if withEvidence == 0 {
		t.Error("no edge of the corpus graph has evidence")
	}
	var doc graphML
	if err := xml.Unmarshal(exportBytes(t, st, export.GraphML, ""), &doc); err != nil {
		t.Fatalf("corpus GraphML is not XML: %v", err)
	}
	if len(doc.Graph.Nodes) != len(nodes) || len(doc.Graph.Edges) != len(edges) {
		t.Errorf("GraphML has %d nodes, %d edges; Cytoscape %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(nodes), len(edges))
	}
	t.Logf("corpus graph: %d nodes %v, %d edges (%d with evidence)", len(nodes), kinds, len(edges), withEvidence)
}

func TestHandler(t *testing.T) {
	st := fixtureStore(t)
	h := export.Handler(st.QuadStore())
	cases := []struct {
		method, target string
		status         int
		contentType    string
		contains       string
	}{
		{"GET", "/export?format=nquads", 200, "application/n-quads", "<urn:kg:doc:fixture-report> ."},
		{"GET", "/export?format=graphml&source=fixture-statement", 200, "application/graphml+xml", "<graphml"},
		{"GET", "/export?format=cytoscape&source=doc:fixture-report", 200, "application/json", `"elements"`},
		{"GET", "/export?format=turtle", 400, "text/plain", "unknown format"},
		{"GET", "/export?format=nquads&source=nothing-here", 404, "text/plain", "no source"},
		{"POST", "/export?format=nquads", 405, "text/plain", "not allowed"},
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(c.method, c.target, nil))
		if rec.Code != c.status {
			t.Errorf("%s %s: status %d, want %d (%s)", c.method, c.target, rec.Code, c.status, rec.Body)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, c.contentType) {
			t.Errorf("%s %s: Content-Type %q, want %s", c.method, c.target, ct, c.contentType)
		}
		if !strings.Contains(rec.Body.String(), c.contains) {
			t.Errorf("%s %s: body lacks %q", c.method, c.target, c.contains)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/export?format=graphml", nil))
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, "kg.graphml") {
		t.Errorf("Content-Disposition = %q", cd)
	}
	if rec.Result().StatusCode != http.StatusOK {
		t.Error(rec.Code)
	}
}

func TestSourceLabel(t *testing.T) {
	want := schema.SourceIRI("a-1")
	for _, in := range []string{"a-1", "doc:a-1", "urn:kg:doc:a-1", "<urn:kg:doc:a-1>"} {
		if got := export.SourceLabel(in); got != want {
			t.Errorf("SourceLabel(%q) = %s, want %s", in, got, want)
		}
	}
	if export.SourceLabel("gazetteer") != schema.GazetteerLabel || export.SourceLabel("") != "" {
		t.Error("gazetteer or empty source misread")
	}
}
