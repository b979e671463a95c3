package events

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/token"
)

func BenchmarkZZFind(b *testing.B) {
	st, _ := NewStage(nil, data.FS)
	s := st.(eventStage)
	files, _ := filepath.Glob("../testdata/heldout/*.txt")
	var all [][]token.Tok
	n := 0
	for _, f := range files {
		body, _ := os.ReadFile(f)
		l := token.NewLayer(string(body))
		all = append(all, l.Toks)
		n += len(l.Toks)
	}
	var sh segHits
	var buf []segHit
	var slab []token.Hit
	b.ResetTimer()
	for range b.N {
		for _, toks := range all {
			for i := 0; i < len(toks); i += 30 {
				slab = slab[:0]
				buf = s.Lex.eagerLists.find(toks[i:min(len(toks), i+30)], &sh, buf, &slab)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*b.N), "ns/tok")
}
