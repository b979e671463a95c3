package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// BenchmarkEntityStages runs the entity stages alone over the corpus
// texts and reports words per second.
func BenchmarkEntityStages(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		b.Skip("skipping: corpus not present")
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	var stages []model.Stage
	for _, sb := range entityStages {
		s, err := sb.build(gaz, data.FS)
		if err != nil {
			b.Fatal(err)
		}
		stages = append(stages, s)
	}
	var bodies []string
	words := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(raw))
		words += len(strings.Fields(string(raw)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, body := range bodies {
			a := model.NewAnalysis(&document.Document{ID: "bench", Body: body, Explicit: map[string]bool{}}, gaz)
			for _, s := range stages {
				if err := s.Apply(a); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
