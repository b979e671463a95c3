package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/server"
)

func init() {
	register("query", "run one GraphQL operation in-process and print the JSON response", runQuery)
}

// runQuery runs one operation through the same handler `kg serve` uses and
// prints the response; the exit status is 1 when the response has errors.
func runQuery(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	fs := newFlagSet("query", "[--store URL] [--vars JSON] 'QUERY' | @file.graphql", stderr)
	cfg.bindStore(fs)
	fs.StringVar(&cfg.Vars, "vars", "", "variables as a JSON object")
	fs.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time limit of the operation")
	if !parseArgs(fs, args, 1, 1) {
		return 2
	}
	text, err := queryText(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "kg query: %v\n", err)
		return 2
	}
	var vars map[string]any
	if cfg.Vars != "" {
		if err := json.Unmarshal([]byte(cfg.Vars), &vars); err != nil {
			fmt.Fprintf(stderr, "kg query: --vars: not a JSON object: %v\n", err)
			return 2
		}
	}
	ctx := context.Background()
	st, ok := openStore(ctx, cfg, "query", stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	scfg := server.DefaultConfig()
	scfg.Timeout = cfg.Timeout
	// Only Query.search reads the full-text index; opening and syncing it
	// is left out of operations that cannot ask for it.
	if !strings.Contains(text, "search") {
		// no index needed
	} else if ix, err := search.OpenFor(cfg.Store); err != nil {
		fmt.Fprintf(stderr, "kg query: search index unavailable: %v\n", err)
	} else {
		defer ix.Close()
		if _, err := ix.Sync(ctx, st); err != nil {
			fmt.Fprintf(stderr, "kg query: update search index: %v\n", err)
		}
		scfg.Search = ix
	}
	scfg.Changes = st
	res, err := server.New(st.QuadStore(), scfg).Execute(ctx, text, vars)
	if err != nil {
		return fail(stderr, "query", err)
	}
	var out bytes.Buffer
	if json.Indent(&out, res.JSON, "", "  ") != nil {
		out.Reset()
		out.Write(res.JSON)
	}
	out.WriteByte('\n')
	stdout.Write(out.Bytes())
	if res.HasErrors {
		return 1
	}
	return 0
}

// queryText returns the operation: the argument itself, or the contents of
// the file it names after '@'.
func queryText(arg string) (string, error) {
	if name, ok := strings.CutPrefix(arg, "@"); ok {
		b, err := os.ReadFile(name)
		if err != nil {
			return "", fmt.Errorf("read query %s: %w", name, err)
		}
		return string(b), nil
	}
	return arg, nil
}
