package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/internal/testenv"
)

// run runs one kg command line and returns its status and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := dispatch(args, &out, &errb)
	return code, out.String(), errb.String()
}

func quadCount(t *testing.T, url string) int64 {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := st.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestLoadTwiceThenQueryAnyAlias(t *testing.T) {
	url := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	txts := testenv.CorpusTexts(t)
	args := append([]string{"load", "--store", url}, txts...)
	if code, out, errs := run(t, args...); code != 0 {
		t.Fatalf("first load: status %d\n%s\n%s", code, out, errs)
	}
	first := quadCount(t, url)
	code, out, errs := run(t, args...)
	if code != 0 {
		t.Fatalf("second load: status %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "0 loaded") || !strings.Contains(out, "unchanged") {
		t.Errorf("second load summary = %q, want nothing loaded", out)
	}
	if second := quadCount(t, url); second != first {
		t.Errorf("quad count changed on reload: %d then %d", first, second)
	}

	var want string
	for _, spelling := range []string{"zelenskiy", "Zelensky", "ZELENSKYY", "Volodymyr Zelenskyy", "zelenskyy"} {
		code, out, errs := run(t, "query", "--store", url, `{ actor(name: "`+spelling+`") { id name kind } }`)
		if code != 0 {
			t.Fatalf("query %q: status %d\n%s\n%s", spelling, code, out, errs)
		}
		var resp struct {
			Data struct {
				Actor *struct{ ID, Name, Kind string }
			}
		}
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Fatalf("query %q: %v\n%s", spelling, err, out)
		}
		if resp.Data.Actor == nil || resp.Data.Actor.Kind != "PERSON" {
			t.Fatalf("query %q: actor = %+v, want a person", spelling, resp.Data.Actor)
		}
		if want == "" {
			want = resp.Data.Actor.ID
		} else if resp.Data.Actor.ID != want {
			t.Errorf("query %q: id %s, want the same person %s", spelling, resp.Data.Actor.ID, want)
		}
	}
}

func TestQueryErrorsExitOne(t *testing.T) {
	url := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	if code, out, _ := run(t, "query", "--store", url, `{ noSuchField }`); code != 1 || !strings.Contains(out, "errors") {
		t.Errorf("bad query: status %d, output %s; want status 1 with errors", code, out)
	}
}

func TestExtractWritesOneFilePerDocument(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "note.md")
	body := "---\ntitle: A test note\ndate: 2026-02-03\n---\nGerman Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warsaw on Monday.\n"
	if err := os.WriteFile(doc, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if code, _, errs := run(t, "extract", "--out", out, doc); code != 0 {
		t.Fatalf("extract: status %d: %s", code, errs)
	}
	b, err := os.ReadFile(filepath.Join(out, "note.json"))
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Document struct {
			Title *string
			Date  *string
		}
		Persons []struct {
			Name     string
			Evidence []struct{ Start, End int }
		}
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	if res.Document.Title == nil || *res.Document.Title != "A test note" || res.Document.Date == nil || *res.Document.Date != "2026-02-03" {
		t.Errorf("front matter not kept: %+v", res.Document)
	}
	names := map[string]bool{}
	for _, p := range res.Persons {
		names[p.Name] = true
		if len(p.Evidence) == 0 {
			t.Errorf("person %s has no evidence", p.Name)
		}
	}
	if !names["Friedrich Merz"] || !names["Donald Tusk"] {
		t.Errorf("persons = %v, want Friedrich Merz and Donald Tusk", names)
	}
}

func TestUnknownCommandAndStore(t *testing.T) {
	if code, _, _ := run(t, "nope"); code != 2 {
		t.Errorf("unknown command: status %d, want 2", code)
	}
	if code, _, errs := run(t, "query", "--store", "nosuch:x", "{ __typename }"); code != 1 || !strings.Contains(errs, "unknown store backend") {
		t.Errorf("unknown store: status %d, stderr %q", code, errs)
	}
}
