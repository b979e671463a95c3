package search_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// corpusFiles lists ../shared/corpus/*.txt beside the repository root.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		t.Skip("shared corpus not found beside the repository (../shared/corpus/*.txt): skipping corpus test")
	}
	sort.Strings(files)
	return files
}

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
	files := corpusFiles(t)
	corpus.once.Do(func() {
		ctx := context.Background()
		st, err := store.Open(ctx, "mem:")
		if err != nil {
			corpus.err = err
			return
		}
		gaz, err := gazetteer.Default()
		if err != nil {
			corpus.err = err
			return
		}
		if _, err := st.PutDocument(ctx, schema.GazetteerLabel, "gazetteer", quads.GazetteerQuads(gaz)); err != nil {
			corpus.err = err
			return
		}
		p, err := extract.New(gaz, data.FS)
		if err != nil {
			corpus.err = err
			return
		}
		for _, path := range files {
			docs, _ := document.Read(path, document.Options{})
			for _, doc := range docs {
				res, err := p.Run(doc)
				if err != nil {
					corpus.err = err
					return
				}
				qq, err := quads.FromResult(doc, res)
				if err != nil {
					corpus.err = err
					return
				}
				if _, err := st.PutDocument(ctx, schema.SourceIRI(doc.ID), doc.Hash, qq); err != nil {
					corpus.err = err
					return
				}
			}
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
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, _, err := ix.Search(ctx, queries[i%len(queries)], nil, 20); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time per search, which the machine's load does not inflate.
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
