package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/testenv"
)

// TestReadCorpus reads every real article: one document each, body equal
// to the file, and the leading date marker recognised where present.
func TestReadCorpus(t *testing.T) {
	files := testenv.CorpusTexts(t)
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
