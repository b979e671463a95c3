package main

import (
	"context"
	"fmt"
	"io"

	"github.com/kg-project/kg/loader"
)

func init() {
	register("rm", "remove documents (by id or source IRI) and everything extracted from them", runRm)
}

// runRm removes each named document's quads from the store.
func runRm(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	fs := newFlagSet("rm", "[--store URL | --server URL] SOURCE...", stderr)
	cfg.bindStore(fs)
	cfg.bindServer(fs)
	if !parseArgs(fs, args, 1, anyArgs) {
		return 2
	}
	ctx := context.Background()
	if cfg.Server != "" {
		return rmRemote(ctx, cfg.Server, fs.Args(), stdout, stderr)
	}
	st, ok := openStore(ctx, cfg, "rm", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	l := &loader.Loader{Store: st}
	status := 0
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
