package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/kg-project/kg/graph/store"
)

// What every subcommand does alike: its flag set and usage line, the check
// of its arguments, opening the store, and reporting an error as
// "kg NAME: ERROR" on stderr.

// newFlagSet returns the flag set of subcommand name, writing its errors
// and "usage: kg NAME ARGS" with the flag defaults to stderr.
func newFlagSet(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("kg "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: kg %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// anyArgs stands for no upper bound in parseArgs.
const anyArgs = -1

// parseArgs parses args into fs and checks that between min and max
// (anyArgs: no upper bound) arguments remain, printing the usage when
// they do not. It returns false when the command must exit with status 2.
func parseArgs(fs *flag.FlagSet, args []string, min, max int) bool {
	if err := fs.Parse(args); err != nil {
		return false
	}
	if fs.NArg() < min || max != anyArgs && fs.NArg() > max {
		fs.Usage()
		return false
	}
	return true
}

// openStore opens the store at cfg.Store for subcommand name; on failure
// it reports the error on stderr and returns false (exit status 1).
func openStore(ctx context.Context, cfg config, name string, stderr io.Writer) (store.Store, bool) {
	st, err := store.Open(ctx, cfg.Store)
	if err != nil {
		fail(stderr, name, err)
		return nil, false
	}
	return st, true
}

// fail reports err of subcommand name on stderr and returns exit status 1.
func fail(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "kg %s: %v\n", name, err)
	return 1
}
