package storetest

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
)

func generation(t *testing.T, s store.Store) uint64 {
	t.Helper()
	g, err := s.Generation(ctx)
	if err != nil {
		t.Fatalf("Generation: %v", err)
	}
	return g
}

// changedNodes returns ChangedSince(from, to) as a set, and whether the
// store could tell; exact stores must.
func changedNodes(t *testing.T, s store.Store, from, to uint64, exact bool) (map[quad.Value]bool, bool) {
	t.Helper()
	nodes, ok := s.ChangedSince(from, to)
	if exact && !ok {
		t.Fatalf("ChangedSince(%d, %d) cannot tell what its own writes changed", from, to)
	}
	set := make(map[quad.Value]bool, len(nodes))
	for _, n := range nodes {
		set[n] = true
	}
	return set, ok
}

// testGeneration checks that every write moves the generation on, that an
// unchanged document does not, and that ChangedSince names the subjects
// and objects of the quads written and deleted.
func testGeneration(t *testing.T, s store.Store, exact bool) {
	label := doc("generation")
	v1 := facts(label, 25, "first")
	g0 := generation(t, s)
	put(t, s, label, "h1", v1, store.Added)
	g1 := generation(t, s)
	if g1 <= g0 {
		t.Fatalf("generation %d after a write, was %d", g1, g0)
	}
	if set, ok := changedNodes(t, s, g0, g1, exact); ok {
		for _, want := range []quad.Value{node("s0"), node("s2"), v1[24].Object, label} {
			if !set[want] {
				t.Errorf("ChangedSince after adding a document misses %v", want)
			}
		}
	}
	put(t, s, label, "h1", v1, store.Unchanged)
	if g := generation(t, s); g != g1 {
		t.Fatalf("generation %d after an unchanged document, was %d", g, g1)
	}
	if nodes, ok := s.ChangedSince(g1, g1); !ok || len(nodes) != 0 {
		t.Fatalf("ChangedSince(g, g) = %v, %v; want nothing, true", nodes, ok)
	}
	put(t, s, label, "h2", facts(label, 5, "second"), store.Replaced)
	g2 := generation(t, s)
	if g2 <= g1 {
		t.Fatalf("generation %d after a replacement, was %d", g2, g1)
	}
	if set, ok := changedNodes(t, s, g1, g2, exact); ok && (!set[v1[24].Object] || !set[node("s2")]) {
		t.Errorf("ChangedSince after a replacement misses the quads removed")
	}
	if err := s.RemoveDocument(ctx, label); err != nil {
		t.Fatal(err)
	}
	g3 := generation(t, s)
	if g3 <= g2 {
		t.Fatalf("generation %d after a removal, was %d", g3, g2)
	}
	if set, ok := changedNodes(t, s, g2, g3, exact); ok && !set[node("s0")] {
		t.Errorf("ChangedSince after a removal misses %v", node("s0"))
	}
	if set, ok := changedNodes(t, s, g0, g3, exact); ok && !set[node("s2")] {
		t.Errorf("ChangedSince over several writes misses %v", node("s2"))
	}
	if _, ok := s.ChangedSince(g3, g3+1); ok {
		t.Errorf("ChangedSince answers for a generation not reached yet")
	}
}
