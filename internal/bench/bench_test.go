package bench_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/internal/bench"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/gen"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// The go test benchmarks compare the same things as `kg bench`, on a small
// generated corpus (benchDocs documents), and report the ratio to the
// baseline as the "x_baseline" metric.
const benchDocs = 20

var fixture struct {
	once   sync.Once
	err    error
	corpus *bench.Corpus
	pipe   *extract.Pipeline
	docs   []bench.Document
}

// setup generates the corpus, builds the pipeline and extracts every
// document's quads, once per test binary.
func setup(b *testing.B) {
	b.Helper()
	fixture.once.Do(func() {
		gaz, err := gazetteer.Default()
		if err != nil {
			fixture.err = err
			return
		}
		dir, err := os.MkdirTemp("", "kg-bench-corpus-")
		if err != nil {
			fixture.err = err
			return
		}
		defer os.RemoveAll(dir)
		if _, err := gen.Write(dir, gen.Config{Docs: benchDocs, Seed: 7, Gaz: gaz}); err != nil {
			fixture.err = err
			return
		}
		if fixture.corpus, err = bench.ReadCorpus([]string{dir}); err != nil {
			fixture.err = err
			return
		}
		if fixture.pipe, err = extract.New(gaz, data.FS); err != nil {
			fixture.err = err
			return
		}
		for _, doc := range fixture.corpus.Docs {
			res, err := fixture.pipe.Run(doc)
			if err != nil {
				fixture.err = err
				return
			}
			qq, err := quads.FromResult(doc, res)
			if err != nil {
				fixture.err = err
				return
			}
			fixture.docs = append(fixture.docs, bench.Document{Label: schema.SourceIRI(doc.ID), Hash: doc.Hash, Quads: qq})
		}
	})
	if fixture.err != nil {
		b.Fatalf("bench fixture: %v", fixture.err)
	}
}

func runWith(p *extract.Pipeline) func(*document.Document) error {
	return func(d *document.Document) error { _, err := p.Run(d); return err }
}

// BenchmarkExtractVsSegment: the whole extraction on GOMAXPROCS workers
// against the sentence splitter alone.
func BenchmarkExtractVsSegment(b *testing.B) {
	setup(b)
	workers := runtime.GOMAXPROCS(0)
	seg := extract.SegmentOnly(fixture.pipe.Gaz)
	var full, base bench.Rate
	for b.Loop() {
		r, err := bench.WordsPerSecond(fixture.corpus, workers, 0, runWith(fixture.pipe))
		if err != nil {
			b.Fatal(err)
		}
		full.Count, full.Elapsed = full.Count+r.Count, full.Elapsed+r.Elapsed
		r, err = bench.WordsPerSecond(fixture.corpus, workers, 0, runWith(seg))
		if err != nil {
			b.Fatal(err)
		}
		base.Count, base.Elapsed = base.Count+r.Count, base.Elapsed+r.Elapsed
	}
	b.ReportMetric(full.PerSecond(), "words/s")
	b.ReportMetric(base.PerSecond(), "segment_words/s")
	b.ReportMetric(full.PerSecond()/base.PerSecond(), "x_baseline")
}

// compareWrites writes the fixture's quads through PutDocument into a new
// store from open and through Cayley's single writer into a new plain
// Cayley store from openCayley.
func compareWrites(b *testing.B, open func(b *testing.B) store.Store, openCayley func(b *testing.B) graph.QuadStore) {
	setup(b)
	ctx := context.Background()
	var kg, base bench.Rate
	for b.Loop() {
		st := open(b)
		r, _, err := bench.PutDocuments(ctx, st, fixture.docs, 0)
		st.Close()
		if err != nil {
			b.Fatal(err)
		}
		kg.Count, kg.Elapsed = kg.Count+r.Count, kg.Elapsed+r.Elapsed
		qs := openCayley(b)
		r, err = bench.CayleySingle(qs, fixture.docs, 3000)
		qs.Close()
		if err != nil {
			b.Fatal(err)
		}
		base.Count, base.Elapsed = base.Count+r.Count, base.Elapsed+r.Elapsed
	}
	b.ReportMetric(kg.PerSecond(), "quads/s")
	b.ReportMetric(base.PerSecond(), "cayley_quads/s")
	b.ReportMetric(kg.PerSecond()/base.PerSecond(), "x_baseline")
}

func BenchmarkWriteBoltVsCayley(b *testing.B) {
	compareWrites(b, func(b *testing.B) store.Store {
		st, err := store.Open(context.Background(), "bolt:"+filepath.Join(b.TempDir(), "kg.db"))
		if err != nil {
			b.Fatal(err)
		}
		return st
	}, func(b *testing.B) graph.QuadStore {
		path := filepath.Join(b.TempDir(), "cayley.db")
		if err := graph.InitQuadStore("bolt", path, nil); err != nil {
			b.Fatal(err)
		}
		qs, err := graph.NewQuadStore("bolt", path, nil)
		if err != nil {
			b.Fatal(err)
		}
		return qs
	})
}

// BenchmarkWritePostgresVsCayley needs KG_TEST_POSTGRES; each store is a
// new pair of tables after the previous one's are dropped.
func BenchmarkWritePostgresVsCayley(b *testing.B) {
	url := os.Getenv("KG_TEST_POSTGRES")
	if url == "" {
		b.Skip("KG_TEST_POSTGRES not set: PostgreSQL benchmark skipped")
	}
	ctx := context.Background()
	// A database of its own, so that no other test's tables are touched.
	db, drop, err := bench.PostgresDatabase(ctx, url, fmt.Sprintf("kgbench_gotest_%d", os.Getpid()))
	if err != nil {
		b.Fatal(err)
	}
	defer drop()
	fresh := func(b *testing.B) {
		if err := dropCayleyTables(ctx, db); err != nil {
			b.Fatal(err)
		}
	}
	compareWrites(b, func(b *testing.B) store.Store {
		fresh(b)
		st, err := store.Open(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		return st
	}, func(b *testing.B) graph.QuadStore {
		fresh(b)
		if err := graph.InitQuadStore("postgres", db, nil); err != nil {
			b.Fatal(err)
		}
		qs, err := graph.NewQuadStore("postgres", db, nil)
		if err != nil {
			b.Fatal(err)
		}
		return qs
	})
}

// BenchmarkActorVsGizmo asks for an actor by name through kg's GraphQL
// handler and the same facts through Gizmo on Cayley's HTTP API, both on
// loopback, over one bolt store holding the fixture.
func BenchmarkActorVsGizmo(b *testing.B) {
	setup(b)
	ctx := context.Background()
	st, err := store.Open(ctx, "bolt:"+filepath.Join(b.TempDir(), "kg.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.PutDocument(ctx, schema.GazetteerLabel, "h", quads.GazetteerQuads(gaz)); err != nil {
		b.Fatal(err)
	}
	if _, _, err := bench.PutDocuments(ctx, st, fixture.docs, 0); err != nil {
		b.Fatal(err)
	}
	kgSrv := httptest.NewServer(server.New(st.QuadStore(), server.DefaultConfig()))
	defer kgSrv.Close()
	gzSrv := httptest.NewServer(bench.GizmoHandler(st.QuadStore(), 1000, time.Minute))
	defer gzSrv.Close()
	client := bench.NewClient()
	name := actorName(b)
	var kg, base time.Duration
	n := 0
	for b.Loop() {
		t := time.Now()
		if _, err := bench.GraphQL(ctx, client, kgSrv.URL+"/graphql", bench.GraphQLActor, map[string]any{"name": name}); err != nil {
			b.Fatal(err)
		}
		kg += time.Since(t)
		t = time.Now()
		if _, err := bench.Gizmo(ctx, client, gzSrv.URL, bench.GizmoActor(quads.NormalizeName(name))); err != nil {
			b.Fatal(err)
		}
		base += time.Since(t)
		n++
	}
	b.ReportMetric(float64(kg.Microseconds())/float64(n), "us/graphql")
	b.ReportMetric(float64(base.Microseconds())/float64(n), "us/gizmo")
	b.ReportMetric(float64(base)/float64(kg), "x_baseline")
}

// actorName is the name of the first actor the fixture names.
func actorName(b *testing.B) string {
	for _, d := range fixture.docs {
		for _, q := range d.Quads {
			id, ok := q.Subject.(quad.IRI)
			local, _ := schema.LocalID(id)
			if v, isStr := q.Object.(quad.String); ok && isStr && q.Predicate == quad.Value(schema.Name) &&
				(strings.HasPrefix(local, schema.PrefixCountry) || strings.HasPrefix(local, schema.PrefixPerson)) {
				return string(v)
			}
		}
	}
	b.Fatal("the fixture names no actor")
	return ""
}

// dropCayleyTables removes Cayley's tables so that the next store starts
// empty.
func dropCayleyTables(ctx context.Context, url string) error {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `DROP TABLE IF EXISTS quads, nodes CASCADE`)
	return err
}
