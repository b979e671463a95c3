package gen

import (
	"io/fs"
	"testing"

	"github.com/kg-project/kg/data"

	"github.com/kg-project/kg/loader/gazetteer"
)

// realGazetteer returns the bundled gazetteer, skipping the test when it
// does not load (it is data other work may be editing).
func realGazetteer(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Skipf("bundled gazetteer does not load, skipping: %v", err)
	}
	return g
}

// generate returns n articles of seed from gaz.
func generate(t *testing.T, gaz *gazetteer.Gazetteer, n int, seed int64) []*Article {
	t.Helper()
	docs, err := Generate(Config{Docs: n, Seed: seed, Gaz: gaz})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	var out []*Article
	for a := range docs {
		out = append(out, a)
	}
	if len(out) != n {
		t.Fatalf("Generate yielded %d articles, want %d", len(out), n)
	}
	return out
}

// gazetteers are the two gazetteers the tests run against: the small one
// written for the tests, and the bundled one when it loads.
func gazetteers(t *testing.T) map[string]func(*testing.T) *gazetteer.Gazetteer {
	return map[string]func(*testing.T) *gazetteer.Gazetteer{
		"fixture": testGazetteer,
		"bundled": realGazetteer,
	}
}

// dataFS is the bundled data.
func dataFS(t *testing.T) fs.FS {
	t.Helper()
	return data.FS
}

func gazetteerForBench() (*gazetteer.Gazetteer, error) { return gazetteer.Default() }
