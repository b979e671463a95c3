package main

import (
	"context"
	"fmt"
	"io"
	"os/signal"
	"syscall"
)

func init() {
	register("load", "load documents (files or folders, recursive) into the store", runLoad)
}

// runLoad loads every document under the given paths. Unchanged documents
// are skipped, changed ones replaced; a file that fails is reported with
// its path and the rest still loads; the exit status is 1 if any failed.
func runLoad(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	cfg.Progress = true
	fs := newFlagSet("load", "[--store URL | --server URL] PATH...", stderr)
	cfg.bindStore(fs)
	cfg.bindServer(fs)
	fs.IntVar(&cfg.Workers, "workers", cfg.Workers, "extraction workers")
	fs.Int64Var(&cfg.MaxBytes, "max-bytes", cfg.MaxBytes, "largest file read, in bytes")
	fs.BoolVar(&cfg.Progress, "progress", cfg.Progress, "show a progress line on a terminal")
	if !parseArgs(fs, args, 1, anyArgs) {
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if cfg.Server != "" {
		return loadRemote(ctx, cfg.Server, fs.Args(), stdout, stderr)
	}
	st, ok := openStore(ctx, cfg, "load", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	l, err := newLoader(st, cfg, stderr)
	if err != nil {
		return fail(stderr, "load", err)
	}
	if err := putGazetteer(ctx, l); err != nil {
		return fail(stderr, "load", err)
	}
	sum, err := l.Load(ctx, fs.Args())
	for _, e := range sum.Errors {
		fmt.Fprintf(stderr, "kg load: %v\n", e)
	}
	fmt.Fprintf(stdout, "%s\n", sum)
	if err == nil && sum.Loaded+sum.Replaced > 0 {
		err = syncSearchIndex(ctx, cfg.Store, st)
	}
	if err != nil {
		return fail(stderr, "load", err)
	}
	if sum.Failed > 0 {
		return 1
	}
	return 0
}
