package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/schema"
)

func init() {
	register("rm", "remove documents (by id or source IRI, or --samples) and everything extracted from them", runRm)
}

// runRm removes each named document's quads from the store, and with
// --samples the bundled sample documents (which kg serve then never loads
// into this store again).
func runRm(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	fs := newFlagSet("rm", "[--store URL | --server URL] [--samples] SOURCE...", stderr)
	cfg.bindStore(fs)
	cfg.bindServer(fs)
	samples := fs.Bool("samples", false, "remove the bundled sample documents kg serve loaded into a new store (they are not loaded again)")
	if !parseArgs(fs, args, 0, anyArgs) {
		return 2
	}
	if fs.NArg() == 0 && !*samples {
		fs.Usage()
		return 2
	}
	ctx := context.Background()
	if cfg.Server != "" {
		if *samples {
			return fail(stderr, "rm", fmt.Errorf("--samples works on a store (--store), not through --server: stop kg serve and run kg rm --store URL --samples"))
		}
		return rmRemote(ctx, cfg.Server, fs.Args(), stdout, stderr)
	}
	st, ok := openStore(ctx, cfg, "rm", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	l := &loader.Loader{Store: st}
	status := 0
	if *samples {
		removed, err := removeSamples(ctx, l)
		if err != nil {
			status = fail(stderr, "rm", err)
		}
		ids := make([]string, len(removed))
		for i, label := range removed {
			ids[i] = strings.TrimPrefix(string(label), string(schema.SourceIRI("")))
		}
		if len(ids) == 0 {
			fmt.Fprintln(stdout, "no bundled samples in the store (kg serve will not load them into it)")
		} else {
			fmt.Fprintf(stdout, "removed bundled samples: %s (%s); kg serve will not load them again\n", plural(len(ids), "document"), strings.Join(ids, ", "))
		}
	}
	for _, id := range fs.Args() {
		if err := l.Remove(ctx, id); err != nil {
			status = fail(stderr, "rm", err)
			continue
		}
		fmt.Fprintf(stdout, "removed %s\n", id)
	}
	if err := syncSearchIndex(ctx, cfg.Store, st); err != nil {
		status = fail(stderr, "rm", err)
	}
	return status
}
