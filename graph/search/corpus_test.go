package search_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/graph/store/storetest"
	"github.com/kg-project/kg/internal/bench"
	"github.com/kg-project/kg/internal/testenv"
)

var corpus struct {
	once sync.Once
	st   store.Store
	ix   *search.Index
	err  error
	took time.Duration
}

// corpusIndex is a mem store with the gazetteer and the corpus through the
// real extraction pipeline, and an index synced with it (built once).
func corpusIndex(t testing.TB) (store.Store, *search.Index) {
	t.Helper()
	files := testenv.CorpusTexts(t)
	corpus.once.Do(func() {
		ctx := context.Background()
		st, err := store.Open(ctx, "mem:")
		if err != nil {
			corpus.err = err
			return
		}
		if err := storetest.PutExtracted(ctx, st, files); err != nil {
			corpus.err = err
			return
		}
		ix, err := search.OpenMem()
		if err != nil {
			corpus.err = err
			return
		}
		start := time.Now()
		if _, err := ix.Sync(ctx, st); err != nil {
			corpus.err = err
			return
		}
		corpus.took = time.Since(start)
		corpus.st, corpus.ix = st, ix
	})
	if corpus.err != nil {
		t.Fatal(corpus.err)
	}
	return corpus.st, corpus.ix
}

func TestSearchCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the corpus: skipped with -short")
	}
	_, ix := corpusIndex(t)
	n, _ := ix.Count()
	t.Logf("indexed %d nodes in %v", n, corpus.took)
	// A prefix of a name finds the person, whatever transliteration is stored.
	hits := find(t, ix, "zelen", "PERSON")
	if len(hits) == 0 || !strings.HasPrefix(strings.ToLower(hits[0].Label), "volodymyr zelen") {
		t.Errorf("Search(zelen, PERSON) = %v", ids(hits))
	}
	hits = find(t, ix, "zelenskiy")
	if len(hits) == 0 || hits[0].Kind != "PERSON" || len(hits[0].SourceIDs) == 0 {
		t.Errorf("Search(zelenskiy) = %+v", hits)
	}
	// An organization's full name ranks it first, above the sentences and
	// titles that mention it.
	hits = find(t, ix, "coalition of the willing")
	if len(hits) < 2 || hits[0].ID != "org:coalition-of-the-willing" || hits[0].Score <= hits[1].Score {
		t.Errorf("Search(coalition of the willing) = %v", ids(hits))
	}
	// Facts of the corpus are found by their words, each with its sources.
	for _, c := range []struct{ text, kind string }{{"ceasefire", "COMMITMENT"}, {"ceasefire", "SENTENCE"}, {"Ukraine", "CLAIM"}, {"security guarantees", "SOURCE"}} {
		hits := find(t, ix, c.text, c.kind)
		if len(hits) == 0 {
			t.Errorf("no %s matches %q", c.kind, c.text)
			continue
		}
		if len(hits[0].SourceIDs) == 0 || hits[0].Kind != c.kind {
			t.Errorf("%s hit for %q without source or of another kind: %+v", c.kind, c.text, hits[0])
		}
		t.Logf("%q %s: %s %q", c.text, c.kind, hits[0].ID, hits[0].Snippet)
	}
}

func BenchmarkSearch(b *testing.B) {
	_, ix := corpusIndex(b)
	ctx := context.Background()
	queries := []string{"zelen", "Macron", "security guarantees", "troops", "coalition of the willing", "ceasefire monitoring"}
	b.ResetTimer()
	cpu := bench.ProcessCPU()
	for i := 0; i < b.N; i++ {
		if _, _, err := ix.Search(ctx, queries[i%len(queries)], nil, 20); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time per search, which the machine's load does not inflate.
	b.ReportMetric(float64((bench.ProcessCPU()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
