package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/graph/store/storetest"
	"github.com/kg-project/kg/internal/testenv"
	"github.com/kg-project/kg/schema"
)

func TestConformanceMem(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := store.Open(context.Background(), "mem:")
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, storetest.Options{ExactChanges: true})
}

func TestConformanceBolt(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := store.Open(context.Background(), "bolt:"+filepath.Join(t.TempDir(), "kg.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, storetest.Options{RawConcurrentReads: true, ExactChanges: true})
}

func TestConformancePostgres(t *testing.T) {
	base := postgresURL(t)
	storetest.Run(t, func(t *testing.T) store.Store {
		return openPostgres(t, base, store.PostgresOptions{})
	}, storetest.Options{RawConcurrentReads: true, LargeDoc: 25000})
}

func TestConformancePostgresCayleyWriter(t *testing.T) {
	base := postgresURL(t)
	storetest.Run(t, func(t *testing.T) store.Store {
		return openPostgres(t, base, store.PostgresOptions{CayleyWriter: true})
	}, storetest.Options{RawConcurrentReads: true, LargeDoc: 3000})
}

func postgresURL(t testing.TB) string {
	return testenv.PostgresURL(t)
}

// lastPostgresURL is the URL of the schema openPostgres made last.
var lastPostgresURL string

// openPostgres opens a store in a fresh schema of the test database,
// dropped when the test ends, so runs are independent.
func openPostgres(t testing.TB, base string, opts store.PostgresOptions) store.Store {
	t.Helper()
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	schemaName := fmt.Sprintf("kgtest_%d", rand.Uint64())
	if _, err := db.Exec(`CREATE SCHEMA ` + schemaName); err != nil {
		db.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := db.Exec(`DROP SCHEMA ` + schemaName + ` CASCADE`); err != nil {
			t.Errorf("drop schema: %v", err)
		}
		db.Close()
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	lastPostgresURL = base + sep + "search_path=" + schemaName
	s, err := store.OpenPostgres(context.Background(), lastPostgresURL, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOpenUnknownScheme(t *testing.T) {
	_, err := store.Open(context.Background(), "mongodb://user:secret@host/db")
	if !errors.Is(err, store.ErrUnknownBackend) {
		t.Fatalf("err = %v, want ErrUnknownBackend", err)
	}
	if !strings.Contains(err.Error(), `"mongodb"`) || strings.Contains(err.Error(), "secret") {
		t.Fatalf("message %q should name the scheme and hide the password", err)
	}
	if _, err := store.Open(context.Background(), "kg.db"); !errors.Is(err, store.ErrUnknownBackend) {
		t.Fatalf("no scheme: err = %v, want ErrUnknownBackend", err)
	}
}

// TestBoltLabelIndex checks that the label index is saved in a new bolt
// store, used after reopening, and that data survives reopening.
func TestBoltLabelIndex(t *testing.T) {
	ctx := context.Background()
	url := "bolt:" + filepath.Join(t.TempDir(), "kg.db")
	s, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	label := schema.SourceIRI("indexed")
	quads := []quad.Quad{{Subject: schema.ID("x"), Predicate: schema.Name, Object: quad.String("x"), Label: label}}
	if _, err := s.PutDocument(ctx, label, "h", quads); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if len(kv.DefaultQuadIndexes) != 2 {
		t.Fatalf("kv.DefaultQuadIndexes left modified: %v", kv.DefaultQuadIndexes)
	}
	s, err = store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qs := s.QuadStore()
	it := qs.QuadIterator(quad.Label, qs.ValueOf(label))
	defer it.Close()
	if _, ok := it.(*kv.QuadIterator); !ok {
		t.Fatalf("label lookup uses %T, want an index scan (*kv.QuadIterator)", it)
	}
	n := 0
	for it.Next(ctx) {
		n++
	}
	if n != 3 {
		t.Fatalf("label index lists %d quads, want 3", n)
	}
	if h, ok, err := s.DocumentHash(ctx, label); err != nil || !ok || h != "h" {
		t.Fatalf("after reopen DocumentHash = %q %v %v", h, ok, err)
	}
}

func TestOpenPostgresBadPasswordHidden(t *testing.T) {
	base := postgresURL(t)
	url := strings.Replace(base, "://", "://nosuchuser:s3cretpw@", 1)
	if i := strings.Index(base, "@"); i > 0 {
		url = base[:strings.Index(base, "://")+3] + "nosuchuser:s3cretpw" + base[i:]
	}
	_, err := store.Open(context.Background(), url)
	if err == nil {
		t.Fatal("open with a wrong user succeeded")
	}
	if strings.Contains(err.Error(), "s3cretpw") {
		t.Fatalf("error shows the password: %v", err)
	}
}

// TestPostgresReopen opens a store twice on the same tables: the second
// open finds the tables, keeps the data and logs nothing.
func TestPostgresReopen(t *testing.T) {
	base := postgresURL(t)
	ctx := context.Background()
	s := openPostgres(t, base, store.PostgresOptions{})
	label := schema.SourceIRI("kept")
	quads := []quad.Quad{{Subject: schema.ID("x"), Predicate: schema.Name, Object: quad.String("x"), Label: label}}
	if _, err := s.PutDocument(ctx, label, "h", quads); err != nil {
		t.Fatal(err)
	}
	s.Close()
	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	// openPostgres made a fresh schema: reopen the same one by its URL.
	s2, err := store.OpenPostgres(ctx, lastPostgresURL, store.PostgresOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if h, ok, err := s2.DocumentHash(ctx, label); err != nil || !ok || h != "h" {
		t.Fatalf("after reopen DocumentHash = %q %v %v", h, ok, err)
	}
	if logged.Len() != 0 {
		t.Fatalf("reopening logged: %s", logged.String())
	}
}
