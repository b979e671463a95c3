package store

import (
	"context"
	"database/sql"
	"fmt"
)

// The write generation of a PostgreSQL store lives in the database, so
// that a reader in one process sees the writes of every other: a
// statement-level trigger on Cayley's quads table adds one to it in the
// writing transaction, whoever writes (kg's bulk path, Cayley's writer,
// psql). Readers see the new value when the write commits. Concurrent
// write transactions wait for each other on its row until they commit.

// pgGenerationSetup creates the generation table and its trigger if
// missing. An advisory lock keeps two processes opening the same database
// from racing on the DDL.
var pgGenerationSetup = []string{
	`SELECT pg_advisory_xact_lock(7346512093)`,
	`CREATE TABLE IF NOT EXISTS kg_write_generation (id int PRIMARY KEY CHECK (id = 1), gen bigint NOT NULL)`,
	`INSERT INTO kg_write_generation (id, gen) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
	// SET search_path FROM CURRENT: a writer whose search path differs
	// (psql on a kg schema's quads) still finds the table.
	`CREATE OR REPLACE FUNCTION kg_count_write() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
	UPDATE kg_write_generation SET gen = gen + 1 WHERE id = 1;
	RETURN NULL;
END $$`,
	`DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'kg_count_writes' AND tgrelid = 'quads'::regclass) THEN
		CREATE TRIGGER kg_count_writes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quads
			FOR EACH STATEMENT EXECUTE PROCEDURE kg_count_write();
	END IF;
END $$`,
}

// setupPostgresGeneration installs the shared write generation in db.
func setupPostgresGeneration(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set up write generation: %w", err)
	}
	defer tx.Rollback()
	for _, stmt := range pgGenerationSetup {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("set up write generation: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("set up write generation: %w", err)
	}
	return nil
}

// postgresGeneration reads the shared write generation of db.
func postgresGeneration(db *sql.DB) func(ctx context.Context) (uint64, error) {
	return func(ctx context.Context) (uint64, error) {
		var gen int64
		if err := db.QueryRowContext(ctx, `SELECT gen FROM kg_write_generation WHERE id = 1`).Scan(&gen); err != nil {
			return 0, fmt.Errorf("read write generation: %w", err)
		}
		return uint64(gen), nil
	}
}
