// Package store opens kg's Cayley quad store by URL and writes documents
// into it atomically: every quad of a document carries the document's IRI
// as its label; a document's quads are replaced together with a
// completeness marker; unchanged documents (same content hash) are skipped.
//
// Backends are chosen by name from one registry (registry.go): "bolt:PATH"
// (embedded default, with a label index), "mem:" (tests) and
// "postgres://..." (Cayley's SQL backend, with an index on label_hash and a
// bulk insert path). The same conformance suite runs against each.
package store

import (
	"context"
	"errors"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// DefaultURL is the store used when neither --store nor KG_STORE is given.
const DefaultURL = "bolt:kg.db"

// Sentinel errors; check with errors.Is.
var (
	ErrUnknownBackend = errors.New("unknown store backend")
	ErrNotFound       = errors.New("not found")
	ErrClosed         = errors.New("store closed")
	// ErrLocked: another process holds the embedded store (bolt allows one
	// process at a time). Stop it, or load through the running server
	// (`kg load --server URL`).
	ErrLocked = errors.New("store is in use by another process (is kg serve running on it? stop it, or use kg load --server URL)")
)

// Outcome says what PutDocument did.
type Outcome int

const (
	Unchanged Outcome = iota // same content hash, complete: nothing written
	Added                    // new document
	Replaced                 // changed document: old quads removed, new written
)

// Store is an open quad store with kg's document-level write semantics.
// Reads go through QuadStore() with Cayley paths; writes go through
// PutDocument, RemoveDocument and PutCurated so that labels, replacement
// and completeness markers are always kept.
type Store interface {
	// QuadStore is the underlying Cayley store, for reads.
	QuadStore() graph.QuadStore

	// PutDocument writes the quads of one document, all of which must carry
	// label (else ErrWrongLabel, nothing written). If a complete document
	// with the same hash is stored, nothing is written. Otherwise the old
	// quads under label are deleted and the new ones written with the
	// content hash (schema.ContentHash) and completeness marker
	// (schema.Complete) on the label IRI, in bounded batches of
	// DefaultBatch quads, those two last. Hash or marker quads the caller
	// passes on the label IRI are replaced by the store's; duplicates are
	// dropped; quad.Time values are stored in UTC at microsecond precision
	// so that they read back equal on every backend.
	PutDocument(ctx context.Context, label quad.IRI, hash string, quads []quad.Quad) (Outcome, error)

	// RemoveDocument deletes every quad labelled label. ErrNotFound if none.
	RemoveDocument(ctx context.Context, label quad.IRI) error

	// DocumentHash returns the stored content hash of a complete document,
	// and false when the document is absent or incomplete.
	DocumentHash(ctx context.Context, label quad.IRI) (string, bool, error)

	// Documents lists the labels of all complete documents.
	Documents(ctx context.Context) ([]quad.IRI, error)

	// Count returns the number of quads in the store.
	Count(ctx context.Context) (int64, error)

	// Generation returns a number that grows after every committed write
	// (each batch of PutDocument and RemoveDocument), so that a reader
	// keeping what it read across requests knows when to look again. On
	// PostgreSQL it is kept in the database and counts the writes of every
	// process; elsewhere only this process can write.
	Generation(ctx context.Context) (uint64, error)

	// ChangedSince returns the nodes (subjects and objects of the quads
	// written or deleted) that the writes after generation from, up to
	// generation to, changed. ok is false when the store cannot tell (the
	// writes are too old, or were made by another process): anything may
	// have changed.
	ChangedSince(from, to uint64) (nodes []quad.Value, ok bool)

	Close() error
}
