package export_test

import (
	"context"
	"sort"
	"testing"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/graph/store/storetest"
	"github.com/kg-project/kg/internal/testenv"
)

// fixtureStore is a mem store holding the two hand-written fixture
// documents, each under its own label with its completeness marker.
func fixtureStore(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := storetest.PutFixtures(ctx, st); err != nil {
		t.Fatal(err)
	}
	return st
}

// corpusStore is a mem store with the gazetteer and the shared corpus run
// through the real extraction pipeline; the test is skipped when the
// corpus is absent.
func corpusStore(t testing.TB) store.Store {
	t.Helper()
	files := testenv.CorpusTexts(t)
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := storetest.PutExtracted(ctx, st, files); err != nil {
		t.Fatal(err)
	}
	return st
}

// allQuads returns every quad of a store, as N-Quads lines, sorted.
func allQuads(t testing.TB, st store.Store) []string {
	t.Helper()
	qs := st.QuadStore()
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		q := qs.Quad(it.Result())
		if q.IsValid() {
			out = append(out, q.NQuad())
		}
	}
	sort.Strings(out)
	return out
}
