package export_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// reimport reads an export with ReadNQuads (what kg load does with a .nq
// file) and stores each label's quads in a fresh mem store.
func reimport(t *testing.T, nq []byte) store.Store {
	t.Helper()
	ctx := context.Background()
	ds, errs := export.ReadNQuads(bytes.NewReader(nq), "export.nq")
	if len(errs) > 0 || ds == nil {
		t.Fatalf("exported N-Quads do not read back: %v", errs)
	}
	fresh, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fresh.Close() })
	for _, label := range ds.Labels {
		if _, err := fresh.PutDocument(ctx, label, ds.Hashes[label], ds.Quads[label]); err != nil {
			t.Fatalf("re-import %s: %v", label, err)
		}
	}
	return fresh
}

func sortedLines(nq []byte) []string {
	lines := strings.Split(strings.TrimSuffix(string(nq), "\n"), "\n")
	slices.Sort(lines)
	return lines
}

// checkRoundTrip: export, import into a fresh store, same quads; export
// again, same statements.
func checkRoundTrip(t *testing.T, st store.Store) {
	nq := exportBytes(t, st, export.NQuads, "")
	fresh := reimport(t, nq)
	ctx := context.Background()
	want, _ := st.Count(ctx)
	got, _ := fresh.Count(ctx)
	if want == 0 || got != want {
		t.Fatalf("quad count after re-import = %d, want %d", got, want)
	}
	a, b := allQuads(t, st), allQuads(t, fresh)
	if !slices.Equal(a, b) {
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("quad %d differs after re-import:\n got %s\nwant %s", i, b[i], a[i])
			}
		}
		t.Fatalf("%d quads listed after re-import, want %d", len(b), len(a))
	}
	again := exportBytes(t, fresh, export.NQuads, "")
	if !slices.Equal(sortedLines(nq), sortedLines(again)) {
		t.Fatal("exporting the re-imported store gives other statements")
	}
}

func TestNQuadsRoundTripFixture(t *testing.T) {
	checkRoundTrip(t, fixtureStore(t))
}

func TestNQuadsRoundTripCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the corpus: skipped with -short")
	}
	checkRoundTrip(t, corpusStore(t))
}

// stmt is one parsed line of an export, its terms as written.
type stmt struct{ s, p, o, g string }

func statements(t *testing.T, nq []byte) []stmt {
	t.Helper()
	var out []stmt
	sc := bufio.NewScanner(bytes.NewReader(nq))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		m := statementRE.FindStringSubmatch(sc.Text())
		if m == nil {
			t.Fatalf("not a statement: %s", sc.Text())
		}
		out = append(out, stmt{m[1], m[2], m[3], m[4]})
	}
	return out
}

var statementRE = regexp.MustCompile(`^(\S+) (\S+) (.*) (\S+) \.$`)

// TestNQuadsStandardForms checks, on the corpus, what other RDF tools
// read: dates typed, statuses as terms, every evidence span a Web
// Annotation with integer offsets and its exact text, PROV-O provenance.
func TestNQuadsStandardForms(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the corpus: skipped with -short")
	}
	st := corpusStore(t)
	nq := exportBytes(t, st, export.NQuads, "")
	iri := func(v quad.IRI) string { return "<" + string(v) + ">" }
	dates := map[string]bool{iri(schema.StartDate): true, iri(schema.EndDate): true, iri(schema.DatePublished): true, iri(schema.CheckedDate): true}
	typedDates, statusTerms := 0, 0
	selectors := map[string]int{}
	kinds := map[string]int{}
	for _, s := range statements(t, nq) {
		switch {
		case dates[s.p]:
			if !strings.Contains(s.o, "^^<"+string(schema.XSD)) {
				t.Errorf("untyped date: %s %s %s", s.s, s.p, s.o)
			}
			typedDates++
		case s.p == iri(schema.Status):
			if !strings.HasPrefix(s.o, "<"+schema.NS+"status-") {
				t.Errorf("status not a term: %s", s.o)
			}
			statusTerms++
		case s.p == iri(schema.OAStart) || s.p == iri(schema.OAEnd):
			if !strings.HasSuffix(s.o, `"^^<http://www.w3.org/2001/XMLSchema#integer>`) {
				t.Errorf("offset not an integer: %s", s.o)
			}
			selectors[s.s]++
		case s.p == iri(schema.Start) || s.p == iri(schema.End) || s.p == iri(schema.Text):
			if strings.HasPrefix(s.s, "<"+string(schema.ID(schema.PrefixEvidence))) {
				t.Errorf("evidence span left in kg terms: %s %s", s.s, s.p)
			}
		case s.p == iri(schema.Type):
			kinds[s.o]++
		case s.p == iri(schema.AttributedTo) || s.p == iri(schema.QuotedFrom) || s.p == iri(schema.OAHasBody) || s.p == iri(schema.OAExact):
			kinds[s.p]++
		}
	}
	for s, n := range selectors {
		if n != 2 {
			t.Errorf("selector %s has %d of oa:start, oa:end", s, n)
		}
	}
	evidence := 0
	for _, q := range allQuads(t, st) {
		if strings.HasPrefix(q, "<"+string(schema.ID(schema.PrefixEvidence))) && strings.Contains(q, iri(schema.DerivedFrom)) {
			evidence++
		}
	}
	for _, k := range []string{iri(schema.ClassAnnotation), iri(schema.ClassPositionSelector), iri(schema.ClassQuoteSelector), iri(schema.ClassSpecificResource), iri(schema.QuotedFrom), iri(schema.OAExact)} {
		if kinds[k] != evidence {
			t.Errorf("%s: %d statements for %d evidence spans", k, kinds[k], evidence)
		}
	}
	if evidence == 0 || len(selectors) != evidence || typedDates == 0 || statusTerms == 0 || kinds[iri(schema.AttributedTo)] == 0 || kinds[iri(schema.OAHasBody)] == 0 {
		t.Fatalf("evidence %d, selectors %d, typed dates %d, status terms %d, kinds %v", evidence, len(selectors), typedDates, statusTerms, kinds)
	}
}

func TestReadNQuadsErrors(t *testing.T) {
	good := `<urn:kg:a> <http://schema.org/name> "A" <urn:kg:doc:one> .` + "\n"
	cases := []struct {
		name, text string
		want       error
		line       string
		dataset    bool // the labelled documents still come back
	}{
		{"syntax", good + "# comment\n\n<urn:kg:a> <http://schema.org/name> \"A\n", export.ErrSyntax, "x.nq:4", false},
		{"garbage", "hello world\n" + good, export.ErrSyntax, "x.nq:1", false},
		{"literal subject", `"s" <urn:p> "o" <urn:g> .` + "\n", export.ErrSyntax, "x.nq:1", false},
		{"no label", good + `<urn:kg:b> <http://schema.org/name> "B" .` + "\n", export.ErrNoLabel, "x.nq:2", true},
		{"blank label", `<urn:kg:b> <http://schema.org/name> "B" _:g .` + "\n" + good, export.ErrNoLabel, "x.nq:1", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds, errs := export.ReadNQuads(strings.NewReader(c.text), "x.nq")
			joined := errors.Join(errs...)
			if !errors.Is(joined, c.want) || !strings.Contains(joined.Error(), c.line+":") {
				t.Fatalf("errors %v: want %v at %s", errs, c.want, c.line)
			}
			if got := ds != nil && len(ds.Quads["urn:kg:doc:one"]) == 1; got != c.dataset {
				t.Errorf("dataset %+v: want documents back = %v", ds, c.dataset)
			}
		})
	}
	ds, errs := export.ReadNQuads(strings.NewReader(good+good), "ok.nq")
	if len(errs) != 0 || len(ds.Labels) != 1 || ds.Hashes["urn:kg:doc:one"] == "" {
		t.Fatalf("good file: %+v %v", ds, errs)
	}
}

// A statement in a mapped vocabulary that kg did not derive is kept.
func TestRestoreKeepsForeignStatements(t *testing.T) {
	l := quad.IRI("urn:kg:doc:f")
	ev := schema.ID("ev:f:1-2:x")
	in := []quad.Quad{
		{Subject: quad.IRI("http://example.org/a"), Predicate: schema.OAHasBody, Object: quad.IRI("http://example.org/b"), Label: l},
		{Subject: ev, Predicate: schema.Type, Object: schema.ClassAnnotation, Label: l}, // no wasDerivedFrom: not derived
		{Subject: quad.IRI("urn:kg:x"), Predicate: schema.StartDate, Object: quad.TypedString{Value: "2026-02-30", Type: schema.XSDDate}, Label: l},
		{Subject: ev + "#position", Predicate: schema.OAStart, Object: quad.Int(1), Label: l},
	}
	got := export.Restore(in)
	want := slices.Clone(in[:3])
	want = append(want, quad.Quad{Subject: ev, Predicate: schema.Start, Object: quad.Int(1), Label: l})
	if !slices.Equal(got, want) {
		t.Fatalf("Restore = %v\nwant %v", got, want)
	}
}

func TestDateTyping(t *testing.T) {
	l := quad.IRI("urn:kg:doc:d")
	for value, want := range map[string]quad.Value{
		"2026-01-06": quad.TypedString{Value: "2026-01-06", Type: schema.XSDDate},
		"2026-01":    quad.TypedString{Value: "2026-01", Type: schema.XSDGYearMonth},
		"2026":       quad.TypedString{Value: "2026", Type: schema.XSDGYear},
		"2026-02-30": quad.String("2026-02-30"), // no such day: left a string
		"2026-13":    quad.String("2026-13"),
		"early 2026": quad.String("early 2026"),
	} {
		q := quad.Quad{Subject: quad.IRI("urn:kg:e"), Predicate: schema.StartDate, Object: quad.String(value), Label: l}
		out := export.ToRDF(nil, q)
		if len(out) != 1 || out[0].Object != want {
			t.Errorf("ToRDF(%q) = %v, want object %#v", value, out, want)
		}
		if back := export.FromRDF(out[0]); back != q {
			t.Errorf("FromRDF(%v) = %v, want %v", out[0], back, q)
		}
	}
}
