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
	b.Helper()
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

// BenchmarkPipelineVsSplitter runs the whole pipeline and the sentence
// splitter alone (the baseline of `kg bench`) in turns over the same 200
// generated documents on GOMAXPROCS workers, and reports the pipeline's
// words per second, wall and CPU, each also as a ratio to the splitter's
// in the same run, which the load of a shared machine disturbs less.
func BenchmarkPipelineVsSplitter(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	full, err := New(gaz, data.FS)
	if err != nil {
		b.Fatal(err)
	}
	split := SegmentOnly(gaz)
	docs, words := benchDocs(b, gaz, 200)
	workers := runtime.GOMAXPROCS(0)
	var fullWall, fullCPU, splitWall, splitCPU time.Duration
	b.ResetTimer()
	for range b.N {
		w, c := runOnWorkers(b, split, docs, workers)
		splitWall, splitCPU = splitWall+w, splitCPU+c
		w, c = runOnWorkers(b, full, docs, workers)
		fullWall, fullCPU = fullWall+w, fullCPU+c
	}
	n := float64(words * b.N)
	b.ReportMetric(n/fullWall.Seconds(), "words/s")
	b.ReportMetric(splitWall.Seconds()/fullWall.Seconds(), "wall-ratio")
	if fullCPU > 0 && splitCPU > 0 {
		b.ReportMetric(n/fullCPU.Seconds(), "cpu-words/s")
		b.ReportMetric(splitCPU.Seconds()/fullCPU.Seconds(), "cpu-ratio")
	}
}
