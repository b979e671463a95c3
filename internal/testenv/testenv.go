// Package testenv finds, for tests, the repository root and the read-only
// ../shared folder beside it: the dev corpus, its gold annotation and the
// scorer. What is absent makes the test skip with a message saying what
// was looked for and where.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// RepoRoot returns the repository root: the nearest folder holding go.mod
// above the working directory (a test's package folder).
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("find repository root: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("find repository root: no go.mod above %s", dir)
		}
		dir = parent
	}
}

// Shared returns the ../shared folder beside the repository root, or
// skips the test when it is absent.
func Shared(t testing.TB) string {
	t.Helper()
	return existing(t, filepath.Join(RepoRoot(t), "..", "shared"), "shared folder")
}

// Corpus returns the dev corpus folder ../shared/corpus, or skips.
func Corpus(t testing.TB) string {
	t.Helper()
	return existing(t, filepath.Join(Shared(t), "corpus"), "dev corpus")
}

// Gold returns the corpus's hand annotation folder ../shared/corpus/gold,
// or skips.
func Gold(t testing.TB) string {
	t.Helper()
	return existing(t, filepath.Join(Corpus(t), "gold"), "gold annotation")
}

// CorpusTexts returns the paths of the corpus articles
// (../shared/corpus/*.txt), sorted, or skips when there are none.
func CorpusTexts(t testing.TB) []string {
	t.Helper()
	dir := Corpus(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no corpus articles (*.txt) in %s: skipping", dir)
	}
	sort.Strings(files)
	return files
}

// Scorer returns the path of ../shared/tools/score.py, or skips when the
// script or python3 (see Python) is absent.
func Scorer(t testing.TB) string {
	t.Helper()
	script := existing(t, filepath.Join(Shared(t), "tools", "score.py"), "scorer")
	Python(t)
	return script
}

// Python returns the path of the python3 interpreter, or skips.
func Python(t testing.TB) string {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 not installed: skipping: %v", err)
	}
	return path
}

// existing returns path when it exists, and skips the test otherwise.
func existing(t testing.TB, path, what string) string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found at %s: skipping: %v", what, path, err)
	}
	return filepath.Clean(path)
}
