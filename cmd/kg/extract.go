package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/kg-project/kg/loader/document"
)

func init() {
	register("extract", "run extraction only (no store): one JSON object per document", runExtract)
}

// runExtract prints, for every document under the given paths, what the
// pipeline extracts, in the shape of ../shared/corpus/gold/README.md with
// evidence on every item: as JSON Lines on stdout, or with --out as
// DIR/NAME.json per document (JSON Lines input: one file per record id).
func runExtract(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	fs := newFlagSet("extract", "[--out DIR] PATH...", stderr)
	fs.StringVar(&cfg.Out, "out", "", "write `DIR`/NAME.json per document instead of JSON Lines on stdout")
	fs.Int64Var(&cfg.MaxBytes, "max-bytes", cfg.MaxBytes, "largest file read, in bytes")
	if !parseArgs(fs, args, 1, anyArgs) {
		return 2
	}
	tuneGCForExtraction()
	p, err := newPipeline()
	if err != nil {
		return fail(stderr, "extract", err)
	}
	if cfg.Out != "" {
		if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
			return fail(stderr, "extract", err)
		}
	}
	failed, done := 0, 0
	extractInOrder(p, fs.Args(), document.Options{MaxBytes: cfg.MaxBytes}, cfg.Out, func(j *extractJob) {
		if j.readErr != nil {
			fmt.Fprintf(stderr, "kg extract: %v\n", j.readErr)
			if !document.IsSkip(j.readErr) {
				failed++
			}
			return
		}
		for _, w := range j.doc.Warnings {
			fmt.Fprintf(stderr, "kg extract: warning: %s: %s\n", j.doc.Path, w)
		}
		if j.runErr != nil {
			fmt.Fprintf(stderr, "kg extract: %v\n", j.runErr)
			failed++
			return
		}
		err := j.wErr
		if err == nil && j.line != nil {
			_, err = stdout.Write(j.line)
		}
		if err != nil {
			fmt.Fprintf(stderr, "kg extract: write %s: %v\n", j.doc.ID, err)
			failed++
			return
		}
		done++
	})
	if cfg.Out != "" {
		fmt.Fprintf(stderr, "kg extract: %d documents written to %s, %d failed\n", done, cfg.Out, failed)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// writeJSON writes v as indented JSON to path, replacing it atomically.
func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
