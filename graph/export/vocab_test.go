package export_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/schema"
)

// nsTerms lists every constant of schema/vocab.go written
// quad.IRI(NS + "name"): kg's own terms.
func nsTerms(t *testing.T) map[string]quad.IRI {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../../schema/vocab.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]quad.IRI{}
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok {
			return true
		}
		for i, v := range spec.Values {
			call, ok := v.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				continue
			}
			bin, ok := call.Args[0].(*ast.BinaryExpr)
			if !ok {
				continue
			}
			id, ok1 := bin.X.(*ast.Ident)
			lit, ok2 := bin.Y.(*ast.BasicLit)
			if !ok1 || !ok2 || id.Name != "NS" {
				continue
			}
			local, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			out[spec.Names[i].Name] = quad.IRI(schema.NS + local)
		}
		return true
	})
	return out
}

// describe parses the N-Triples description back with Cayley's reader.
func describe(t *testing.T) map[quad.IRI]map[quad.IRI][]quad.Value {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteVocabulary(&buf, true); err != nil {
		t.Fatal(err)
	}
	out := map[quad.IRI]map[quad.IRI][]quad.Value{}
	r := nquads.NewReader(&buf, false)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("description does not parse: %v", err)
		}
		s, p := q.Subject.(quad.IRI), q.Predicate.(quad.IRI)
		if out[s] == nil {
			out[s] = map[quad.IRI][]quad.Value{}
		}
		out[s][p] = append(out[s][p], q.Object)
	}
	return out
}

func TestVocabularyDescribesEveryTerm(t *testing.T) {
	terms := nsTerms(t)
	if len(terms) < 50 {
		t.Fatalf("found only %d terms in schema/vocab.go", len(terms))
	}
	desc := describe(t)
	for name, iri := range terms {
		d := desc[iri]
		if len(d[schema.RDFSLabel]) != 1 || len(d[schema.RDFSComment]) != 1 || len(d[schema.Type]) != 1 {
			t.Errorf("schema.%s (%s) is not described with one type, rdfs:label and rdfs:comment: %v", name, iri, d)
		}
	}
	for iri := range desc {
		if strings.HasPrefix(string(iri), schema.NS) && !containsIRI(terms, iri) {
			t.Errorf("%s is described but is no term of schema/vocab.go", iri)
		}
	}
	if len(desc[schema.Ontology][schema.RDFSComment]) != 1 {
		t.Error("the ontology has no comment")
	}
}

func containsIRI(m map[string]quad.IRI, iri quad.IRI) bool {
	for _, v := range m {
		if v == iri {
			return true
		}
	}
	return false
}

// Every status the extractor gives has a term, described as a status.
func TestStatusTerms(t *testing.T) {
	desc := describe(t)
	for _, s := range extract.CommitmentStatuses {
		iri, ok := export.Statuses[s]
		if !ok {
			t.Errorf("status %q has no term", s)
			continue
		}
		if types := desc[iri][schema.Type]; len(types) != 1 || types[0] != quad.Value(schema.ClassStatus) {
			t.Errorf("%s: types %v, want kg:CommitmentStatus", iri, types)
		}
	}
	if len(export.Statuses) != len(extract.CommitmentStatuses) {
		t.Errorf("%d status terms for %d statuses", len(export.Statuses), len(extract.CommitmentStatuses))
	}
}

func TestVocabHandler(t *testing.T) {
	h := export.VocabHandler()
	for _, c := range []struct {
		url, accept, ctype, has string
	}{
		{"/ns", "", export.TurtleType, "@prefix kg: <urn:kg:ns:> ."},
		{"/ns", "application/n-triples", export.NTriplesType, "<urn:kg:ns:status-agreed> <http://www.w3.org/2000/01/rdf-schema#label> \"agreed\"@en .\n"},
		{"/ns?format=ntriples", "", export.NTriplesType, "<urn:kg:ns:Commitment> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2000/01/rdf-schema#Class> .\n"},
	} {
		req := httptest.NewRequest(http.MethodGet, c.url, nil)
		if c.accept != "" {
			req.Header.Set("Accept", c.accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 || rec.Header().Get("Content-Type") != c.ctype || !strings.Contains(rec.Body.String(), c.has) {
			t.Errorf("GET %s (Accept %q): %d %s, body lacks %q", c.url, c.accept, rec.Code, rec.Header().Get("Content-Type"), c.has)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/ns", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}
