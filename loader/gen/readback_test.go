package gen

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/document"
)

// TestReadBack writes a corpus and reads it back through loader/document,
// as `kg load` and `kg extract` do: every document has its ground truth,
// the body the reader gives is the one the gold offsets refer to, and the
// metadata the file states is what the gold says.
func TestReadBack(t *testing.T) {
	dir := t.TempDir()
	sum, err := Write(dir, Config{Docs: 60, Seed: 4, Gaz: testGazetteer(t)})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Docs != 60 || sum.Records == 0 || sum.Words == 0 {
		t.Fatalf("summary %+v: want 60 documents with some JSON Lines records", sum)
	}
	seen := 0
	for doc, err := range document.All([]string{dir}, document.Options{}) {
		if err != nil {
			if document.IsSkip(err) && strings.Contains(err.Error(), string(filepath.Separator)+"gold"+string(filepath.Separator)) {
				continue // the ground truth files are not documents
			}
			t.Errorf("read: %v", err)
			continue
		}
		seen++
		raw, err := os.ReadFile(filepath.Join(dir, "gold", doc.ID+".json"))
		if err != nil {
			t.Errorf("%s: no ground truth: %v", doc.ID, err)
			continue
		}
		var g Gold
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Errorf("%s: gold: %v", doc.ID, err)
			continue
		}
		body := []rune(doc.Body)
		for _, p := range g.Persons {
			checkSpans(t, doc.ID, body, p.Evidence)
		}
		for _, l := range [][]GoldEntity{g.Countries, g.Organizations, g.Places} {
			for _, e := range l {
				checkSpans(t, doc.ID, body, e.Evidence)
			}
		}
		if doc.Explicit["date"] && (g.Document.Date == nil || doc.Date != *g.Document.Date) {
			t.Errorf("%s: reader date %q, gold %v", doc.ID, doc.Date, g.Document.Date)
		}
		if doc.Explicit["title"] && (g.Document.Title == nil || doc.Title != *g.Document.Title) {
			t.Errorf("%s: reader title %q, gold %v", doc.ID, doc.Title, g.Document.Title)
		}
		if doc.Explicit["outlet"] && (g.Document.Outlet == nil || doc.Outlet != *g.Document.Outlet) {
			t.Errorf("%s: reader outlet %q, gold %v", doc.ID, doc.Outlet, g.Document.Outlet)
		}
		if doc.Explicit["authors"] && !slices.Equal(doc.Authors, g.Document.Authors) {
			t.Errorf("%s: reader authors %q, gold %q", doc.ID, doc.Authors, g.Document.Authors)
		}
		if doc.Explicit["kind"] && string(doc.Kind) != g.Document.Kind {
			t.Errorf("%s: reader kind %q, gold %q", doc.ID, doc.Kind, g.Document.Kind)
		}
		if doc.Format != "txt" && !doc.Explicit["date"] {
			t.Errorf("%s: %s document without an explicit date", doc.ID, doc.Format)
		}
	}
	if seen != 60 {
		t.Errorf("read back %d documents, wrote 60", seen)
	}
	batches, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	for _, b := range batches {
		data, err := os.ReadFile(b)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(data), "\n"); n > RecordsPerBatch {
			t.Errorf("%s holds %d records, more than %d", b, n, RecordsPerBatch)
		}
	}
}

func checkSpans(t *testing.T, id string, body []rune, spans []Span) {
	t.Helper()
	for _, s := range spans {
		if s.Start < 0 || s.End > len(body) || string(body[s.Start:s.End]) != s.Text {
			t.Errorf("%s: span %d-%d %q does not match the body the reader gives", id, s.Start, s.End, s.Text)
		}
	}
}
