// Package storetest is the conformance suite every store backend passes:
// labelled quads of every value type round-trip, the same triple under two
// labels is kept twice, unchanged documents are skipped, changed ones
// replaced without leftovers, removal, completeness markers, a large
// document written in bounded batches, and reads while writing. It also
// fills stores for the tests of what reads them (PutFixtures,
// PutExtracted).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// Options tune the suite to a backend.
type Options struct {
	// LargeDoc is the number of quads of the large-document test (default
	// 50,000; at most 5,000 with -short).
	LargeDoc int
	// RawConcurrentReads also reads through QuadStore() while writing;
	// memstore has no locking of its own, so only the Store's methods are
	// safe there.
	RawConcurrentReads bool
	// ExactChanges: ChangedSince answers for the store's own writes (every
	// backend but PostgreSQL, which other processes can write).
	ExactChanges bool
}

// Run runs every conformance test; open returns a new, empty store.
func Run(t *testing.T, open func(t *testing.T) store.Store, opts Options) {
	if opts.LargeDoc == 0 {
		opts.LargeDoc = 50000
	}
	if testing.Short() {
		opts.LargeDoc = min(opts.LargeDoc, 5000)
	}
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTripValues", testRoundTrip},
		{"SameTripleTwoLabels", testTwoLabels},
		{"Unchanged", testUnchanged},
		{"Replaced", testReplaced},
		{"Remove", testRemove},
		{"CompletenessMarker", testMarker},
		{"Documents", testDocuments},
		{"WrongLabelRejected", testWrongLabel},
		{"IncompleteRepaired", testIncompleteRepaired},
		{"LargeDocument", func(t *testing.T, s store.Store) { testLarge(t, s, opts.LargeDoc) }},
		{"ConcurrentReads", func(t *testing.T, s store.Store) { testConcurrent(t, s, opts.RawConcurrentReads) }},
		{"Generation", func(t *testing.T, s store.Store) { testGeneration(t, s, opts.ExactChanges) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

var ctx = context.Background()

func doc(name string) quad.IRI { return schema.SourceIRI("storetest-" + name) }

func node(name string) quad.IRI { return schema.ID("storetest:" + name) }

// facts returns n distinct quads under label.
func facts(label quad.IRI, n int, variant string) []quad.Quad {
	out := make([]quad.Quad, n)
	for i := range out {
		out[i] = quad.Quad{
			Subject:   node(fmt.Sprintf("s%d", i/10)),
			Predicate: schema.Name,
			Object:    quad.String(fmt.Sprintf("%s value %d", variant, i)),
			Label:     label,
		}
	}
	return out
}

func put(t *testing.T, s store.Store, label quad.IRI, hash string, quads []quad.Quad, want store.Outcome) {
	t.Helper()
	got, err := s.PutDocument(ctx, label, hash, quads)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", label, err)
	}
	if got != want {
		t.Fatalf("PutDocument(%s) = %v, want %v", label, got, want)
	}
}

func count(t *testing.T, s store.Store) int64 {
	t.Helper()
	n, err := s.Count(ctx)
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	return n
}

// labelQuads reads every quad labelled label through Cayley.
func labelQuads(t *testing.T, s store.Store, label quad.IRI) []quad.Quad {
	t.Helper()
	qs := s.QuadStore()
	ref := qs.ValueOf(label)
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		t.Fatalf("iterate %s: %v", label, err)
	}
	return out
}

// key renders a quad comparably across backends: times in UTC at
// microsecond precision (bolt stores UTC, PostgreSQL microseconds).
func key(q quad.Quad) string {
	v := func(v quad.Value) string {
		if tm, ok := v.(quad.Time); ok {
			return time.Time(tm).UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano)
		}
		return quad.StringOf(v)
	}
	return v(q.Subject) + " " + v(q.Predicate) + " " + v(q.Object) + " " + v(q.Label)
}

func keys(quads []quad.Quad) []string {
	out := make([]string, len(quads))
	for i, q := range quads {
		out[i] = key(q)
	}
	sort.Strings(out)
	return out
}

// withMarkers is quads plus the hash and completeness quads the store adds.
func withMarkers(label quad.IRI, hash string, quads []quad.Quad) []quad.Quad {
	return append(append([]quad.Quad(nil), quads...),
		quad.Quad{Subject: label, Predicate: schema.ContentHash, Object: quad.String(hash), Label: label},
		quad.Quad{Subject: label, Predicate: schema.Complete, Object: quad.Bool(true), Label: label},
	)
}

func sameQuads(t *testing.T, what string, got, want []quad.Quad) {
	t.Helper()
	g, w := keys(got), keys(want)
	if len(g) != len(w) {
		t.Fatalf("%s: %d quads, want %d\n got: %v\nwant: %v", what, len(g), len(w), head(g), head(w))
	}
	for i := range g {
		if g[i] != w[i] {
			t.Fatalf("%s: quad %d = %s, want %s", what, i, g[i], w[i])
		}
	}
}

func head(s []string) []string {
	if len(s) > 8 {
		return s[:8]
	}
	return s
}

func testRoundTrip(t *testing.T, s store.Store) {
	label := doc("values")
	when := time.Date(2026, 1, 6, 14, 30, 15, 123456789, time.FixedZone("CET", 3600))
	subj := node("subject")
	quads := []quad.Quad{
		{Subject: subj, Predicate: schema.Type, Object: schema.ClassPerson, Label: label},
		{Subject: subj, Predicate: schema.Name, Object: quad.String("Ana \"Q\" Müller\nline two"), Label: label},
		{Subject: subj, Predicate: schema.Start, Object: quad.Int(-42), Label: label},
		{Subject: subj, Predicate: schema.Value, Object: quad.Float(2.5e-3), Label: label},
		{Subject: subj, Predicate: schema.IsQuote, Object: quad.Bool(false), Label: label},
		{Subject: subj, Predicate: schema.DatePublished, Object: quad.Time(when), Label: label},
		{Subject: subj, Predicate: schema.Description, Object: quad.LangString{Value: "bonjour", Lang: "fr"}, Label: label},
		{Subject: subj, Predicate: schema.Unit, Object: quad.TypedString{Value: "EUR", Type: "urn:kg:test:currency"}, Label: label},
	}
	put(t, s, label, "h1", quads, store.Added)
	got := labelQuads(t, s, label)
	sameQuads(t, "round trip", got, withMarkers(label, "h1", quads))
	for _, q := range got {
		if q.Predicate != quad.Value(schema.DatePublished) {
			continue
		}
		tm, ok := q.Object.(quad.Time)
		if !ok {
			t.Fatalf("time came back as %T", q.Object)
		}
		if !time.Time(tm).Equal(when.Truncate(time.Microsecond)) {
			t.Errorf("time = %v, want %v", time.Time(tm), when)
		}
	}
	if n := count(t, s); n != int64(len(quads)+2) {
		t.Errorf("Count = %d, want %d", n, len(quads)+2)
	}
}

func testTwoLabels(t *testing.T, s store.Store) {
	a, b := doc("a"), doc("b")
	triple := func(label quad.IRI) quad.Quad {
		return quad.Quad{Subject: node("x"), Predicate: schema.MemberOf, Object: node("y"), Label: label}
	}
	put(t, s, a, "ha", []quad.Quad{triple(a)}, store.Added)
	put(t, s, b, "hb", []quad.Quad{triple(b)}, store.Added)
	if got := subjectQuads(t, s, node("x")); got != 2 {
		t.Fatalf("same triple under two labels: %d quads, want 2", got)
	}
	if err := s.RemoveDocument(ctx, a); err != nil {
		t.Fatalf("RemoveDocument: %v", err)
	}
	sameQuads(t, "label b after removing a", labelQuads(t, s, b), withMarkers(b, "hb", []quad.Quad{triple(b)}))
	if got := subjectQuads(t, s, node("x")); got != 1 {
		t.Fatalf("after removing one label: %d quads, want 1", got)
	}
}

func subjectQuads(t *testing.T, s store.Store, subj quad.IRI) int {
	t.Helper()
	qs := s.QuadStore()
	ref := qs.ValueOf(subj)
	if ref == nil {
		return 0
	}
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		n++
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

func testUnchanged(t *testing.T, s store.Store) {
	label := doc("same")
	put(t, s, label, "h", facts(label, 30, "v1"), store.Added)
	before := count(t, s)
	put(t, s, label, "h", facts(label, 30, "v1"), store.Unchanged)
	if after := count(t, s); after != before {
		t.Fatalf("count after unchanged reload = %d, want %d", after, before)
	}
}

func testReplaced(t *testing.T, s store.Store) {
	label, other := doc("changing"), doc("other")
	put(t, s, other, "ho", facts(other, 5, "other"), store.Added)
	put(t, s, label, "h1", facts(label, 40, "old"), store.Added)
	newQuads := facts(label, 25, "new")
	put(t, s, label, "h2", newQuads, store.Replaced)
	sameQuads(t, "replaced document", labelQuads(t, s, label), withMarkers(label, "h2", newQuads))
	if n := count(t, s); n != 25+2+5+2 {
		t.Fatalf("Count = %d, want %d", n, 25+2+5+2)
	}
	if h, ok, err := s.DocumentHash(ctx, label); err != nil || !ok || h != "h2" {
		t.Fatalf("DocumentHash = %q, %v, %v; want h2, true", h, ok, err)
	}
}

func testRemove(t *testing.T, s store.Store) {
	label, other := doc("gone"), doc("stays")
	put(t, s, label, "h", facts(label, 20, "x"), store.Added)
	put(t, s, other, "h", facts(other, 3, "y"), store.Added)
	if err := s.RemoveDocument(ctx, label); err != nil {
		t.Fatalf("RemoveDocument: %v", err)
	}
	if got := labelQuads(t, s, label); len(got) != 0 {
		t.Fatalf("%d quads left after removal", len(got))
	}
	if n := count(t, s); n != 3+2 {
		t.Fatalf("Count = %d, want 5", n)
	}
	if _, ok, err := s.DocumentHash(ctx, label); err != nil || ok {
		t.Fatalf("DocumentHash after removal: ok=%v err=%v", ok, err)
	}
	if err := s.RemoveDocument(ctx, label); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("second RemoveDocument = %v, want ErrNotFound", err)
	}
	put(t, s, label, "h", facts(label, 20, "x"), store.Added)
}

func testMarker(t *testing.T, s store.Store) {
	label := doc("marked")
	if _, ok, err := s.DocumentHash(ctx, label); err != nil || ok {
		t.Fatalf("DocumentHash of absent doc: ok=%v err=%v", ok, err)
	}
	// A caller's own marker quads are replaced by the store's.
	quads := append(facts(label, 3, "m"),
		quad.Quad{Subject: label, Predicate: schema.ContentHash, Object: quad.String("bogus"), Label: label})
	put(t, s, label, "abc", quads, store.Added)
	h, ok, err := s.DocumentHash(ctx, label)
	if err != nil || !ok || h != "abc" {
		t.Fatalf("DocumentHash = %q, %v, %v; want abc, true", h, ok, err)
	}
	found := false
	for _, q := range labelQuads(t, s, label) {
		if q.Subject == quad.Value(label) && q.Predicate == quad.Value(schema.Complete) && q.Object == quad.Value(quad.Bool(true)) {
			found = true
		}
		if q.Object == quad.Value(quad.String("bogus")) {
			t.Errorf("caller's hash quad was stored")
		}
	}
	if !found {
		t.Fatalf("no completeness marker")
	}
}

func testDocuments(t *testing.T, s store.Store) {
	want := []string{string(doc("d1")), string(doc("d2")), string(doc("d3"))}
	for i, l := range want {
		put(t, s, quad.IRI(l), fmt.Sprint(i), facts(quad.IRI(l), 2, l), store.Added)
	}
	if err := s.RemoveDocument(ctx, doc("d2")); err != nil {
		t.Fatal(err)
	}
	want = []string{want[0], want[2]}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatalf("Documents: %v", err)
	}
	got := make([]string, len(docs))
	for i, d := range docs {
		got[i] = string(d)
	}
	sort.Strings(got)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Documents = %v, want %v", got, want)
	}
}

func testWrongLabel(t *testing.T, s store.Store) {
	label := doc("strict")
	quads := facts(label, 5, "ok")
	quads[3].Label = doc("someone-else")
	if _, err := s.PutDocument(ctx, label, "h", quads); !errors.Is(err, store.ErrWrongLabel) {
		t.Fatalf("PutDocument with a foreign label = %v, want ErrWrongLabel", err)
	}
	quads[3].Label = nil
	if _, err := s.PutDocument(ctx, label, "h", quads); !errors.Is(err, store.ErrWrongLabel) {
		t.Fatalf("PutDocument with an unlabelled quad = %v, want ErrWrongLabel", err)
	}
	if n := count(t, s); n != 0 {
		t.Fatalf("rejected document wrote %d quads", n)
	}
}

// testIncompleteRepaired simulates a crash: quads of a document without
// its completeness marker. The next PutDocument replaces them.
func testIncompleteRepaired(t *testing.T, s store.Store) {
	label := doc("crashed")
	partial := facts(label, 15, "partial")
	deltas := make([]graph.Delta, len(partial))
	for i, q := range partial {
		deltas[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	if err := s.QuadStore().ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.DocumentHash(ctx, label); ok {
		t.Fatalf("a document without its marker counts as complete")
	}
	quads := facts(label, 10, "whole")
	put(t, s, label, "h", quads, store.Replaced)
	sameQuads(t, "repaired document", labelQuads(t, s, label), withMarkers(label, "h", quads))
}

func testLarge(t *testing.T, s store.Store, n int) {
	label := doc("large")
	start := time.Now()
	put(t, s, label, "h1", facts(label, n, "first"), store.Added)
	t.Logf("%d quads written in %v", n, time.Since(start))
	if c := count(t, s); c != int64(n+2) {
		t.Fatalf("Count = %d, want %d", c, n+2)
	}
	start = time.Now()
	put(t, s, label, "h2", facts(label, n, "second"), store.Replaced)
	t.Logf("%d quads replaced in %v", n, time.Since(start))
	if c := count(t, s); c != int64(n+2) {
		t.Fatalf("Count after replace = %d, want %d", c, n+2)
	}
	got := labelQuads(t, s, label)
	sameQuads(t, "large document", got, withMarkers(label, "h2", facts(label, n, "second")))
}

func testConcurrent(t *testing.T, s store.Store, raw bool) {
	const docs = 20
	var wg sync.WaitGroup
	done := make(chan struct{})
	errs := make(chan error, 16)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(done)
		for i := 0; i < docs; i++ {
			label := doc(fmt.Sprintf("c%d", i))
			if _, err := s.PutDocument(ctx, label, "h", facts(label, 200, "c")); err != nil {
				errs <- err
				return
			}
		}
	}()
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var last int64
			for {
				select {
				case <-done:
					return
				default:
				}
				n, err := s.Count(ctx)
				if err != nil {
					errs <- err
					return
				}
				if n < last {
					errs <- fmt.Errorf("count went down from %d to %d", last, n)
					return
				}
				last = n
				if _, err := s.Documents(ctx); err != nil {
					errs <- err
					return
				}
				if _, _, err := s.DocumentHash(ctx, doc("c3")); err != nil {
					errs <- err
					return
				}
				if raw {
					if err := scanSome(s.QuadStore()); err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := count(t, s); n != docs*(200+2) {
		t.Fatalf("Count = %d, want %d", n, docs*202)
	}
}

func scanSome(qs graph.QuadStore) error {
	ref := qs.ValueOf(schema.Name)
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(quad.Predicate, ref)
	defer it.Close()
	for i := 0; i < 500 && it.Next(ctx); i++ {
		_ = qs.Quad(it.Result())
	}
	return it.Err()
}
