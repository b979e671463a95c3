package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// ErrNoCompromise reports that the compromise comparison cannot run here:
// node is not installed or the pinned npm package is not (run `npm ci` in
// the runner's folder, internal/bench/compromise). Callers skip the figure
// with a note.
var ErrNoCompromise = errors.New("compromise not available")

// Compromise runs the npm library compromise (internal/bench/compromise/
// run.mjs: parse each text and list its people, places and organizations)
// over the documents of c, one node process per worker, each for at least
// minTime in whole passes, and returns the words all workers processed per
// second of wall time. CPU is the node processes' own CPU time, so that
// PerCPUSecond compares with kg's figure. dir is the runner's folder.
func Compromise(ctx context.Context, dir string, c *Corpus, workers int, minTime time.Duration) (Rate, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return Rate{}, fmt.Errorf("%w: node not found", ErrNoCompromise)
	}
	runner := filepath.Join(dir, "run.mjs")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "compromise", "package.json")); err != nil {
		return Rate{}, fmt.Errorf("%w: no node_modules/compromise in %s (run npm ci there)", ErrNoCompromise, dir)
	}
	docs, err := os.CreateTemp("", "kg-bench-compromise-*.jsonl")
	if err != nil {
		return Rate{}, fmt.Errorf("compromise: %w", err)
	}
	defer os.Remove(docs.Name())
	enc := json.NewEncoder(docs)
	for _, d := range c.Docs {
		line := struct {
			Words int    `json:"words"`
			Text  string `json:"text"`
		}{len(strings.Fields(d.Body)), d.Body}
		if err := enc.Encode(line); err != nil {
			docs.Close()
			return Rate{}, fmt.Errorf("compromise: write %s: %w", docs.Name(), err)
		}
	}
	if err := docs.Close(); err != nil {
		return Rate{}, fmt.Errorf("compromise: write %s: %w", docs.Name(), err)
	}
	if workers < 1 {
		workers = 1
	}
	type result struct {
		Words int64   `json:"words"`
		Ms    float64 `json:"ms"`
		CPUMs float64 `json:"cpuMs"`
	}
	results := make([]result, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.CommandContext(ctx, node, runner, docs.Name(), fmt.Sprint(minTime.Milliseconds()))
			var out, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &stderr
			if err := cmd.Run(); err != nil {
				errs[w] = fmt.Errorf("compromise: %s: %w: %s", runner, err, strings.TrimSpace(stderr.String()))
				return
			}
			if err := json.Unmarshal(out.Bytes(), &results[w]); err != nil {
				errs[w] = fmt.Errorf("compromise: read %s's result %q: %w", runner, out.String(), err)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return Rate{}, err
	}
	// The workers ran side by side: their words add up over the longest
	// of their wall times.
	var r Rate
	for _, res := range results {
		r.Count += res.Words
		r.Elapsed = max(r.Elapsed, time.Duration(res.Ms*float64(time.Millisecond)))
		r.CPU += time.Duration(res.CPUMs * float64(time.Millisecond))
	}
	return r, nil
}
