package testenv

import (
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"testing"
)

// PostgresEnv names the variable holding the URL of a PostgreSQL database
// that tests may use (bash .ci/postgres.sh starts one and prints its URL).
const PostgresEnv = "KG_TEST_POSTGRES"

// PostgresURL returns the database URL in KG_TEST_POSTGRES, or skips the
// test saying the variable is unset.
func PostgresURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(PostgresEnv)
	if u == "" {
		t.Skipf("%s not set: PostgreSQL skipped", PostgresEnv)
	}
	return u
}

// PostgresNote is the line a package with PostgreSQL tests prints before
// they run: whether its tests (what) run against KG_TEST_POSTGRES (its URL
// shown without the password) or are skipped, and why.
func PostgresNote(pkg, what, dbURL string) string {
	if dbURL == "" {
		return fmt.Sprintf("%s: PostgreSQL %s skipped: %s is not set (export %s=\"$(bash .ci/postgres.sh)\" to run them)", pkg, what, PostgresEnv, PostgresEnv)
	}
	shown := "a URL that does not parse"
	if u, err := url.Parse(dbURL); err == nil {
		shown = u.Redacted()
	}
	return fmt.Sprintf("%s: PostgreSQL %s run against %s (%s)", pkg, what, PostgresEnv, shown)
}

// PostgresMain is the TestMain of a package with PostgreSQL tests: it
// prints PostgresNote, then runs the tests and returns their exit code.
// go test shows a passing package's output only with -v, so without -v
// the line goes to the terminal (/dev/tty) when there is one; with -v, or
// without a terminal, to stderr.
func PostgresMain(m *testing.M, pkg, what string) int {
	flag.Parse() // for testing.Verbose; m.Run parses no more
	noteTo(PostgresNote(pkg, what, os.Getenv(PostgresEnv)), testing.Verbose())
	return m.Run()
}

func noteTo(line string, verbose bool) {
	var w io.Writer = os.Stderr
	if !verbose {
		if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
			defer tty.Close()
			w = tty
		}
	}
	fmt.Fprintln(w, line)
}
