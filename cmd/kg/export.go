package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/graph/store"
)

func init() {
	register("export", "write the store (or one source) as N-Quads, GraphML or Cytoscape JSON", runExport)
}

// runExport writes the store, or one document of it, in an exchange format.
func runExport(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	var format, source, out string
	var all bool
	fs := newFlagSet("export", "[--store URL] --format nquads|graphml|cytoscape [--source ID] [--all] [--out FILE]", stderr)
	cfg.bindStore(fs)
	fs.StringVar(&format, "format", export.NQuads, "output format: "+strings.Join(export.Formats(), ", "))
	fs.StringVar(&source, "source", "", "export only this document (id, doc:ID or its IRI; \"gazetteer\" for the curated data)")
	fs.BoolVar(&all, "all", false, "graph formats: every gazetteer entry and relation, not only what documents state and the entries they reach")
	fs.StringVar(&out, "out", "", "write to this file instead of standard output")
	if !parseArgs(fs, args, 0, 0) {
		return 2
	}
	format = strings.ToLower(format)
	if export.ContentType(format) == "" {
		fmt.Fprintf(stderr, "kg export: unknown format %q (known: %s)\n", format, strings.Join(export.Formats(), ", "))
		return 2
	}
	ctx := context.Background()
	st, ok := openStore(ctx, cfg, "export", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	if err := exportTo(ctx, st, format, source, out, stdout, export.IncludeAll(all)); err != nil {
		return fail(stderr, "export", err)
	}
	return 0
}

// exportTo writes the export to the file out, or to stdout when out is
// empty. A file is written under a temporary name and renamed when
// complete, so a failed export leaves no partial file behind.
func exportTo(ctx context.Context, st store.Store, format, source, out string, stdout io.Writer, opts ...export.Option) error {
	label := export.SourceLabel(source)
	if out == "" {
		w := bufio.NewWriter(stdout)
		if err := export.Write(ctx, w, st.QuadStore(), format, label, opts...); err != nil {
			return err
		}
		return w.Flush()
	}
	tmp := out + ".partial"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("create %s: %w", tmp, err)
	}
	w := bufio.NewWriter(f)
	err = export.Write(ctx, w, st.QuadStore(), format, label, opts...)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", tmp, cerr)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}
