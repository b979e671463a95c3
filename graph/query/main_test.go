package query_test

import (
	"os"
	"testing"

	"github.com/kg-project/kg/internal/testenv"
)

// TestMain says whether the PostgreSQL read cache tests run.
func TestMain(m *testing.M) {
	os.Exit(testenv.PostgresMain(m, "graph/query", "read cache tests"))
}
