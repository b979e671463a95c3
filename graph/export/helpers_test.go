package export_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/loader/quads/quadstest"
	"github.com/kg-project/kg/schema"
)

// fixtureStore is a mem store holding the two hand-written fixture
// documents, each under its own label with its completeness marker.
func fixtureStore(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	fixtures, err := quadstest.Fixtures()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fixtures {
		qq, err := quads.FromResult(f.Doc, f.Result)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.PutDocument(ctx, schema.SourceIRI(f.Doc.ID), "hash-"+f.Doc.ID, qq); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// corpusStore is a mem store with the gazetteer and the shared corpus run
// through the real extraction pipeline; the test is skipped when the
// corpus is absent.
func corpusStore(t testing.TB) store.Store {
	t.Helper()
	files := corpusFiles(t)
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutDocument(ctx, schema.GazetteerLabel, "gazetteer", quads.GazetteerQuads(gaz)); err != nil {
		t.Fatal(err)
	}
	p, err := extract.New(gaz, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		docs, errs := document.Read(path, document.Options{})
		if len(errs) > 0 {
			t.Fatalf("read %s: %v", path, errs)
		}
		for _, doc := range docs {
			res, err := p.Run(doc)
			if err != nil {
				t.Fatalf("extract %s: %v", path, err)
			}
			qq, err := quads.FromResult(doc, res)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.PutDocument(ctx, schema.SourceIRI(doc.ID), doc.Hash, qq); err != nil {
				t.Fatal(err)
			}
		}
	}
	return st
}

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

// allQuads returns every quad of a store, as N-Quads lines, sorted.
func allQuads(t testing.TB, st store.Store) []string {
	t.Helper()
	qs := st.QuadStore()
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		q := qs.Quad(it.Result())
		if q.IsValid() {
			out = append(out, q.NQuad())
		}
	}
	sort.Strings(out)
	return out
}
