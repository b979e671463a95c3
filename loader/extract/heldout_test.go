package extract

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/internal/testenv"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/gazetteer"
)

// heldoutFloor is the F1 each category must reach on testdata/heldout:
// texts written for the tests, never used to write the rules. A rule fitted
// to the dev corpus shows here first.
var heldoutFloor = map[string]float64{
	"persons": 0.9, "countries": 0.9, "organizations": 0.9, "places": 0.9,
	"events": 0.85, "commitments": 0.85, "attributions": 0.85, "numeric_claims": 0.75,
}

// TestHeldoutScores extracts the held-out texts and scores them against
// their hand annotation with ../shared/tools/score.py.
func TestHeldoutScores(t *testing.T) {
	scorer, python := testenv.Scorer(t), testenv.Python(t)
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("load gazetteer: %v", err)
	}
	p, err := New(gaz, data.FS)
	if err != nil {
		t.Fatalf("build pipeline: %v", err)
	}
	dir := filepath.Join("testdata", "heldout")
	paths, _ := filepath.Glob(filepath.Join(dir, "h*.*"))
	if len(paths) == 0 {
		t.Fatal("no held-out texts in testdata/heldout")
	}
	pred, bodies := t.TempDir(), t.TempDir()
	for doc, err := range document.All(paths, document.Options{}) {
		if err != nil {
			t.Fatalf("read held-out text: %v", err)
		}
		r, err := p.Run(doc)
		if err != nil {
			t.Fatalf("extract %s: %v", doc.ID, err)
		}
		b, _ := json.Marshal(r)
		if err := os.WriteFile(filepath.Join(pred, doc.ID+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		// the scorer reads bodies as NAME.txt
		if err := os.WriteFile(filepath.Join(bodies, doc.ID+".txt"), []byte(doc.Body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := exec.Command(python, scorer, "--gold", filepath.Join(dir, "gold"), "--pred", pred, "--docs", bodies, "--json").Output()
	if err != nil {
		t.Fatalf("run %s: %v", scorer, err)
	}
	var res struct {
		Categories map[string]struct{ F1 float64 } `json:"categories"`
		Sub        map[string]*float64             `json:"sub"`
		Evidence   *float64                        `json:"evidence_valid"`
		Missing    []string                        `json:"missing_predictions"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("parse score output: %v\n%s", err, raw)
	}
	if len(res.Missing) > 0 {
		t.Errorf("no prediction for %s", strings.Join(res.Missing, ", "))
	}
	for cat, floor := range heldoutFloor {
		f1 := res.Categories[cat].F1
		t.Logf("held-out %-15s F1 %.3f (floor %.2f)", cat, f1, floor)
		if f1 < floor {
			t.Errorf("held-out %s F1 = %.3f, want >= %.2f: the rules do not generalise beyond the dev corpus", cat, f1, floor)
		}
	}
	if s := res.Sub["commitment_status"]; s != nil && *s < 0.8 {
		t.Errorf("held-out commitment status accuracy = %.3f, want >= 0.8", *s)
	}
	if res.Evidence == nil || *res.Evidence != 1.0 {
		t.Errorf("held-out evidence valid = %v, want 1.0", res.Evidence)
	}
}
