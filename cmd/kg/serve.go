package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
)

func init() {
	register("serve", "serve GraphQL at /graphql and GraphiQL at / (loads the bundled samples into a new store)", runServe)
}

// runServe serves the API until interrupted. A new store first gets the
// bundled data (gazetteer and sample corpus); see bootstrap.
func runServe(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	scfg := server.DefaultConfig()
	var cors string
	var noIntrospection bool
	fs := flag.NewFlagSet("kg serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.bindStore(fs)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "listen address")
	fs.DurationVar(&scfg.Timeout, "timeout", scfg.Timeout, "time limit of one operation")
	fs.IntVar(&scfg.MaxDepth, "max-depth", scfg.MaxDepth, "deepest field nesting accepted")
	fs.IntVar(&scfg.MaxComplexity, "max-complexity", scfg.MaxComplexity, "largest query cost accepted")
	fs.Int64Var(&scfg.MaxBodyBytes, "max-body", scfg.MaxBodyBytes, "largest request body, in bytes")
	fs.StringVar(&cors, "cors", "", "comma-separated origins allowed to call from a browser (none by default)")
	fs.BoolVar(&noIntrospection, "no-introspection", false, "refuse introspection queries (GraphiQL then cannot list the schema)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg serve [--store URL] [--addr 127.0.0.1:8080] [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if cors != "" {
		for _, o := range strings.Split(cors, ",") {
			scfg.CORSOrigins = append(scfg.CORSOrigins, strings.TrimSpace(o))
		}
	}
	scfg.Introspection = !noIntrospection

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, cfg.Store)
	if err != nil {
		fmt.Fprintf(stderr, "kg serve: %v\n", err)
		return 1
	}
	defer st.Close()
	held, err := bootstrap(ctx, st, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "kg serve: %v\n", err)
		return 1
	}
	ix, err := search.OpenFor(cfg.Store)
	if err != nil {
		fmt.Fprintf(stderr, "kg serve: open search index: %v\n", err)
		return 1
	}
	defer ix.Close()
	scfg.Search = ix
	scfg.Changes = st
	// Searches answer with what is indexed while the sync runs.
	syncCtx, cancelSync := context.WithCancel(ctx)
	syncDone := make(chan struct{})
	go func() {
		defer close(syncDone)
		stats, err := ix.Sync(syncCtx, st)
		if err != nil && syncCtx.Err() == nil {
			fmt.Fprintf(stderr, "kg serve: update search index: %v\n", err)
			return
		}
		if stats.Indexed > 0 || stats.Removed > 0 {
			fmt.Fprintf(stderr, "kg: search index: %d documents indexed, %d removed\n", stats.Indexed, stats.Removed)
		}
	}()
	defer func() { cancelSync(); <-syncDone }()

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		fmt.Fprintf(stderr, "kg serve: %v\n", err)
		return 1
	}
	api := server.New(st.QuadStore(), scfg)
	if err := mountWrites(api, st, cfg, ix, stderr); err != nil {
		fmt.Fprintf(stderr, "kg serve: %v\n", err)
		return 1
	}
	srv := &http.Server{
		Handler:           api,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      scfg.Timeout + 30*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(stdout, "kg: serving GraphQL at http://%s/graphql, GraphiQL at http://%s/, the explorer at http://%s/explore (store %s)\n", ln.Addr(), ln.Addr(), ln.Addr(), store.Scheme(cfg.Store))
	printStartup(stdout, cfg.Store, ln.Addr().String(), held)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(stderr, "kg serve: %v\n", err)
			return 1
		}
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil {
			fmt.Fprintf(stderr, "kg serve: shutdown: %v\n", err)
			return 1
		}
	}
	return 0
}
