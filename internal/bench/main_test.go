package bench_test

import (
	"os"
	"testing"

	"github.com/kg-project/kg/internal/testenv"
)

// TestMain says whether the PostgreSQL benchmarks (run with -bench) run.
func TestMain(m *testing.M) {
	os.Exit(testenv.PostgresMain(m, "internal/bench", "benchmarks (with -bench)"))
}
