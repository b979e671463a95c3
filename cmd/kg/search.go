package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/store"
)

func init() {
	register("search", "full-text search of names, claims, commitments, events and sentences", runSearch)
}

// runSearch brings the store's search index up to date and prints the
// best hits for the text, one per line.
func runSearch(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	var kinds string
	var first int
	fs := flag.NewFlagSet("kg search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.bindStore(fs)
	fs.StringVar(&kinds, "kinds", "", "comma-separated kinds: PERSON, COUNTRY, ORGANIZATION, ACTOR, PLACE, EVENT, COMMITMENT, CLAIM, NUMERIC_CLAIM, SOURCE, SENTENCE")
	fs.IntVar(&first, "first", search.DefaultFirst, fmt.Sprintf("number of hits (at most %d)", search.MaxFirst))
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg search [--store URL] [--kinds K,K] [--first N] TEXT...")
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
		fmt.Fprintf(stderr, "kg search: %v\n", err)
		return 1
	}
	defer st.Close()
	ix, err := search.OpenFor(cfg.Store)
	if err != nil {
		fmt.Fprintf(stderr, "kg search: %v\n", err)
		return 1
	}
	defer ix.Close()
	if _, err := ix.Sync(ctx, st); err != nil {
		fmt.Fprintf(stderr, "kg search: %v\n", err)
		return 1
	}
	var kindList []string
	if kinds != "" {
		kindList = strings.Split(kinds, ",")
	}
	hits, total, err := ix.Search(ctx, strings.Join(fs.Args(), " "), kindList, first)
	if err != nil {
		fmt.Fprintf(stderr, "kg search: %v\n", err)
		return 1
	}
	for _, h := range hits {
		fmt.Fprintf(stdout, "%.3f\t%s\t%s\t%s\t%s\n", h.Score, h.Kind, h.ID, h.Snippet, strings.Join(h.SourceIDs, ","))
	}
	fmt.Fprintf(stdout, "%d of %d hits\n", len(hits), total)
	return 0
}
