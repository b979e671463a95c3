package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/internal/testenv"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// update rewrites the golden files from the current extraction:
// go test ./loader/extract -run TestGoldenEntities -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current extraction")

// goldenDoc is what a golden file keeps of one document: metadata and
// entity facts with their mention offsets. It holds no sentence of the
// corpus: the title is kept as its offsets only.
type goldenDoc struct {
	Outlet        *string        `json:"outlet"`
	Authors       []string       `json:"authors"`
	Date          *string        `json:"date"`
	Kind          string         `json:"kind"`
	TitleSpan     []int          `json:"title_span"`
	Persons       []goldenEntity `json:"persons"`
	Countries     []goldenEntity `json:"countries"`
	Organizations []goldenEntity `json:"organizations"`
	Places        []goldenEntity `json:"places"`
}

type goldenEntity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Roles    []string `json:"roles,omitempty"`
	Mentions [][2]int `json:"mentions"`
}

// corpusDir returns ../shared/corpus beside the repository root, or skips
// the test when it is absent.
func corpusDir(t *testing.T) string { return testenv.Corpus(t) }

// extractCorpus runs the full default pipeline on every corpus text.
func extractCorpus(t *testing.T, corpus string) map[string]*model.Result {
	t.Helper()
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("load gazetteer: %v", err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		t.Fatalf("build pipeline: %v", err)
	}
	paths, err := filepath.Glob(filepath.Join(corpus, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("skipping: no corpus texts in %s", corpus)
	}
	out := map[string]*model.Result{}
	for doc, err := range document.All(paths, document.Options{}) {
		if err != nil {
			t.Fatalf("read corpus: %v", err)
		}
		r, err := p.Run(doc)
		if err != nil {
			t.Fatalf("extract %s: %v", doc.ID, err)
		}
		out[doc.ID] = r
	}
	return out
}

func toGolden(r *model.Result) goldenDoc {
	g := goldenDoc{Outlet: r.Document.Outlet, Authors: r.Document.Authors, Date: r.Document.Date, Kind: r.Document.Kind}
	if ev, ok := r.Document.Evidence["title"]; ok {
		g.TitleSpan = []int{ev.Start, ev.End}
	}
	conv := func(list []model.Entity) []goldenEntity {
		out := []goldenEntity{}
		for _, e := range list {
			ge := goldenEntity{ID: e.ID, Name: e.Name, Kind: e.Kind, Roles: e.RoleLabels, Mentions: [][2]int{}}
			for _, sp := range e.Evidence {
				ge.Mentions = append(ge.Mentions, [2]int{sp.Start, sp.End})
			}
			out = append(out, ge)
		}
		return out
	}
	g.Persons, g.Countries = conv(r.Persons), conv(r.Countries)
	g.Organizations, g.Places = conv(r.Organizations), conv(r.Places)
	return g
}

// TestGoldenEntities keeps the entity facts and offsets extracted from
// the corpus from changing unnoticed.
func TestGoldenEntities(t *testing.T) {
	corpus := corpusDir(t)
	results := extractCorpus(t, corpus)
	ids := make([]string, 0, len(results))
	for id := range results {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		got, err := json.MarshalIndent(toGolden(results[id]), "", " ")
		if err != nil {
			t.Fatalf("marshal %s: %v", id, err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", id+".golden.json")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatalf("write %s: %v", path, err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s missing: run go test ./loader/extract -run TestGoldenEntities -update", path)
			continue
		}
		if err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: entities differ from %s (rerun with -update if the change is intended):\n%s", id, path, lineDiff(string(want), string(got)))
		}
	}
}

// lineDiff lists the lines of want and got that differ, up to 40.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < max(len(w), len(g)) && n < 40; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + entItoa(i+1) + ":\n  want " + wl + "\n  got  " + gl + "\n")
			n++
		}
	}
	return b.String()
}

// TestScoreEntities runs ../shared/tools/score.py on the extraction of the
// corpus and holds the figures of the foundation issue: persons,
// countries, organizations and places F1 >= 0.85, document date and
// outlet accuracy >= 0.8, every evidence span valid.
func TestScoreEntities(t *testing.T) {
	corpus := corpusDir(t)
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 not found")
	}
	scorer := filepath.Join(corpus, "..", "tools", "score.py")
	gold := filepath.Join(corpus, "gold")
	for _, p := range []string{scorer, gold} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("skipping: %s not present", p)
		}
	}
	out := t.TempDir()
	for id, r := range extractCorpus(t, corpus) {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal %s: %v", id, err)
		}
		if err := os.WriteFile(filepath.Join(out, id+".json"), b, 0o644); err != nil {
			t.Fatalf("write prediction %s: %v", id, err)
		}
	}
	cmd := exec.Command(python, scorer, "--gold", gold, "--pred", out, "--docs", corpus, "--json")
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("run %s: %v", scorer, err)
	}
	var res struct {
		Categories map[string]struct {
			F1 float64 `json:"F1"`
		} `json:"categories"`
		Meta     map[string]*float64 `json:"document_meta"`
		Evidence *float64            `json:"evidence_valid"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("parse score output: %v\n%s", err, raw)
	}
	for _, cat := range []string{"persons", "countries", "organizations", "places"} {
		f1 := res.Categories[cat].F1
		t.Logf("%s F1 %.3f", cat, f1)
		if f1 < 0.85 {
			t.Errorf("%s F1 = %.3f, want >= 0.85", cat, f1)
		}
	}
	for _, field := range []string{"date", "outlet"} {
		v := res.Meta[field]
		if v == nil || *v < 0.8 {
			t.Errorf("document %s accuracy = %v, want >= 0.8", field, v)
		} else {
			t.Logf("document %s accuracy %.3f", field, *v)
		}
	}
	if res.Evidence == nil || *res.Evidence != 1.0 {
		t.Errorf("evidence valid = %v, want 1.0", res.Evidence)
	}
}
