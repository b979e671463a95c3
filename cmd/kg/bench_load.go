package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/internal/bench"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// boltStorePath is the store the load phase builds and the query phase
// reads.
func boltStorePath(c *benchConfig) string { return filepath.Join(c.StoreDir, "kg.db") }

// phaseLoadBolt loads the corpus into a new bolt store as `kg load` does
// (parallel extraction, one writer, PutDocument): the end-to-end rate.
func phaseLoadBolt(ctx context.Context, c *benchConfig, log io.Writer) (*phaseResult, error) {
	path := boltStorePath(c)
	if err := os.RemoveAll(path); err != nil {
		return nil, err
	}
	return loadEndToEnd(ctx, c, "bolt", "bolt:"+path, c.Corpus, log)
}

// phaseLoadRSS generates --rss-docs documents and loads them into a new
// bolt store: the peak RSS of a large load.
func phaseLoadRSS(ctx context.Context, c *benchConfig, log io.Writer) (*phaseResult, error) {
	dir := filepath.Join(c.StoreDir, fmt.Sprintf("corpus-%d-%d", c.RSSDocs, c.Seed))
	if err := benchCorpus(dir, c.RSSDocs, c.Seed, log); err != nil {
		return nil, err
	}
	// Generating touched memory the load does not need: start the peak
	// from here.
	if err := bench.ResetPeak(); err != nil {
		return nil, err
	}
	path := filepath.Join(c.StoreDir, "rss.db")
	if err := os.RemoveAll(path); err != nil {
		return nil, err
	}
	defer os.RemoveAll(path)
	res, err := loadEndToEnd(ctx, c, "rss", "bolt:"+path, dir, log)
	if err != nil {
		return nil, err
	}
	m, err := bench.ReadMemory()
	if err != nil {
		return nil, err
	}
	f := bench.Figure{Key: "rss.load5000", Name: fmt.Sprintf("peak RSS loading %d articles into bolt", c.RSSDocs), Unit: "MiB", Value: bench.MiB(m.PeakRSS), Lower: true}
	if c.RSSDocs != 5000 {
		f.Key = "rss.loadN"
	}
	res.Figures = append(res.Figures, f)
	return res, nil
}

// phaseLoadPostgres loads the corpus into a new PostgreSQL database
// through kg's loader and bulk path.
func phaseLoadPostgres(ctx context.Context, c *benchConfig, log io.Writer) (*phaseResult, error) {
	u, drop, err := bench.PostgresDatabase(ctx, c.Postgres, "kgbench_load")
	if err != nil {
		return nil, err
	}
	defer drop()
	return loadEndToEnd(ctx, c, "postgres", u, c.Corpus, log)
}

func loadEndToEnd(ctx context.Context, c *benchConfig, backend, storeURL, corpus string, log io.Writer) (*phaseResult, error) {
	st, err := store.Open(ctx, storeURL)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	cfg := defaultConfig()
	cfg.Workers = c.Workers
	l, err := newLoader(st, cfg, io.Discard)
	if err != nil {
		return nil, err
	}
	if err := putGazetteer(ctx, l); err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "kg bench: loading %s into %s\n", corpus, backend)
	start, cpu := time.Now(), bench.ProcessCPU()
	sum, err := l.Load(ctx, []string{corpus})
	elapsed := time.Since(start)
	cpu = bench.ProcessCPU() - cpu
	if err != nil {
		return nil, err
	}
	if sum.Failed > 0 {
		return nil, fmt.Errorf("load %s: %d documents failed: %v", corpus, sum.Failed, sum.Errors[0])
	}
	count, err := st.Count(ctx)
	if err != nil {
		return nil, err
	}
	rate := bench.Rate{Count: sum.Quads, Elapsed: elapsed}
	f := bench.Figure{Key: "load." + backend + ".e2e", Name: "load " + backend + " end to end (kg load)", Unit: "quads/s", Value: rate.PerSecond(),
		Note: fmt.Sprintf("%d docs, %d quads in %s wall, %s CPU", sum.Loaded, sum.Quads, elapsed.Round(time.Second), cpu.Round(time.Second))}
	return &phaseResult{Figures: []bench.Figure{f}, Info: map[string]any{
		"documents": sum.Loaded, "quads": sum.Quads, "storeQuads": count, "seconds": elapsed.Seconds(), "cpuSeconds": cpu.Seconds(),
	}}, nil
}

// phaseWrite extracts the corpus once, keeping the quads in memory, and
// compares kg's writer with Cayley's on bolt and, with --postgres, on
// PostgreSQL (writeBolt, writePostgres).
//
// writeBolt writes the same extracted quads through kg's
// PutDocument into one new bolt store and through Cayley's single writer
// into another (Cayley's default indexes, no label index).
func phaseWrite(ctx context.Context, c *benchConfig, log io.Writer) (*phaseResult, error) {
	docs, err := extractAll(c, log)
	if err != nil {
		return nil, err
	}
	res, err := writeBolt(ctx, c, docs, log)
	if err != nil || c.Postgres == "" {
		return res, err
	}
	pg, err := writePostgres(ctx, c, docs, log)
	if err != nil {
		return nil, err
	}
	res.Figures = append(res.Figures, pg.Figures...)
	for k, v := range pg.Info {
		res.Info["postgres."+k] = v
	}
	return res, nil
}

func writeBolt(ctx context.Context, c *benchConfig, docs []bench.Document, log io.Writer) (*phaseResult, error) {
	kgPath, cayleyPath := filepath.Join(c.StoreDir, "write-kg.db"), filepath.Join(c.StoreDir, "write-cayley.db")
	for _, p := range []string{kgPath, cayleyPath} {
		if err := os.RemoveAll(p); err != nil {
			return nil, err
		}
		defer os.RemoveAll(p)
	}
	st, err := store.Open(ctx, "bolt:"+kgPath)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	fmt.Fprintf(log, "kg bench: writing %d quads with PutDocument into bolt\n", bench.QuadCount(docs))
	kg, kgFirst, err := bench.PutDocuments(ctx, st, docs, c.BaselineQuads)
	if err != nil {
		return nil, err
	}
	if err := graph.InitQuadStore("bolt", cayleyPath, nil); err != nil {
		return nil, fmt.Errorf("init bolt %s: %w", cayleyPath, err)
	}
	qs, err := graph.NewQuadStore("bolt", cayleyPath, nil)
	if err != nil {
		return nil, fmt.Errorf("open bolt %s: %w", cayleyPath, err)
	}
	defer qs.Close()
	fmt.Fprintf(log, "kg bench: writing quads one by one with Cayley's single writer into bolt\n")
	base, err := bench.CayleySingle(qs, docs, c.BaselineQuads)
	if err != nil {
		return nil, err
	}
	return writeResult("bolt", kg, kgFirst, base), nil
}

// writePostgres: the same as writeBolt on PostgreSQL, kg's bulk
// path against Cayley's single writer on --pg-baseline-quads quads.
func writePostgres(ctx context.Context, c *benchConfig, docs []bench.Document, log io.Writer) (*phaseResult, error) {
	kgURL, dropKG, err := bench.PostgresDatabase(ctx, c.Postgres, "kgbench_write")
	if err != nil {
		return nil, err
	}
	defer dropKG()
	st, err := store.Open(ctx, kgURL)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "kg bench: writing %d quads with PutDocument (bulk path) into PostgreSQL\n", bench.QuadCount(docs))
	kg, kgFirst, err := bench.PutDocuments(ctx, st, docs, c.PGBaseline)
	st.Close()
	if err != nil {
		return nil, err
	}
	cayleyURL, dropCayley, err := bench.PostgresDatabase(ctx, c.Postgres, "kgbench_cayley")
	if err != nil {
		return nil, err
	}
	defer dropCayley()
	if err := graph.InitQuadStore("postgres", cayleyURL, nil); err != nil {
		return nil, fmt.Errorf("init postgres tables: %w", err)
	}
	qs, err := graph.NewQuadStore("postgres", cayleyURL, nil)
	if err != nil {
		return nil, fmt.Errorf("open postgres quad store: %w", err)
	}
	fmt.Fprintf(log, "kg bench: writing quads one by one with Cayley's single writer into PostgreSQL\n")
	base, err := bench.CayleySingle(qs, docs, c.PGBaseline)
	qs.Close()
	if err != nil {
		return nil, err
	}
	return writeResult("postgres", kg, kgFirst, base), nil
}

func writeResult(backend string, kg, kgFirst, base bench.Rate) *phaseResult {
	f := bench.NewFigure("load."+backend+".write", "write "+backend+" (PutDocument)", "quads/s",
		kg.PerSecond(), base.PerSecond(), "Cayley single writer, 1 quad per AddQuad", false)
	f.Note = fmt.Sprintf("kg %d quads in %s (CPU %s); baseline %d quads in %s (CPU %s)", kg.Count, kg.Elapsed.Round(time.Millisecond), kg.CPU.Round(time.Millisecond),
		base.Count, base.Elapsed.Round(time.Millisecond), base.CPU.Round(time.Millisecond))
	if base.Count < kg.Count {
		f.Note += fmt.Sprintf(" (baseline rate measured on the first %d quads of the same stream)", base.Count)
	}
	figs := []bench.Figure{f}
	if base.Count < kg.Count && kgFirst.Count > 0 {
		// The baseline wrote only the first quads, into a nearly empty
		// store; kg over the same first quads is the like-for-like ratio.
		ff := bench.NewFigure("load."+backend+".write.prefix", fmt.Sprintf("write %s, first %d quads only", backend, kgFirst.Count), "quads/s",
			kgFirst.PerSecond(), base.PerSecond(), "Cayley single writer, same quads", false)
		ff.Note = "like-for-like: both on the same first quads into an empty store"
		figs = append(figs, ff)
	}
	return &phaseResult{Figures: figs, Info: map[string]any{
		"quads": kg.Count, "kgSeconds": kg.Elapsed.Seconds(), "baselineQuads": base.Count, "baselineSeconds": base.Elapsed.Seconds(),
	}}
}

// extractAll extracts every document of the corpus on c.Workers workers
// and maps it to quads, as the loader does, keeping them in memory.
func extractAll(c *benchConfig, log io.Writer) ([]bench.Document, error) {
	corpus, err := bench.ReadCorpus([]string{c.Corpus})
	if err != nil {
		return nil, err
	}
	p, err := newPipeline()
	if err != nil {
		return nil, err
	}
	v, err := dataVersion()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "kg bench: extracting %d documents\n", len(corpus.Docs))
	out := make([]bench.Document, len(corpus.Docs))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
		next = make(chan int)
	)
	for range max(1, c.Workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				doc := corpus.Docs[i]
				res, err := p.Run(doc)
				if err == nil {
					out[i].Quads, err = quads.FromResult(doc, res)
				}
				if err != nil {
					mu.Lock()
					errs = append(errs, fmt.Errorf("extract %s: %w", doc.Path, err))
					mu.Unlock()
					continue
				}
				out[i].Label = schema.SourceIRI(doc.ID)
				out[i].Hash = doc.Hash + "+" + pipelineVersion + "." + v
			}
		}()
	}
	for i := range corpus.Docs {
		next <- i
	}
	close(next)
	wg.Wait()
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return out, nil
}
