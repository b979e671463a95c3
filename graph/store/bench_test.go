package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" writer
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// benchQuads is the number of quads loaded per benchmark iteration
// (KG_BENCH_QUADS overrides); the baseline loads at most benchBaseline of
// them, one at a time, and the two rates are compared.
func benchSizes() (total, baseline int) {
	total = 20000
	if v, err := strconv.Atoi(os.Getenv("KG_BENCH_QUADS")); err == nil && v > 0 {
		total = v
	}
	return total, min(total, 3000)
}

// syntheticDocs builds documents shaped like kg's: per document a source
// node, sentences, evidence nodes with offsets, and mentions of actors
// shared across documents.
func syntheticDocs(total, perDoc int) (labels []quad.IRI, docs [][]quad.Quad) {
	for d := 0; total > 0; d++ {
		label := schema.SourceIRI(fmt.Sprintf("bench-%d", d))
		n := min(perDoc, total)
		quads := make([]quad.Quad, 0, n)
		for i := 0; len(quads) < n; i++ {
			ev := schema.ID(fmt.Sprintf("ev:%d-%d", d, i))
			actor := schema.ID(fmt.Sprintf("person:actor-%d", i%300))
			for _, q := range []quad.Quad{
				{Subject: actor, Predicate: schema.Mention, Object: ev, Label: label},
				{Subject: ev, Predicate: schema.DerivedFrom, Object: label, Label: label},
				{Subject: ev, Predicate: schema.Start, Object: quad.Int(i * 17), Label: label},
				{Subject: ev, Predicate: schema.End, Object: quad.Int(i*17 + 9), Label: label},
				{Subject: ev, Predicate: schema.Text, Object: quad.String(fmt.Sprintf("mention %d of %d", i, d)), Label: label},
			} {
				if len(quads) < n {
					quads = append(quads, q)
				}
			}
		}
		labels = append(labels, label)
		docs = append(docs, quads)
		total -= n
	}
	return labels, docs
}

// benchLoad measures PutDocument against Cayley's "single" writer adding
// the same quads one by one, each on a new store from open.
func benchLoad(b *testing.B, open func(b *testing.B) store.Store) {
	total, baseline := benchSizes()
	labels, docs := syntheticDocs(total, 2000)
	var flat []quad.Quad
	for _, d := range docs {
		flat = append(flat, d...)
	}
	ctx := context.Background()
	var kgRate, cayleyRate float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := open(b)
		start := time.Now()
		for j, label := range labels {
			if _, err := s.PutDocument(ctx, label, "h", docs[j]); err != nil {
				b.Fatal(err)
			}
		}
		kgRate += float64(total) / time.Since(start).Seconds()
		s.Close()

		s = open(b)
		w, err := graph.NewQuadWriter("single", s.QuadStore(), graph.Options{"ignore_duplicate": true, "ignore_missing": true})
		if err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		for _, q := range flat[:baseline] {
			if err := w.AddQuad(q); err != nil {
				b.Fatal(err)
			}
		}
		cayleyRate += float64(baseline) / time.Since(start).Seconds()
		w.Close()
		s.Close()
	}
	b.ReportMetric(kgRate/float64(b.N), "kg_quads/s")
	b.ReportMetric(cayleyRate/float64(b.N), "cayley_quads/s")
	b.ReportMetric(kgRate/cayleyRate, "ratio")
}

func BenchmarkLoadBolt(b *testing.B) {
	benchLoad(b, func(b *testing.B) store.Store {
		s, err := store.Open(context.Background(), "bolt:"+filepath.Join(b.TempDir(), "kg.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkLoadPostgres(b *testing.B) {
	base := postgresURL(b)
	benchLoad(b, func(b *testing.B) store.Store {
		return openPostgres(b, base, store.PostgresOptions{})
	})
}
