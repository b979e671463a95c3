package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/graph/search"
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
	fs := newFlagSet("search", "[--store URL] [--kinds K,K] [--first N] TEXT...", stderr)
	cfg.bindStore(fs)
	fs.StringVar(&kinds, "kinds", "", "comma-separated kinds: PERSON, COUNTRY, ORGANIZATION, ACTOR, PLACE, EVENT, COMMITMENT, CLAIM, NUMERIC_CLAIM, SOURCE, SENTENCE")
	fs.IntVar(&first, "first", search.DefaultFirst, fmt.Sprintf("number of hits (at most %d)", search.MaxFirst))
	if !parseArgs(fs, args, 1, anyArgs) {
		return 2
	}
	ctx := context.Background()
	st, ok := openStore(ctx, cfg, "search", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	ix, err := search.OpenFor(cfg.Store)
	if err != nil {
		return fail(stderr, "search", err)
	}
	defer ix.Close()
	if _, err := ix.Sync(ctx, st); err != nil {
		return fail(stderr, "search", err)
	}
	var kindList []string
	if kinds != "" {
		kindList = strings.Split(kinds, ",")
	}
	hits, total, err := ix.Search(ctx, strings.Join(fs.Args(), " "), kindList, first)
	if err != nil {
		return fail(stderr, "search", err)
	}
	for _, h := range hits {
		fmt.Fprintf(stdout, "%.3f\t%s\t%s\t%s\t%s\n", h.Score, h.Kind, h.ID, h.Snippet, strings.Join(h.SourceIDs, ","))
	}
	fmt.Fprintf(stdout, "%d of %d hits\n", len(hits), total)
	return 0
}
