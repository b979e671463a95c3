package query_test

import (
	"context"
	"os"
	"testing"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/query"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// The benchmarks below read a store built beforehand (kg gen + kg load),
// named by KG_BENCH_STORE ("bolt:/tmp/store.db"): the scale the query
// layer's read cache is for. They are skipped without it. The Uncached
// ones read the store for every request (SetCacheSize(0)): the baseline.
//
//	KG_BENCH_STORE=bolt:/tmp/store.db go test ./graph/query -run - -bench Store

// benchStore opens KG_BENCH_STORE and lists up to 20 actors that make
// commitments (what kg bench asks about), with their names.
func benchStore(b *testing.B) (*query.Reader, []string, []string) {
	b.Helper()
	url := os.Getenv("KG_BENCH_STORE")
	if url == "" {
		b.Skip("KG_BENCH_STORE not set: store benchmarks skipped")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	qs := st.QuadStore()
	// The committing actors in store order, as kg bench picks them.
	it := qs.QuadIterator(quad.Predicate, qs.ValueOf(schema.CommittedBy))
	defer it.Close()
	seen := map[quad.IRI]bool{}
	var ids, names []string
	for len(ids) < 20 && it.Next(ctx) {
		iri, ok := qs.Quad(it.Result()).Object.(quad.IRI)
		if !ok || seen[iri] {
			continue
		}
		seen[iri] = true
		name, err := path.StartPath(qs, iri).Out(schema.Name).Iterate(ctx).FirstValue(qs)
		if err != nil || name == nil {
			continue
		}
		local, _ := schema.LocalID(iri)
		ids, names = append(ids, local), append(names, quad.StringOf(name))
	}
	if len(ids) == 0 {
		b.Fatal("the store has no committing actor with a name")
	}
	r := query.NewReader(qs)
	r.Follow(st)
	return r, ids, names
}

// BenchmarkStoreActorByName asks for each actor in turn after a warm-up
// round over all of them (as kg bench does).
func BenchmarkStoreActorByName(b *testing.B) { benchActorByName(b, true) }

func BenchmarkStoreActorByNameUncached(b *testing.B) { benchActorByName(b, false) }

func benchActorByName(b *testing.B, cached bool) {
	r, _, names := benchStore(b)
	if !cached {
		r.SetCacheSize(0)
	}
	for _, name := range names {
		if _, err := r.ActorByName(r.WithLoader(context.Background()), name); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ctx := r.WithLoader(context.Background())
		if a, err := r.ActorByName(ctx, names[i%len(names)]); err != nil || a == nil {
			b.Fatalf("ActorByName(%q) = %v, %v", names[i%len(names)], a, err)
		}
	}
}

// BenchmarkStoreNeighborhood draws each actor's neighborhood (depth 2,
// limit 200) in turn after a warm-up round.
func BenchmarkStoreNeighborhood(b *testing.B) { benchNeighborhood(b, true) }

func BenchmarkStoreNeighborhoodUncached(b *testing.B) { benchNeighborhood(b, false) }

func benchNeighborhood(b *testing.B, cached bool) {
	r, ids, _ := benchStore(b)
	if !cached {
		r.SetCacheSize(0)
	}
	depth, limit := 2, 200
	for _, id := range ids {
		if _, err := r.Neighborhood(r.WithLoader(context.Background()), id, &depth, nil, &limit); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ctx := r.WithLoader(context.Background())
		if _, err := r.Neighborhood(ctx, ids[i%len(ids)], &depth, nil, &limit); err != nil {
			b.Fatalf("Neighborhood(%s): %v", ids[i%len(ids)], err)
		}
	}
}
