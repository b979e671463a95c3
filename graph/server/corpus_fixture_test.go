package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
)

// corpusPaths lists ../shared/corpus/*.txt beside the repository root
// (found by walking up to go.mod), or skips the test.
func corpusPaths(t *testing.T) []string {
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
		t.Skip("shared corpus not found beside the repository (../shared/corpus/*.txt): skipping corpus API test")
	}
	sort.Strings(files)
	return files
}

var corpusStore struct {
	once sync.Once
	st   store.Store
	ix   *search.Index
	err  error
}

// corpusServer serves the corpus, loaded once into a mem store through the
// real loader (gazetteer, extraction pipeline, quads), with a synced
// in-memory search index.
func corpusServer(t *testing.T, cfg server.Config) (*server.Server, *client.Client) {
	t.Helper()
	files := corpusPaths(t)
	corpusStore.once.Do(func() {
		corpusStore.st, corpusStore.ix, corpusStore.err = loadCorpus(files)
	})
	if corpusStore.err != nil {
		t.Fatal(corpusStore.err)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	cfg.Search = corpusStore.ix
	s := server.New(corpusStore.st.QuadStore(), cfg)
	return s, newClient(s)
}

func loadCorpus(files []string) (store.Store, *search.Index, error) {
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		return nil, nil, err
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, nil, err
	}
	p, err := extract.New(gaz, data.FS)
	if err != nil {
		return nil, nil, err
	}
	l := &loader.Loader{Store: st, Extract: p.Run, ToQuads: quads.FromResult, Workers: 1}
	if _, err := l.PutCurated(ctx, "gazetteer", quads.GazetteerQuads(gaz)); err != nil {
		return nil, nil, err
	}
	if _, err := l.Load(ctx, files); err != nil {
		return nil, nil, err
	}
	ix, err := search.OpenMem()
	if err != nil {
		return nil, nil, err
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		return nil, nil, err
	}
	if n, err := st.Count(ctx); err != nil || n == 0 {
		return nil, nil, fmt.Errorf("corpus store holds %d quads: %v", n, err)
	}
	return st, ix, nil
}
