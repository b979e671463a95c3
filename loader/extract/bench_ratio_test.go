package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// wideDocs reads the wide development texts ($HOME/corpus-wide/NN.txt, or
// KG_WIDE_DIR; retrieved once per machine as ../shared/corpus-wide/README.md
// says, never kept in the repository); nil when they are not there.
func wideDocs(b *testing.B) ([]*document.Document, int) {
	b.Helper()
	dir := os.Getenv("KG_WIDE_DIR")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, 0
		}
		dir = filepath.Join(home, "corpus-wide")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs []*document.Document
	words := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("read %s: %v", f, err)
		}
		docs = append(docs, &document.Document{ID: filepath.Base(f), Body: string(body), Explicit: map[string]bool{}})
		words += len(strings.Fields(string(body)))
	}
	return docs, words
}

// passOver runs p over every document once on workers goroutines.
func passOver(b *testing.B, p *Pipeline, docs []*document.Document, workers int) {
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
}

// BenchmarkVsSplitter runs the whole pipeline and, in the same iteration,
// the sentence splitter alone over the same documents on all cores, and
// reports words/s of each and their ratio (kg-x-splitter): a ratio holds
// on a shared machine where a bare words/s does not. Sub-benchmarks: 200
// generated articles, and the wide development texts when retrieved.
func BenchmarkVsSplitter(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		b.Fatal(err)
	}
	seg := SegmentOnly(gaz)
	workers := runtime.GOMAXPROCS(0)
	gen, genWords := benchDocs(b, gaz, 200)
	wide, wideWords := wideDocs(b)
	for _, set := range []struct {
		name  string
		docs  []*document.Document
		words int
	}{{"generated", gen, genWords}, {"wide", wide, wideWords}} {
		b.Run(set.name, func(b *testing.B) {
			if len(set.docs) == 0 {
				b.Skip("wide development texts not retrieved (../shared/corpus-wide/README.md)")
			}
			var full, split time.Duration
			for range b.N {
				t0 := time.Now()
				passOver(b, seg, set.docs, workers)
				t1 := time.Now()
				passOver(b, p, set.docs, workers)
				split += t1.Sub(t0)
				full += time.Since(t1)
			}
			words := float64(set.words * b.N)
			b.ReportMetric(words/full.Seconds(), "words/s")
			b.ReportMetric(words/split.Seconds(), "splitter-words/s")
			b.ReportMetric(split.Seconds()/full.Seconds(), "kg-x-splitter")
		})
	}
}

// BenchmarkStageAllocs runs each stage alone over 200 generated documents
// (one core) and reports the bytes and objects each allocates per word of
// text: the allocation profile by stage that the README shows.
func BenchmarkStageAllocs(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		b.Fatal(err)
	}
	docs, words := benchDocs(b, gaz, 200)
	samples := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/heap/allocs:objects"}}
	read := func() (uint64, uint64) {
		metrics.Read(samples)
		return samples[0].Value.Uint64(), samples[1].Value.Uint64()
	}
	bytes := make([]uint64, len(p.Stages))
	objects := make([]uint64, len(p.Stages))
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			a := model.NewAnalysis(d, gaz)
			for i, s := range p.Stages {
				b0, o0 := read()
				if err := s.Apply(a); err != nil {
					b.Fatal(err)
				}
				b1, o1 := read()
				bytes[i] += b1 - b0
				objects[i] += o1 - o0
			}
			a.ReleaseTokens()
		}
	}
	n := float64(words * b.N)
	for i, s := range p.Stages {
		name := stageName(s)
		b.ReportMetric(float64(bytes[i])/n, name+"-B/word")
		b.ReportMetric(float64(objects[i])/n, name+"-allocs/word")
	}
}

// stageName names a stage for a benchmark metric by its package and type:
// "datementions" for datementions.Stage, "numbers.Claims" for
// numbers.ClaimsStage, "entities.person" for entities.personStage.
func stageName(s model.Stage) string {
	pkg, typ, _ := strings.Cut(fmt.Sprintf("%T", s), ".")
	if typ = strings.TrimSuffix(typ, "Stage"); typ == "" {
		return pkg
	}
	return pkg + "." + typ
}
