package testenv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRepoRootHoldsTheModule(t *testing.T) {
	root := RepoRoot(t)
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "module github.com/kg-project/kg") {
		t.Errorf("%s/go.mod is not the kg module", root)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "testenv", "testenv.go")); err != nil {
		t.Errorf("root %s does not hold this package: %v", root, err)
	}
}

func TestCorpusTextsAreSortedArticles(t *testing.T) {
	files := CorpusTexts(t)
	for i, f := range files {
		if filepath.Ext(f) != ".txt" || filepath.Dir(f) != Corpus(t) {
			t.Errorf("%s is not a corpus article", f)
		}
		if i > 0 && files[i-1] >= f {
			t.Errorf("not sorted: %s before %s", files[i-1], f)
		}
	}
	if filepath.Dir(Corpus(t)) != Shared(t) || filepath.Dir(Gold(t)) != Corpus(t) {
		t.Errorf("corpus %s, gold %s not under shared %s", Corpus(t), Gold(t), Shared(t))
	}
}

func TestScorerIsThePythonScript(t *testing.T) {
	s := Scorer(t)
	if filepath.Base(s) != "score.py" || filepath.Dir(filepath.Dir(s)) != Shared(t) {
		t.Errorf("Scorer = %s", s)
	}
	if Python(t) == "" {
		t.Error("Python returned an empty path")
	}
}

// TestMissingFolderSkips checks that an absent folder skips the test
// rather than failing it.
func TestMissingFolderSkips(t *testing.T) {
	var skipped bool
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		existing(t, filepath.Join(t.TempDir(), "nothing-here"), "test folder")
		t.Error("existing returned for an absent folder")
	})
	if !skipped {
		t.Error("absent folder did not skip")
	}
}

func TestPostgresNoteSaysRunOrSkippedAndWhy(t *testing.T) {
	skipped := PostgresNote("graph/store", "conformance tests", "")
	if !strings.Contains(skipped, "graph/store: PostgreSQL conformance tests skipped") || !strings.Contains(skipped, PostgresEnv+" is not set") {
		t.Errorf("note when unset: %q", skipped)
	}
	ran := PostgresNote("graph/store", "conformance tests", "postgres://kg:secret@127.0.0.1:54329/kg?sslmode=disable")
	if !strings.Contains(ran, "run against "+PostgresEnv) || !strings.Contains(ran, "127.0.0.1:54329/kg") || strings.Contains(ran, "secret") {
		t.Errorf("note when set: %q", ran)
	}
}
