package extract

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/gen"
)

// benchDocs generates n documents with the corpus generator, so the
// benchmark needs no files and measures text like the scale runs.
func benchDocs(b *testing.B, gaz *gazetteer.Gazetteer, n int) ([]*document.Document, int) {
	b.Helper()
	arts, err := gen.Generate(gen.Config{Docs: n, Seed: 1, Gaz: gaz})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*document.Document
	words := 0
	for art := range arts {
		docs = append(docs, &document.Document{ID: art.ID, Body: art.Body, Explicit: map[string]bool{}})
		words += len(strings.Fields(art.Body))
	}
	return docs, words
}

// BenchmarkPipeline runs the whole default pipeline over 200 generated
// documents on all cores and reports words per second and CPU time per
// word (which the load of a shared machine disturbs less than wall time).
func BenchmarkPipeline(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		b.Fatal(err)
	}
	docs, words := benchDocs(b, gaz, 200)
	workers := runtime.GOMAXPROCS(0)
	cpu0 := processCPUTime()
	b.ResetTimer()
	for range b.N {
		passOver(b, p, docs, workers)
	}
	cpu := processCPUTime() - cpu0
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(words*b.N), "cpu-ns/word")
	}
}

// BenchmarkStages times each stage of the pipeline alone over the same
// documents (one core) and reports each stage's CPU share in ns/word.
func BenchmarkStages(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		b.Fatal(err)
	}
	docs, words := benchDocs(b, gaz, 200)
	spent := make([]time.Duration, len(p.Stages))
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			a := model.NewAnalysis(d, gaz)
			for i, s := range p.Stages {
				t0 := time.Now()
				if err := s.Apply(a); err != nil {
					b.Fatal(err)
				}
				spent[i] += time.Since(t0)
			}
		}
	}
	for i, s := range p.Stages {
		name := stageName(s)
		b.ReportMetric(float64(spent[i].Nanoseconds())/float64(words*b.N), name+"-ns/word")
	}
}

// BenchmarkTextEntityStages runs the text and entity stages (not the fact
// stages) over 200 generated documents on one core.
func BenchmarkTextEntityStages(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	var stages []model.Stage
	for _, list := range [][]stageBuilder{textStages, entityStages} {
		for _, sb := range list {
			s, err := sb.build(gaz, data.FS)
			if err != nil {
				b.Fatal(err)
			}
			stages = append(stages, s)
		}
	}
	docs, words := benchDocs(b, gaz, 200)
	cpu0 := processCPUTime()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			a := model.NewAnalysis(d, gaz)
			for _, s := range stages {
				if err := s.Apply(a); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	cpu := processCPUTime() - cpu0
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(words*b.N), "cpu-ns/word")
}
