package query

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

func TestLocalOut(t *testing.T) {
	url := os.Getenv("KG_BENCH_STORE")
	if url == "" {
		t.Skip("no store")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := NewReader(st.QuadStore())
	t0 := time.Now()
	nodes, _ := r.ofClass(ctx, schema.ClassPerson)
	t.Logf("ofClass %d in %v", len(nodes), time.Since(t0))
	nodes = nodes[:50]
	t0 = time.Now()
	for _, n := range nodes {
		r.out(ctx, n, schema.NormName)
	}
	t.Logf("out x50 %v", time.Since(t0))
	t0 = time.Now()
	for _, n := range nodes {
		path.StartPath(r.qs, n).Out(schema.NormName).Iterate(ctx).AllValues(r.qs)
	}
	t.Logf("path x50 %v", time.Since(t0))
	t0 = time.Now()
	for _, n := range nodes {
		it := r.qs.QuadIterator(quad.Subject, r.qs.ValueOf(n))
		k := 0
		for it.Next(ctx) {
			k++
		}
		it.Close()
	}
	t.Logf("quaditerator count x50 %v", time.Since(t0))
	t0 = time.Now()
	for _, n := range nodes {
		fetchProps(ctx, r.qs, n)
	}
	t.Logf("fetchProps x50 %v", time.Since(t0))
	it := path.StartPath(r.qs, nodes[0]).Out(schema.NormName).BuildIterator()
	it2, _ := it.Optimize()
	t.Logf("iterator %s", it2)
}
