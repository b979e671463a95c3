package gen

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteIsDeterministic(t *testing.T) {
	for name, gaz := range gazetteers(t) {
		t.Run(name, func(t *testing.T) {
			g := gaz(t)
			a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
			for _, dir := range []string{a, b} {
				if _, err := Write(dir, Config{Docs: 20, Seed: 1, Gaz: g}); err != nil {
					t.Fatalf("Write %s: %v", dir, err)
				}
			}
			if _, err := Write(c, Config{Docs: 20, Seed: 2, Gaz: g}); err != nil {
				t.Fatalf("Write %s: %v", c, err)
			}
			fa, fb, fc := readTree(t, a), readTree(t, b), readTree(t, c)
			if len(fa) != len(fb) {
				t.Fatalf("same seed wrote %d and %d files", len(fa), len(fb))
			}
			for name, data := range fa {
				if !bytes.Equal(data, fb[name]) {
					t.Errorf("same seed, different bytes in %s", name)
				}
			}
			same := 0
			for name, data := range fa {
				if bytes.Equal(data, fc[name]) {
					same++
				}
			}
			if same > 0 {
				t.Errorf("seeds 1 and 2 wrote %d identical files", same)
			}
		})
	}
}

// TestDocumentDoesNotDependOnCount checks that document i is the same
// whether 5 or 20 documents are generated.
func TestDocumentDoesNotDependOnCount(t *testing.T) {
	g := testGazetteer(t)
	short, long := generate(t, g, 5, 9), generate(t, g, 20, 9)
	for i := range short {
		if short[i].Body != long[i].Body || short[i].ID != long[i].ID {
			t.Errorf("document %d differs between runs of 5 and 20", i)
		}
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = data
		return nil
	})
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	return out
}

func TestVariety(t *testing.T) {
	for name, gaz := range gazetteers(t) {
		t.Run(name, func(t *testing.T) {
			arts := generate(t, gaz(t), 60, 3)
			outlets, titles, dates, formats, kinds := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]int{}, map[string]int{}
			persons := map[string]bool{}
			for _, a := range arts {
				outlets[a.Outlet] = true
				titles[a.Title] = true
				dates[a.Date] = true
				formats[a.Format]++
				kinds[a.Kind]++
				for _, p := range a.Gold.Persons {
					persons[p.Name] = true
				}
				if a.Date < "2025-01-01" || a.Date > "2026-12-31" {
					t.Errorf("%s: date %s outside 2025-2026", a.ID, a.Date)
				}
			}
			if len(outlets) < 3 {
				t.Errorf("%d distinct outlets in 60 documents, want at least 3", len(outlets))
			}
			if len(titles) < 40 {
				t.Errorf("%d distinct titles in 60 documents, want at least 40", len(titles))
			}
			if len(dates) < 40 {
				t.Errorf("%d distinct dates in 60 documents, want at least 40", len(dates))
			}
			if len(persons) < 6 {
				t.Errorf("%d distinct persons in 60 documents, want at least 6", len(persons))
			}
			for _, f := range []string{"txt", "md", "jsonl"} {
				if formats[f] == 0 {
					t.Errorf("no %s document among 60", f)
				}
			}
			if kinds["primary"] == 0 || kinds["secondary"] == 0 {
				t.Errorf("kinds %v: want both primary statements and secondary reports", kinds)
			}
		})
	}
}

func TestArticleLength(t *testing.T) {
	arts := generate(t, realGazetteer(t), 40, 5)
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Body))
	}
	if avg := words / len(arts); avg < 250 || avg > 550 {
		t.Errorf("average body length %d words, want about 300-500", avg)
	}
}

func TestGenerateNeedsGazetteer(t *testing.T) {
	if _, err := Generate(Config{Docs: 1}); err == nil {
		t.Fatal("Generate without a gazetteer: no error")
	}
}
