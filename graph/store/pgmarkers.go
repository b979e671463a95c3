package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// markerReader is implemented by writers that read and delete documents'
// markers with a query of their own rather than through Cayley's
// iterators, which on PostgreSQL cost a round trip per value.
type markerReader interface {
	documentHash(ctx context.Context, label quad.IRI) (string, bool, error)
	documents(ctx context.Context) ([]quad.IRI, error)
	deleteMarkers(ctx context.Context, label quad.IRI) (int, error)
}

var (
	hashOfTrue        = graph.HashOf(quad.Bool(true))
	hashOfComplete    = graph.HashOf(schema.Complete)
	hashOfContentHash = graph.HashOf(schema.ContentHash)
)

func (w *pgBulkWriter) documentHash(ctx context.Context, label quad.IRI) (string, bool, error) {
	l := graph.HashOf(label)
	rows, err := w.db.QueryContext(ctx, `SELECT q.predicate_hash, q.object_hash, n.value_string`+
		` FROM quads q JOIN nodes n ON n.hash = q.object_hash`+
		` WHERE q.subject_hash = $1 AND q.label_hash = $1 AND q.predicate_hash IN ($2, $3)`,
		l[:], hashOfComplete[:], hashOfContentHash[:])
	if err != nil {
		return "", false, fmt.Errorf("read markers: %w", err)
	}
	defer rows.Close()
	var (
		hash              string
		hasHash, complete bool
	)
	for rows.Next() {
		var (
			pred, obj []byte
			str       sql.NullString
		)
		if err := rows.Scan(&pred, &obj, &str); err != nil {
			return "", false, fmt.Errorf("read markers: %w", err)
		}
		switch {
		case string(pred) == string(hashOfComplete[:]) && string(obj) == string(hashOfTrue[:]):
			complete = true
		case string(pred) == string(hashOfContentHash[:]) && str.Valid:
			hash, hasHash = str.String, true
		}
	}
	if err := rows.Err(); err != nil {
		return "", false, fmt.Errorf("read markers: %w", err)
	}
	if !complete || !hasHash {
		return "", false, nil
	}
	return hash, true, nil
}

func (w *pgBulkWriter) documents(ctx context.Context) ([]quad.IRI, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT n.value_string FROM quads q JOIN nodes n ON n.hash = q.label_hash`+
		` WHERE q.predicate_hash = $1 AND q.object_hash = $2 AND q.subject_hash = q.label_hash AND n.iri`,
		hashOfComplete[:], hashOfTrue[:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []quad.IRI
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, quad.IRI(s))
	}
	return out, rows.Err()
}

func (w *pgBulkWriter) deleteMarkers(ctx context.Context, label quad.IRI) (int, error) {
	l := graph.HashOf(label)
	removed, err := w.deleteReturning(ctx, `DELETE FROM quads WHERE subject_hash = $1 AND label_hash = $1`+
		` AND predicate_hash IN ($2, $3) RETURNING subject_hash, predicate_hash, object_hash, label_hash`,
		l[:], hashOfComplete[:], hashOfContentHash[:])
	if err != nil {
		return 0, fmt.Errorf("postgres delete markers: %w", err)
	}
	return removed, nil
}
