package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/kg-project/kg/internal/bench"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
)

// runPhase runs one phase in this process and returns its figures with
// the process's peak RSS.
func runPhase(ctx context.Context, c *benchConfig, log io.Writer) (*phaseResult, error) {
	run := map[string]func(context.Context, *benchConfig, io.Writer) (*phaseResult, error){
		"extract":       phaseExtract,
		"load-bolt":     phaseLoadBolt,
		"load-postgres": phaseLoadPostgres,
		"write":         phaseWrite,
		"query":         phaseQuery,
		"load-rss":      phaseLoadRSS,
	}[c.phase]
	if run == nil {
		return nil, fmt.Errorf("unknown phase %q", c.phase)
	}
	sampler := bench.StartSampler(100 * time.Millisecond)
	res, err := run(ctx, c, log)
	peak := sampler.Stop()
	if err != nil {
		return nil, err
	}
	res.Phase = c.phase
	m, err := bench.ReadMemory()
	if err != nil {
		return nil, err
	}
	res.PeakRSS = m.PeakRSS
	res.PeakAnon, res.PeakFile = peak.Anon, peak.File
	return res, nil
}

// phaseExtract measures the whole extraction pipeline on all workers
// against the segmentation stage alone on the same documents and workers.
func phaseExtract(ctx context.Context, c *benchConfig, log io.Writer) (*phaseResult, error) {
	corpus, err := bench.ReadCorpus([]string{c.Corpus})
	if err != nil {
		return nil, err
	}
	tuneGCForExtraction() // as kg extract runs
	p, err := newPipeline()
	if err != nil {
		return nil, err
	}
	seg := extract.SegmentOnly(p.Gaz)
	runWith := func(p *extract.Pipeline) func(*document.Document) error {
		return func(d *document.Document) error { _, err := p.Run(d); return err }
	}
	fmt.Fprintf(log, "kg bench: extracting %d documents (%d words) on %d workers\n", len(corpus.Docs), corpus.Words, c.Workers)
	base, err := bench.WordsPerSecond(corpus, c.Workers, c.Duration, runWith(seg))
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	full, err := bench.WordsPerSecond(corpus, c.Workers, c.Duration, runWith(p))
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	f := bench.NewFigure("extract.words", fmt.Sprintf("extraction, %d workers", c.Workers), "words/s",
		full.PerSecond(), base.PerSecond(), "sentence splitter alone", false)
	f.Note = fmt.Sprintf("%d words in %s wall, %s CPU; ratio < 1 is the share of the splitter's speed", full.Count, full.Elapsed.Round(time.Millisecond), full.CPU.Round(time.Millisecond))
	// On a shared machine the process gets a fraction of the cores: the
	// CPU-time rate times the cores it could use estimates an idle machine.
	cores := float64(min(c.Workers, runtime.NumCPU()))
	fc := bench.NewFigure("extract.words.cpu", fmt.Sprintf("extraction, per CPU-second x %v cores", cores), "words/s",
		full.PerCPUSecond()*cores, base.PerCPUSecond()*cores, "sentence splitter alone", false)
	fc.Note = "estimate for an idle machine from CPU time (the machine is shared)"
	figs := []bench.Figure{f, fc}
	figs = append(figs, compromiseFigures(ctx, c, corpus, full, log)...)
	return &phaseResult{Figures: figs, Info: map[string]any{
		"documents": len(corpus.Docs), "words": corpus.Words, "bytes": corpus.Bytes, "workers": c.Workers,
	}}, nil
}

// compromiseFigures runs the npm library compromise over the same corpus
// on as many node processes as extraction had workers, and returns kg's
// extraction rate against it, wall and CPU; a figure marked missing, with
// the reason, when node or the package is not installed.
func compromiseFigures(ctx context.Context, c *benchConfig, corpus *bench.Corpus, kg bench.Rate, log io.Writer) []bench.Figure {
	const base = "compromise (npm): people, places, organizations"
	fmt.Fprintf(log, "kg bench: compromise on the same %d documents, %d node processes\n", len(corpus.Docs), c.Workers)
	r, err := bench.Compromise(ctx, c.Compromise, corpus, c.Workers, c.Duration)
	if err != nil {
		fmt.Fprintf(log, "kg bench: compromise skipped: %v\n", err)
		missing := "compromise not run"
		if !errors.Is(err, bench.ErrNoCompromise) {
			missing = "compromise failed"
		}
		return []bench.Figure{{Key: "extract.compromise", Name: "extraction vs compromise (npm)", Unit: "words/s", Missing: missing, Note: err.Error()}}
	}
	f := bench.NewFigure("extract.compromise", fmt.Sprintf("extraction vs compromise, %d workers", c.Workers), "words/s",
		kg.PerSecond(), r.PerSecond(), base, false)
	f.Note = fmt.Sprintf("compromise: %d words in %s wall over %d node processes; kg finds far more (roles, events, commitments, attributions)", r.Count, r.Elapsed.Round(time.Millisecond), c.Workers)
	fc := bench.NewFigure("extract.compromise.cpu", "extraction vs compromise, per CPU-second", "words/s",
		kg.PerCPUSecond(), r.PerCPUSecond(), base, false)
	fc.Note = "CPU time of kg's process against the node processes' own"
	return []bench.Figure{f, fc}
}
