package extract

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// factFloors are the figures the fact stages must keep on the dev corpus
// (../shared/corpus), scored by ../shared/tools/score.py. Reached at the
// time of writing: events 1.0, commitments 1.0 (status 1.0),
// attributions 0.90. The held-out texts are scored by TestHeldoutScores.
var factFloors = map[string]float64{"events": 0.7, "commitments": 0.7, "attributions": 0.6}

// TestFactsCorpusScore runs the full pipeline on the dev corpus and scores
// events, commitments and attributions with the shared scorer.
func TestFactsCorpusScore(t *testing.T) {
	corpus := corpusDir(t)
	scorer := filepath.Join(corpus, "..", "tools", "score.py")
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("skipping: scorer %s not present", scorer)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 not found")
	}
	out := t.TempDir()
	for id, r := range extractCorpus(t, corpus) {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal %s: %v", id, err)
		}
		if err := os.WriteFile(filepath.Join(out, id+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := exec.Command(python, scorer, "--gold", filepath.Join(corpus, "gold"), "--pred", out,
		"--docs", corpus, "--json").Output()
	if err != nil {
		t.Fatalf("run %s: %v", scorer, err)
	}
	checkFactScores(t, "corpus", raw)
}

func checkFactScores(t *testing.T, set string, raw []byte) {
	t.Helper()
	var res struct {
		Categories map[string]struct{ F1 float64 } `json:"categories"`
		Sub        map[string]*float64             `json:"sub"`
		Evidence   *float64                        `json:"evidence_valid"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("parse score output: %v\n%s", err, raw)
	}
	for cat, floor := range factFloors {
		f1 := res.Categories[cat].F1
		t.Logf("%s %-13s F1 %.3f (floor %.2f)", set, cat, f1, floor)
		if f1 < floor {
			t.Errorf("%s %s F1 = %.3f, want >= %.2f", set, cat, f1, floor)
		}
	}
	if s := res.Sub["commitment_status"]; s == nil || *s < 0.8 {
		t.Errorf("%s commitment status accuracy = %v, want >= 0.8", set, s)
	}
	if res.Evidence == nil || *res.Evidence != 1.0 {
		t.Errorf("%s evidence valid = %v, want 1.0", set, res.Evidence)
	}
}
