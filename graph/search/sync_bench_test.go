package search_test

import (
	"context"
	"testing"

	"github.com/kg-project/kg/graph/search"
)

// BenchmarkSyncCorpus indexes the gazetteer and the corpus from scratch.
func BenchmarkSyncCorpus(b *testing.B) {
	st, _ := corpusIndex(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, err := search.OpenMem()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Sync(ctx, st); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}
