package server_test

import (
	"context"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
)

func TestLocalLatency(t *testing.T) {
	url := os.Getenv("KG_BENCH_STORE")
	if url == "" {
		t.Skip("KG_BENCH_STORE not set")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := server.New(st.QuadStore(), server.DefaultConfig())
	qs := []string{
		`{ actor(name: "zelenskiy") { id name kind aliases } }`,
		`{ actor(name: "united states") { id name roles { label } } }`,
		`{ actor(name: "france") { commitmentsMade(first: 20) { totalCount edges { node { what status evidence { text source { id } } } } } } }`,
		`{ actors(first: 50) { totalCount edges { node { name } } } }`,
		`{ commitments(first: 20) { totalCount edges { node { what status by { name } } } } }`,
		`{ sources(first: 20) { totalCount edges { node { title date outlet { name } } } } }`,
		`{ events(first: 20, participant: "france") { totalCount edges { node { type date participants { name } } } } }`,
	}
	if only := os.Getenv("KG_BENCH_ONLY"); only != "" {
		qs = []string{only}
	}
	for _, q := range qs {
		var ds []time.Duration
		var res server.Result
		for i := 0; i < 20; i++ {
			t0 := time.Now()
			res, err = s.Execute(ctx, q, nil)
			ds = append(ds, time.Since(t0))
			if err != nil || res.HasErrors {
				t.Fatalf("%s: %v %s", q, err, res.JSON)
			}
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		out := string(res.JSON)
		if len(out) > 150 {
			out = out[:150]
		}
		t.Logf("p50 %v p max %v  %s\n   %s", ds[10], ds[19], q[:min(60, len(q))], out)
	}
}
