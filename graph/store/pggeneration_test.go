package store_test

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// TestPostgresGenerationSeesOtherWriters checks that the write generation
// of a PostgreSQL store moves on when another process writes: another
// store on the same database, Cayley's own writer, and plain SQL from a
// connection whose search path does not name the store's schema.
func TestPostgresGenerationSeesOtherWriters(t *testing.T) {
	base := postgresURL(t)
	ctx := context.Background()
	reader := openPostgres(t, base, store.PostgresOptions{})
	writer, err := store.OpenPostgres(ctx, lastPostgresURL, store.PostgresOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	gen := func() uint64 {
		t.Helper()
		g, err := reader.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	g0 := gen()
	label := schema.SourceIRI("elsewhere")
	q := quad.Quad{Subject: schema.ID("x"), Predicate: schema.Name, Object: quad.String("x"), Label: label}
	if _, err := writer.PutDocument(ctx, label, "h", []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	g1 := gen()
	if g1 <= g0 {
		t.Fatalf("generation %d after another store's write, was %d", g1, g0)
	}
	if _, ok := reader.ChangedSince(g0, g1); ok {
		t.Fatal("ChangedSince claims to know what another process wrote")
	}
	q.Object = quad.String("y")
	if err := writer.QuadStore().ApplyDeltas([]graph.Delta{{Quad: q, Action: graph.Add}}, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	g2 := gen()
	if g2 <= g1 {
		t.Fatalf("generation %d after a write through Cayley's writer, was %d", g2, g1)
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// openPostgres puts the store in its own schema, named in the URL.
	_, schemaName, found := strings.Cut(lastPostgresURL, "search_path=")
	if !found {
		t.Fatalf("no schema in %s", lastPostgresURL)
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM `+schemaName+`.quads WHERE false`); err != nil {
		t.Fatal(err)
	}
	if g3 := gen(); g3 <= g2 {
		t.Fatalf("generation %d after a plain SQL statement on the quads, was %d", g3, g2)
	}
}
