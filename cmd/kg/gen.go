package main

import (
	"fmt"
	"io"

	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/loader/gen"
)

func init() {
	register("gen", "generate a synthetic corpus with ground truth", runGen)
}

// runGen writes a synthetic corpus drawn from the bundled gazetteer into
// DIR (.txt, .md and .jsonl documents) with the ground truth of each in
// DIR/gold/NAME.json, in the shape `kg extract` writes.
func runGen(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("gen", "[--docs N] [--seed S] DIR", stderr)
	docs := fs.Int("docs", 100, "number of documents to generate")
	seed := fs.Int64("seed", 1, "random seed: the same seed writes the same bytes")
	if !parseArgs(fs, args, 1, 1) {
		return 2
	}
	if *docs < 0 {
		fs.Usage()
		return 2
	}
	dir := fs.Arg(0)
	gaz, err := gazetteer.Default()
	if err != nil {
		return fail(stderr, "gen", err)
	}
	sum, err := gen.Write(dir, gen.Config{Docs: *docs, Seed: *seed, Gaz: gaz})
	if err != nil {
		return fail(stderr, "gen", err)
	}
	fmt.Fprintf(stdout, "kg gen: %d documents (%d JSON Lines records) in %d files, %d words, ground truth in %s/gold\n",
		sum.Docs, sum.Records, sum.Files, sum.Words, dir)
	return 0
}
