package store_test

import (
	"os"
	"testing"

	"github.com/kg-project/kg/internal/testenv"
)

// TestMain says whether the PostgreSQL conformance tests run.
func TestMain(m *testing.M) {
	os.Exit(testenv.PostgresMain(m, "graph/store", "conformance tests"))
}
