package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
)

func init() {
	register("query", "run one GraphQL operation in-process and print the JSON response", runQuery)
}

// runQuery runs one operation through the same handler `kg serve` uses and
// prints the response; the exit status is 1 when the response has errors.
func runQuery(args []string, stdout, stderr io.Writer) int {
	cfg := defaultConfig()
	fs := flag.NewFlagSet("kg query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.bindStore(fs)
	fs.StringVar(&cfg.Vars, "vars", "", "variables as a JSON object")
	fs.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time limit of the operation")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg query [--store URL] [--vars JSON] 'QUERY' | @file.graphql")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
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
	st, err := store.Open(ctx, cfg.Store)
	if err != nil {
		fmt.Fprintf(stderr, "kg query: %v\n", err)
		return 1
	}
	defer st.Close()
	scfg := server.DefaultConfig()
	scfg.Timeout = cfg.Timeout
	res, err := server.New(st.QuadStore(), scfg).Execute(ctx, text, vars)
	if err != nil {
		fmt.Fprintf(stderr, "kg query: %v\n", err)
		return 1
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
