package export_test

import (
	"context"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// Invented nodes around the fixture documents.
var (
	gazNever   = schema.ID("person:gaz-never-mentioned") // curated, no document names it
	gazReached = schema.ID("person:gaz-reached")         // curated, a document's commitment names it
	gazBody    = schema.ID("org:gaz-alliance")           // curated, only a curated edge reaches it
	noteLabel  = schema.SourceIRI("invented-note")
)

// provenanceStore is the fixture documents, a small curated gazetteer and
// a later secondary note that denies the fixtures' commitment and names a
// curated person as a party to it.
func provenanceStore(t *testing.T) store.Store {
	t.Helper()
	ctx := context.Background()
	st := fixtureStore(t)
	g := schema.GazetteerLabel
	gaz := []quad.Quad{
		quad.Make(gazNever, schema.Type, schema.ClassPerson, g),
		quad.Make(gazNever, schema.Name, quad.String("Never Mentioned"), g),
		quad.Make(gazReached, schema.Type, schema.ClassPerson, g),
		quad.Make(gazReached, schema.Name, quad.String("Reached Person"), g),
		quad.Make(gazBody, schema.Type, schema.ClassOrganization, g),
		quad.Make(gazBody, schema.Name, quad.String("Invented Alliance"), g),
		quad.Make(schema.ID("country:PRT"), schema.Type, schema.ClassCountry, g),
		quad.Make(schema.ID("country:PRT"), schema.MemberOf, gazBody, g),
	}
	if _, err := st.PutDocument(ctx, g, "gaz-hash", gaz); err != nil {
		t.Fatal(err)
	}
	c := schema.ID("commitment:engineers-moldova")
	ev := schema.ID("ev:invented-note:0-10")
	note := []quad.Quad{
		quad.Make(noteLabel, schema.Type, schema.ClassSource, noteLabel),
		quad.Make(noteLabel, schema.Title, quad.String("A later note"), noteLabel),
		quad.Make(noteLabel, schema.DatePublished, quad.String("2025-03-09"), noteLabel),
		quad.Make(noteLabel, schema.SourceKind, quad.String("secondary"), noteLabel),
		quad.Make(c, schema.Type, schema.ClassCommitment, noteLabel),
		quad.Make(c, schema.CommittedBy, schema.ID("country:PRT"), noteLabel),
		quad.Make(c, schema.CommittedBy, gazReached, noteLabel),
		quad.Make(c, schema.Status, quad.String("denied"), noteLabel),
		quad.Make(c, schema.Evidence, ev, noteLabel),
		quad.Make(ev, schema.Type, schema.ClassEvidence, noteLabel),
		quad.Make(ev, schema.DerivedFrom, noteLabel, noteLabel),
		quad.Make(ev, schema.Status, quad.String("denied"), noteLabel),
	}
	if _, err := st.PutDocument(ctx, noteLabel, "note-hash", note); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestDefaultGraphHoldsWhatDocumentsState(t *testing.T) {
	st := provenanceStore(t)
	nodes, edges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, ""))
	if _, ok := nodes["person:gaz-never-mentioned"]; ok {
		t.Error("a curated entry no document mentions is in the default graph")
	}
	if _, ok := nodes["org:gaz-alliance"]; ok {
		t.Error("a curated entry only a curated edge reaches is in the default graph")
	}
	if n, ok := nodes["person:gaz-reached"]; !ok || n.Kind != "PERSON" || n.Label != "Reached Person" {
		t.Errorf("the curated person a document's commitment names: %+v (found %v)", n, ok)
	}
	if _, ok := findEdge(edges, "country:PRT", "memberOf", "org:gaz-alliance"); ok {
		t.Error("a curated-only edge is in the default graph")
	}
	ends := map[string]bool{}
	for _, e := range edges {
		checkEdgeSources(t, e)
		fromDoc := false
		for _, s := range e.Sources {
			fromDoc = fromDoc || strings.HasPrefix(s, schema.PrefixSource)
		}
		if !fromDoc {
			t.Errorf("edge %s %s %s: no document among its sources %v", e.Source, e.Label, e.Target, e.Sources)
		}
		ends[e.Source], ends[e.Target] = true, true
	}
	for id := range nodes {
		if !ends[id] {
			t.Errorf("node %s is isolated in the default graph", id)
		}
	}

	allNodes, allEdges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, "", export.IncludeAll(true)))
	if _, ok := allNodes["person:gaz-never-mentioned"]; !ok {
		t.Error("--all lacks the curated entry no document mentions")
	}
	e, ok := findEdge(allEdges, "country:PRT", "memberOf", "org:gaz-alliance")
	if !ok || e.Weight != 1 || !reflect.DeepEqual(e.Sources, []string{"gazetteer"}) || e.FirstDate != "" {
		t.Errorf("curated edge under --all = %+v (found %v), want weight 1 from the gazetteer, no date", e, ok)
	}
	if len(allNodes) <= len(nodes) || len(allEdges) <= len(edges) {
		t.Errorf("--all: %d nodes %d edges, default %d %d", len(allNodes), len(allEdges), len(nodes), len(edges))
	}
	for _, e := range allEdges {
		checkEdgeSources(t, e)
	}
}

// checkEdgeSources checks what every edge carries: sorted, distinct,
// nonempty sources that weight counts, dates in order.
func checkEdgeSources(t *testing.T, e export.Edge) {
	t.Helper()
	if len(e.Sources) == 0 || e.Weight != len(e.Sources) {
		t.Errorf("edge %s %s %s: weight %d, sources %v", e.Source, e.Label, e.Target, e.Weight, e.Sources)
	}
	for i := 1; i < len(e.Sources); i++ {
		if e.Sources[i-1] >= e.Sources[i] {
			t.Errorf("edge %s: sources not sorted and distinct: %v", e.ID, e.Sources)
		}
	}
	if (e.FirstDate == "") != (e.LastDate == "") || e.FirstDate > e.LastDate {
		t.Errorf("edge %s: dates %q..%q", e.ID, e.FirstDate, e.LastDate)
	}
}

func TestEdgeAttributesFromSources(t *testing.T) {
	st := provenanceStore(t)
	_, edges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, ""))
	cases := []struct {
		source, label, target string
		sources               []string
		first, last, status   string
	}{
		// The primary statement outranks the later note that denies it.
		{"commitment:engineers-moldova", "committedBy", "country:PRT",
			[]string{"doc:fixture-report", "doc:fixture-statement", "doc:invented-note"}, "2025-03-04", "2025-03-09", "AGREED"},
		{"commitment:engineers-moldova", "committedBy", "country:DEU",
			[]string{"doc:fixture-statement"}, "2025-03-05", "2025-03-05", "AGREED"},
		{"commitment:engineers-moldova", "committedBy", "person:gaz-reached",
			[]string{"doc:invented-note"}, "2025-03-09", "2025-03-09", "DENIED"},
		// A commitment's link to one source carries that source's status.
		{"commitment:engineers-moldova", "derivedFrom", "doc:fixture-report",
			[]string{"doc:fixture-report"}, "2025-03-04", "2025-03-04", "REPORTED"},
		{"commitment:engineers-moldova", "derivedFrom", "doc:invented-note",
			[]string{"doc:invented-note"}, "2025-03-09", "2025-03-09", "DENIED"},
		{"person:jana-novak", "mentionedIn", "doc:fixture-report",
			[]string{"doc:fixture-report"}, "2025-03-04", "2025-03-04", ""},
	}
	for _, c := range cases {
		e, ok := findEdge(edges, c.source, c.label, c.target)
		if !ok {
			t.Errorf("no edge %s %s %s", c.source, c.label, c.target)
			continue
		}
		if !reflect.DeepEqual(e.Sources, c.sources) || e.Weight != len(c.sources) ||
			e.FirstDate != c.first || e.LastDate != c.last || e.Status != c.status {
			t.Errorf("edge %s %s %s = sources %v weight %d dates %s..%s status %q; want %v %s..%s %q",
				c.source, c.label, c.target, e.Sources, e.Weight, e.FirstDate, e.LastDate, e.Status,
				c.sources, c.first, c.last, c.status)
		}
	}

	// Within one source, the edge is that source's statement alone.
	_, edges = decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, export.SourceLabel("fixture-report")))
	e, _ := findEdge(edges, "commitment:engineers-moldova", "committedBy", "country:PRT")
	if !reflect.DeepEqual(e.Sources, []string{"doc:fixture-report"}) || e.Status != "REPORTED" || e.LastDate != "2025-03-04" {
		t.Errorf("one-source commitment edge = %+v", e)
	}
}

func TestGraphMLFollowsConventions(t *testing.T) {
	st := provenanceStore(t)
	for _, opts := range [][]export.Option{nil, {export.IncludeAll(true)}} {
		b := exportBytes(t, st, export.GraphML, "", opts...)
		doc := validateGraphML(t, b)
		nodes, edges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, "", opts...))
		if len(doc.nodes) != len(nodes) || len(doc.edges) != len(edges) {
			t.Errorf("GraphML %d nodes %d edges, Cytoscape %d %d", len(doc.nodes), len(doc.edges), len(nodes), len(edges))
		}
		for _, e := range edges {
			got := doc.edges[e.ID]
			if got["weight"] != itoa(e.Weight) || got["sources"] != export.JoinSources(e.Sources) ||
				got["firstDate"] != e.FirstDate || got["status"] != e.Status {
				t.Errorf("GraphML edge %s = %v, Cytoscape %+v", e.ID, got, e)
			}
		}
	}
	// The types the keys declare.
	doc := validateGraphML(t, exportBytes(t, st, export.GraphML, ""))
	want := map[string]string{"label": "string", "kind": "string", "edgeLabel": "string", "title": "string",
		"evidenceCount": "int", "weight": "int", "sources": "string", "firstDate": "string", "lastDate": "string", "status": "string"}
	got := map[string]string{}
	for id, k := range doc.keys {
		got[id] = k.typ
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys = %v, want %v", got, want)
	}
}

func TestJoinSources(t *testing.T) {
	cases := []struct {
		in   []string
		want string
	}{
		{[]string{"doc:a", "gazetteer"}, "doc:a gazetteer"},
		{[]string{"doc:one"}, "doc:one"},
		{[]string{"urn:x:a b", "100%"}, "urn:x:a%20b 100%25"},
	}
	for _, c := range cases {
		if got := export.JoinSources(c.in); got != c.want {
			t.Errorf("JoinSources(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHandlerAll(t *testing.T) {
	st := provenanceStore(t)
	h := export.Handler(st.QuadStore())
	get := func(target string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		return rec
	}
	for target, want := range map[string]bool{
		"/export?format=cytoscape":           false,
		"/export?format=cytoscape&all=0":     false,
		"/export?format=cytoscape&all=1":     true,
		"/export?format=graphml&all=true":    true,
		"/export?format=graphml&all=false":   false,
		"/export?format=cytoscape&all=TRUE":  true,
		"/export?format=graphml&all=1&x=foo": true,
	} {
		rec := get(target)
		if rec.Code != 200 {
			t.Errorf("%s: status %d: %s", target, rec.Code, rec.Body)
			continue
		}
		if got := strings.Contains(rec.Body.String(), "gaz-never-mentioned"); got != want {
			t.Errorf("%s: curated entry no document mentions present = %v, want %v", target, got, want)
		}
	}
	if rec := get("/export?format=graphml&all=yes-please"); rec.Code != 400 || !strings.Contains(rec.Body.String(), "all=") {
		t.Errorf("all=yes-please: status %d %q, want 400", rec.Code, rec.Body)
	}
}

func TestCorpusDefaultGraphHasNoUnmentionedGazetteer(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the corpus: skipped with -short")
	}
	st := corpusStore(t)
	nodes, edges := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, ""))
	allNodes, _ := decodeCytoscape(t, exportBytes(t, st, export.Cytoscape, "", export.IncludeAll(true)))
	ends := map[string]bool{}
	for _, e := range edges {
		checkEdgeSources(t, e)
		ends[e.Source], ends[e.Target] = true, true
	}
	isolated := 0
	for id := range nodes {
		if !ends[id] {
			isolated++
		}
	}
	allIsolated := 0
	for id := range allNodes {
		if _, inDefault := nodes[id]; !inDefault {
			allIsolated++
		}
	}
	if isolated != 0 || allIsolated == 0 {
		t.Errorf("default graph: %d of %d nodes isolated; --all adds %d nodes", isolated, len(nodes), allIsolated)
	}
	t.Logf("corpus: default %d nodes %d edges; --all %d nodes", len(nodes), len(edges), len(allNodes))
}
