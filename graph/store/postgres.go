package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" and the lib/pq driver
)

// PostgresOptions choose how a PostgreSQL store writes.
type PostgresOptions struct {
	// CayleyWriter writes through Cayley's ApplyDeltas (one round trip per
	// node and quad) instead of kg's bulk path (multi-row INSERT into
	// Cayley's own tables). For comparison and as a fallback.
	CayleyWriter bool
}

func openPostgres(ctx context.Context, url string) (Store, error) {
	return OpenPostgres(ctx, url, PostgresOptions{})
}

// OpenPostgres opens (creating Cayley's tables if needed) the PostgreSQL
// store at url ("postgres://user:pass@host/db?sslmode=disable"), adds an
// index on quads(label_hash) so one document's quads are found without a
// scan and a write generation shared by every process (pggeneration.go),
// and writes through the bulk path unless opts say otherwise.
func OpenPostgres(ctx context.Context, url string, opts PostgresOptions) (Store, error) {
	// Connect first on our own: Cayley logs the URL, password included,
	// when it cannot connect.
	db, err := sql.Open("postgres", url)
	if err != nil {
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	// Cayley logs an error when its tables exist already: look first.
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&exists); err != nil {
		db.Close()
		return nil, fmt.Errorf("look for cayley tables: %w", err)
	}
	if !exists {
		err = graph.InitQuadStore("postgres", url, nil)
		if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			db.Close()
			return nil, fmt.Errorf("init postgres tables: %w", err)
		}
	}
	if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS kg_label_hash_index ON quads (label_hash)`); err != nil {
		db.Close()
		return nil, fmt.Errorf("create label index: %w", err)
	}
	if err := setupPostgresGeneration(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	qs, err := graph.NewQuadStore("postgres", url, nil)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres quad store: %w", err)
	}
	s := newCayleyStore(qs)
	s.onClose = db.Close
	s.count = func(ctx context.Context) (n int64, err error) {
		err = db.QueryRowContext(ctx, `SELECT COUNT(*) FROM quads`).Scan(&n)
		return n, err
	}
	s.sharedGeneration = postgresGeneration(db)
	if !opts.CayleyWriter {
		s.writer = &pgBulkWriter{db: db, qs: qs}
	}
	return s, nil
}
