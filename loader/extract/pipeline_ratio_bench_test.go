package extract

import (
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/gazetteer"
)

// runOnWorkers runs p over docs on workers goroutines and returns the
// wall and CPU time it took.
func runOnWorkers(b *testing.B, p *Pipeline, docs []*document.Document, workers int) (wall, cpu time.Duration) {
	cpu0, t0 := processCPUTime(), time.Now()
	var wg sync.WaitGroup
	next := make(chan *document.Document)
	for range workers {
		wg.Go(func() {
			for d := range next {
				if _, err := p.Run(d); err != nil {
					b.Error(err)
				}
			}
		})
	}
	for _, d := range docs {
		next <- d
	}
	close(next)
	wg.Wait()
	return time.Since(t0), processCPUTime() - cpu0
}

// BenchmarkPipelineVsSplitter runs, in each iteration, the sentence
// splitter alone and then the whole pipeline over the same 200 generated
// documents on all cores, and reports the pipeline's words per second
// (wall and CPU) with their ratios to the splitter's in the same run: on
// a shared machine the ratios move less than the rates, as `kg bench`
// reports them.
func BenchmarkPipelineVsSplitter(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		b.Fatal(err)
	}
	seg := SegmentOnly(gaz)
	docs, words := benchDocs(b, gaz, 200)
	workers := runtime.GOMAXPROCS(0)
	var segWall, segCPU, fullWall, fullCPU time.Duration
	b.ResetTimer()
	for range b.N {
		w, c := runOnWorkers(b, seg, docs, workers)
		segWall, segCPU = segWall+w, segCPU+c
		w, c = runOnWorkers(b, p, docs, workers)
		fullWall, fullCPU = fullWall+w, fullCPU+c
	}
	n := float64(words * b.N)
	rate := func(d time.Duration) float64 { return n / max(d.Seconds(), 1e-9) }
	b.ReportMetric(rate(fullWall), "words/s")
	b.ReportMetric(rate(fullWall)/rate(segWall), "wall-ratio")
	b.ReportMetric(rate(fullCPU)*float64(workers), "cpu-words/s")
	b.ReportMetric(rate(fullCPU)/rate(segCPU), "cpu-ratio")
}
