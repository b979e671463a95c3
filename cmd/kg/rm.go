package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader"
)

func init() {
	register("rm", "remove documents (by id or source IRI) and everything extracted from them", runRm)
}

// runRm removes each named document's quads from the store.
func runRm(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	fs := flag.NewFlagSet("kg rm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.bindStore(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg rm [--store URL] SOURCE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	ctx := context.Background()
	st, err := store.Open(ctx, cfg.Store)
	if err != nil {
		fmt.Fprintf(stderr, "kg rm: %v\n", err)
		return 1
	}
	defer st.Close()
	l := &loader.Loader{Store: st}
	status := 0
	for _, id := range fs.Args() {
		if err := l.Remove(ctx, id); err != nil {
			fmt.Fprintf(stderr, "kg rm: %v\n", err)
			status = 1
			continue
		}
		fmt.Fprintf(stdout, "removed %s\n", id)
	}
	if err := syncSearchIndex(ctx, cfg.Store, st); err != nil {
		fmt.Fprintf(stderr, "kg rm: %v\n", err)
		status = 1
	}
	return status
}
