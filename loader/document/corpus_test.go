package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir finds ../shared/corpus beside the repository root (the folder
// holding go.mod), or skips the test.
func corpusDir(t *testing.T) string {
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
	corpus := filepath.Join(dir, "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("corpus not available at %s: %v", corpus, err)
	}
	return corpus
}

// TestReadCorpus reads every real article: one document each, body equal
// to the file, and the leading date marker recognised where present.
func TestReadCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir(t), "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no corpus files: %v", err)
	}
	res := Walk([]string{filepath.Dir(files[0])})
	if len(res.Errors) != 0 {
		t.Fatalf("walk errors: %v", res.Errors)
	}
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc := readOne(t, path)
		if doc.Body != string(raw) || doc.BodyOffset != 0 {
			t.Errorf("%s: body differs from the file", path)
		}
		if len(doc.Warnings) != 0 {
			t.Errorf("%s: warnings %q", path, doc.Warnings)
		}
		firstLine, _, _ := strings.Cut(string(raw), "\n")
		wantDate := ""
		if fields := strings.Fields(firstLine); len(fields) >= 2 && fields[0] == "date" {
			wantDate = fields[1]
		}
		if doc.Date != wantDate || doc.Explicit["date"] != (wantDate != "") {
			t.Errorf("%s: date %q explicit %v, want %q from the marker", path, doc.Date, doc.Explicit["date"], wantDate)
		}
		if !strings.HasPrefix(filepath.Base(path), doc.ID) {
			t.Errorf("%s: ID %q is not the base name", path, doc.ID)
		}
	}
}
