package bench

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/loader/document"
)

func compromiseCorpus() *Corpus {
	docs := []*document.Document{
		{ID: "a", Body: "Maria Olsen of Nordvik Shipping met the mayor of Lyon on Monday."},
		{ID: "b", Body: "The ministers of Chile and Peru signed a water accord in Lima."},
	}
	c := &Corpus{Docs: docs}
	for _, d := range docs {
		c.Words += int64(len(strings.Fields(d.Body)))
	}
	return c
}

// A folder without the installed package is ErrNoCompromise, which kg
// bench reports as a skipped figure rather than a failed run.
func TestCompromiseNotInstalled(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	_, err := Compromise(context.Background(), t.TempDir(), compromiseCorpus(), 1, time.Millisecond)
	if !errors.Is(err, ErrNoCompromise) {
		t.Fatalf("Compromise in an empty folder: err = %v, want ErrNoCompromise", err)
	}
}

// With node and the pinned package installed (.ci/run runs npm ci in
// internal/bench/compromise), the runner processes every word of every
// pass on each worker.
func TestCompromiseRuns(t *testing.T) {
	dir, err := filepath.Abs("compromise")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "compromise")); err != nil {
		if os.Getenv("KG_REQUIRE_COMPROMISE") != "" {
			t.Fatalf("KG_REQUIRE_COMPROMISE set but compromise is not installed in %s", dir)
		}
		t.Skip("compromise not installed (npm ci in internal/bench/compromise)")
	}
	c := compromiseCorpus()
	r, err := Compromise(context.Background(), dir, c, 2, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	// Whole passes only, at least one on each of the two processes: a
	// multiple of the corpus's word count, at least twice it.
	words := c.Words
	if r.Count < 2*words || r.Count%words != 0 {
		t.Fatalf("Compromise counted %d words, want a multiple (>= 2) of %d", r.Count, words)
	}
	if r.Elapsed < 50*time.Millisecond || r.CPU <= 0 {
		t.Fatalf("Compromise rate %+v: elapsed below the minimum or no CPU time", r)
	}
}
