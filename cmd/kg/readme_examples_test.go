package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/internal/testenv"
)

// readmeExample is one query of README.md's default-store section and the
// output pasted under it.
type readmeExample struct {
	query  string
	output string
}

var readmeExampleRe = regexp.MustCompile("(?s)```sh\nkg query '([^\n]*)'\n```\\s*```json\n(.*?)\n```")

// defaultStoreExamples reads the examples between the markers of
// README.md's "First queries on the default store".
func defaultStoreExamples(t *testing.T) []readmeExample {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const start, end = "<!-- default-store examples: start -->", "<!-- default-store examples: end -->"
	_, rest, ok := strings.Cut(string(b), start)
	section, _, ok2 := strings.Cut(rest, end)
	if !ok || !ok2 {
		t.Fatalf("README.md lacks the markers %q and %q", start, end)
	}
	var out []readmeExample
	for _, m := range readmeExampleRe.FindAllStringSubmatch(section, -1) {
		out = append(out, readmeExample{query: m[1], output: m[2]})
	}
	if len(out) < 3 {
		t.Fatalf("README.md's default-store section has %d examples, want at least 3", len(out))
	}
	return out
}

// The README's default-store examples, and the query kg serve suggests at
// start, answer with data on a store loaded the way kg serve loads a new
// one; every string the README shows in an output is in the real one.
func TestReadmeDefaultStoreExamples(t *testing.T) {
	examples := defaultStoreExamples(t)
	examples = append(examples, readmeExample{query: sampleQuery})
	url := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bootstrap(context.Background(), st, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, ex := range examples {
		code, out, errb := run(t, "query", "--store", url, ex.query)
		if code != 0 {
			t.Errorf("%s: status %d: %s %s", ex.query, code, out, errb)
			continue
		}
		var resp struct{ Data map[string]any }
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Fatalf("%s: %v: %s", ex.query, err, out)
		}
		for field, v := range resp.Data {
			if !hasItems(v) {
				t.Errorf("%s: %s answers empty: %v", ex.query, field, v)
			}
		}
		if ex.output == "" {
			continue
		}
		var shown any
		if err := json.Unmarshal([]byte(ex.output), &shown); err != nil {
			t.Errorf("%s: the README's output is not JSON: %v", ex.query, err)
			continue
		}
		got := map[string]bool{}
		for _, s := range stringsOf(resp.Data, nil) {
			got[s] = true
		}
		for _, s := range stringsOf(shown, nil) {
			if !got[s] && !strings.HasSuffix(s, "…") {
				t.Errorf("%s: the README shows %q, the store does not answer it", ex.query, s)
			}
		}
	}
}

// hasItems says whether v holds a non-empty list somewhere.
func hasItems(v any) bool {
	switch v := v.(type) {
	case []any:
		return len(v) > 0
	case map[string]any:
		for _, x := range v {
			if hasItems(x) {
				return true
			}
		}
	}
	return false
}

// stringsOf appends the string values found in v.
func stringsOf(v any, out []string) []string {
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case []any:
		for _, x := range v {
			out = stringsOf(x, out)
		}
	case map[string]any:
		for _, x := range v {
			out = stringsOf(x, out)
		}
	}
	return out
}
