// Command kg builds and serves a knowledge graph of actors, commitments and
// events from news and official documents.
//
//	kg load     [--store URL | --server URL] PATH...  load documents into the store
//	kg serve    [--store URL] [--addr A]    serve GraphQL, GraphiQL, /search, /export, /explore
//	kg query    [--store URL] [--vars JSON] 'QUERY' | @file.graphql
//	kg extract  [--out DIR] PATH...         extraction only, JSON per document
//	kg rm       [--store URL | --server URL] SOURCE...
//	kg export   [--store URL] --format nquads|graphml|cytoscape [--source ID]
//	kg search   [--store URL] [--kinds K,K] TEXT
//	kg gen      [--docs N] [--seed S] DIR   synthetic corpus with ground truth
//	kg bench    [--docs N] [--json]         scale benchmarks against baselines
//	kg loadtest [--store URL | --addr URL]  drive a server with valid and hostile requests
//
// Each subcommand lives in its own file; this one only dispatches.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// command runs one subcommand with its arguments and returns the exit status.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

func register(name, summary string, run func(args []string, stdout, stderr io.Writer) int) {
	commands[name] = command{summary: summary, run: run}
}

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdout, os.Stderr))
}

func dispatch(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kg: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kg COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'kg COMMAND -h' for a command's flags. The store URL also comes from KG_STORE.")
}
