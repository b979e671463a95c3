package loader

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	_ "github.com/lib/pq" // the "postgres" driver

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/internal/testenv"
)

// postgresStore opens a store in a fresh schema of the database at
// KG_TEST_POSTGRES (the test is skipped when it is unset), dropped when
// the test ends.
func postgresStore(t *testing.T) store.Store {
	t.Helper()
	base := testenv.PostgresURL(t)
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("kgloader_%d", rand.Uint64())
	if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
		db.Close()
		t.Fatalf("create schema: %v", err)
	}
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	st, err := store.Open(context.Background(), base+sep+"search_path="+name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		st.Close()
		if _, err := db.Exec(`DROP SCHEMA ` + name + ` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
		db.Close()
	})
	return st
}
