package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

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
	// Documents are extracted and encoded on all cores; what is written
	// (outputs and messages) keeps the order of the inputs.
	work := func(it *extractItem) {
		res, err := p.Run(it.doc)
		if err != nil {
			it.runErr = err
			return
		}
		if cfg.Out == "" {
			it.out, err = json.Marshal(res) // what json.Encoder.Encode writes, before its newline
		} else {
			it.out, err = json.MarshalIndent(res, "", " ")
		}
		if err != nil {
			it.runErr = fmt.Errorf("write %s: %w", it.doc.ID, err)
		}
	}
	failed, done := 0, 0
	emit := func(it *extractItem) {
		if it.err != nil {
			fmt.Fprintf(stderr, "kg extract: %v\n", it.err)
			if !document.IsSkip(it.err) {
				failed++
			}
			return
		}
		for _, w := range it.doc.Warnings {
			fmt.Fprintf(stderr, "kg extract: warning: %s: %s\n", it.doc.Path, w)
		}
		if it.runErr != nil {
			fmt.Fprintf(stderr, "kg extract: %v\n", it.runErr)
			failed++
			return
		}
		var err error
		if cfg.Out == "" {
			_, err = stdout.Write(append(it.out, '\n'))
		} else {
			err = writeFile(filepath.Join(cfg.Out, it.doc.ID+".json"), append(it.out, '\n'))
		}
		if err != nil {
			fmt.Fprintf(stderr, "kg extract: write %s: %v\n", it.doc.ID, err)
			failed++
			return
		}
		done++
	}
	orderedPool(document.All(fs.Args(), document.Options{MaxBytes: cfg.MaxBytes}), extractWorkers(), work, emit)
	if cfg.Out != "" {
		fmt.Fprintf(stderr, "kg extract: %d documents written to %s, %d failed\n", done, cfg.Out, failed)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// writeFile writes b to path, replacing it atomically.
func writeFile(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
