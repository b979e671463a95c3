package main

import (
	"strings"
	"testing"
)

// TestSubcommandArgumentErrors checks the shared argument handling: a
// missing or extra argument and an unknown flag exit 2 with the
// command's own usage line; a store that does not open exits 1 with
// "kg NAME:" before the error.
func TestSubcommandArgumentErrors(t *testing.T) {
	for _, c := range []struct {
		args  []string
		usage string
	}{
		{[]string{"extract"}, "usage: kg extract [--out DIR] PATH..."},
		{[]string{"load"}, "usage: kg load [--store URL | --server URL] PATH..."},
		{[]string{"rm"}, "usage: kg rm [--store URL | --server URL] [--samples] SOURCE..."},
		{[]string{"search"}, "usage: kg search [--store URL]"},
		{[]string{"export", "extra"}, "usage: kg export [--store URL] --format"},
		{[]string{"query"}, "usage: kg query [--store URL]"},
		{[]string{"query", "{ a }", "{ b }"}, "usage: kg query"},
		{[]string{"gen"}, "usage: kg gen [--docs N] [--seed S] DIR"},
		{[]string{"gen", "--docs", "-1", "dir"}, "usage: kg gen"},
		{[]string{"rm", "--no-such-flag", "x"}, "usage: kg rm"},
	} {
		code, out, errs := run(t, c.args...)
		if code != 2 || !strings.Contains(errs, c.usage) || out != "" {
			t.Errorf("kg %q: status %d, stdout %q, stderr %q; want 2 and %q", c.args, code, out, errs, c.usage)
		}
	}
	for _, name := range []string{"load", "rm", "search", "export", "query"} {
		args := []string{name, "--store", "nosuch:x"}
		switch name {
		case "query":
			args = append(args, "{ __typename }")
		case "export":
		default:
			args = append(args, "x")
		}
		code, _, errs := run(t, args...)
		if code != 1 || !strings.HasPrefix(errs, "kg "+name+": ") || !strings.Contains(errs, "unknown store backend") {
			t.Errorf("kg %s on an unknown store: status %d, stderr %q", name, code, errs)
		}
	}
}
