package export_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"testing"
)

const graphMLNS = "http://graphml.graphdrawing.org/xmlns"

type graphMLKey struct{ domain, name, typ string }

// graphMLDoc is what validateGraphML reads: the keys by id, and the data
// of each node and edge by key id.
type graphMLDoc struct {
	keys  map[string]graphMLKey
	nodes map[string]map[string]string
	edges map[string]map[string]string
}

var (
	keyDomains = map[string]bool{"all": true, "graphml": true, "graph": true, "node": true, "edge": true,
		"hyperedge": true, "port": true, "endpoint": true}
	keyTypes = map[string]bool{"boolean": true, "int": true, "long": true, "float": true, "double": true, "string": true}
)

// validateGraphML checks a document against the GraphML structure and
// conventions (graphml.xsd and the GraphML primer): the root in the GraphML
// namespace; keys before the graph, with unique ids, a known domain and
// attr.type; one graph with edgedefault; nodes with unique ids; edges
// with unique ids whose ends are nodes; every data element naming a key
// declared for its element, at most once, with a value of the key's type.
func validateGraphML(t *testing.T, b []byte) graphMLDoc {
	t.Helper()
	doc := graphMLDoc{keys: map[string]graphMLKey{}, nodes: map[string]map[string]string{}, edges: map[string]map[string]string{}}
	type edgeEnds struct{ id, source, target string }
	var ends []edgeEnds
	dec := xml.NewDecoder(bytes.NewReader(b))
	var stack []string
	var owner map[string]string // data of the open node or edge
	ownerKind, dataKey := "", ""
	var text bytes.Buffer
	graphs := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("GraphML is not well-formed XML: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if el.Name.Space != graphMLNS {
				t.Errorf("element %s outside the GraphML namespace", el.Name.Local)
			}
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, el.Name.Local)
			a := attrs(el)
			switch el.Name.Local {
			case "graphml":
				if parent != "" {
					t.Error("graphml is not the root")
				}
			case "key":
				if parent != "graphml" || graphs > 0 {
					t.Errorf("key %s not a child of graphml before the graph", a["id"])
				}
				if _, dup := doc.keys[a["id"]]; dup || a["id"] == "" {
					t.Errorf("key id %q missing or declared twice", a["id"])
				}
				k := graphMLKey{domain: a["for"], name: a["attr.name"], typ: a["attr.type"]}
				if k.domain == "" {
					k.domain = "all"
				}
				if !keyDomains[k.domain] || !keyTypes[k.typ] || k.name == "" {
					t.Errorf("key %s: for=%q attr.type=%q attr.name=%q", a["id"], k.domain, k.typ, k.name)
				}
				doc.keys[a["id"]] = k
			case "desc", "default":
				if parent != "key" && parent != "graph" && parent != "graphml" {
					t.Errorf("%s inside %s", el.Name.Local, parent)
				}
			case "graph":
				graphs++
				if parent != "graphml" || (a["edgedefault"] != "directed" && a["edgedefault"] != "undirected") {
					t.Errorf("graph inside %q with edgedefault %q", parent, a["edgedefault"])
				}
			case "node":
				if _, dup := doc.nodes[a["id"]]; dup || a["id"] == "" || parent != "graph" {
					t.Errorf("node id %q missing, repeated or outside the graph", a["id"])
				}
				owner, ownerKind = map[string]string{}, "node"
				doc.nodes[a["id"]] = owner
			case "edge":
				if _, dup := doc.edges[a["id"]]; dup || a["id"] == "" || parent != "graph" {
					t.Errorf("edge id %q missing, repeated or outside the graph", a["id"])
				}
				owner, ownerKind = map[string]string{}, "edge"
				doc.edges[a["id"]] = owner
				ends = append(ends, edgeEnds{a["id"], a["source"], a["target"]})
			case "data":
				if parent != ownerKind {
					t.Errorf("data inside %s", parent)
				}
				dataKey = a["key"]
				text.Reset()
			default:
				t.Errorf("element %s is not GraphML", el.Name.Local)
			}
		case xml.CharData:
			if dataKey != "" {
				text.Write(el)
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if el.Name.Local == "data" {
				checkData(t, doc.keys, ownerKind, owner, dataKey, text.String())
				dataKey = ""
			}
		}
	}
	if graphs != 1 {
		t.Errorf("%d graphs, want 1", graphs)
	}
	for _, e := range ends {
		if doc.nodes[e.source] == nil || doc.nodes[e.target] == nil {
			t.Errorf("edge %s: %s -> %s, not both nodes", e.id, e.source, e.target)
		}
	}
	return doc
}

// checkData checks one data element of a node or edge and records it.
func checkData(t *testing.T, keys map[string]graphMLKey, kind string, owner map[string]string, key, value string) {
	t.Helper()
	k, ok := keys[key]
	if !ok || (k.domain != kind && k.domain != "all") {
		t.Errorf("%s data key %q not declared for %s", kind, key, kind)
		return
	}
	if _, dup := owner[key]; dup {
		t.Errorf("%s has data %q twice", kind, key)
	}
	owner[key] = value
	var err error
	switch k.typ {
	case "int", "long":
		_, err = strconv.ParseInt(value, 10, 64)
	case "float", "double":
		_, err = strconv.ParseFloat(value, 64)
	case "boolean":
		_, err = strconv.ParseBool(value)
	}
	if err != nil {
		t.Errorf("%s data %s=%q is not a %s", kind, key, value, k.typ)
	}
}

func attrs(el xml.StartElement) map[string]string {
	m := map[string]string{}
	for _, a := range el.Attr {
		if a.Name.Space == "" {
			m[a.Name.Local] = a.Value
		}
	}
	return m
}

func itoa(n int) string { return strconv.Itoa(n) }
