package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// DefaultBatch is the number of quads written or deleted per transaction.
// Bounded batches keep memory flat however large a document is.
const DefaultBatch = 10000

// More sentinel errors of the write path.
var (
	// ErrWrongLabel: a quad given to PutDocument does not carry the
	// document's label.
	ErrWrongLabel = errors.New("quad label differs from document label")
	// ErrInvalidQuad: a quad lacks a subject, predicate or object.
	ErrInvalidQuad = errors.New("invalid quad")
)

// batchWriter is how a backend applies one bounded batch. The generic
// implementation goes through Cayley's ApplyDeltas; PostgreSQL has a bulk
// path writing Cayley's tables directly.
type batchWriter interface {
	// addQuads writes quads (all new, none duplicated) in one transaction.
	addQuads(ctx context.Context, quads []quad.Quad) error
	// deleteQuads deletes quads (all present) in one transaction.
	deleteQuads(ctx context.Context, quads []quad.Quad) error
}

// labelDeleter is implemented by writers that delete a batch of one
// label's quads without reading them first.
type labelDeleter interface {
	deleteLabel(ctx context.Context, label quad.IRI, limit int) (int, error)
}

// cayleyStore implements Store over any Cayley QuadStore.
type cayleyStore struct {
	qs     graph.QuadStore
	writer batchWriter
	batch  int
	// mu serialises writes. Reads take it too only when lockReads is set
	// (memstore has no locking of its own); bolt and PostgreSQL read
	// concurrently with a write, so that loader workers checking hashes do
	// not wait for the writer.
	mu        sync.RWMutex
	lockReads bool
	closed    atomic.Bool
	onClose   func() error
	// count, when set, counts quads instead of Stats (PostgreSQL: Cayley's
	// cached count can go stale when a read races a write).
	count func(ctx context.Context) (int64, error)
	// changes records every write batch (see changes.go).
	changes changeLog
	// sharedGeneration, when set, reads a write generation kept in the
	// store itself, which counts the writes of every process (PostgreSQL).
	sharedGeneration func(ctx context.Context) (uint64, error)
}

func newCayleyStore(qs graph.QuadStore) *cayleyStore {
	return &cayleyStore{qs: qs, writer: deltaWriter{qs}, batch: DefaultBatch}
}

// readLock takes the read lock when reads need it and returns its release.
func (s *cayleyStore) readLock() func() {
	if !s.lockReads {
		return func() {}
	}
	s.mu.RLock()
	return s.mu.RUnlock
}

func (s *cayleyStore) QuadStore() graph.QuadStore { return s.qs }

func (s *cayleyStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Swap(true) {
		return nil
	}
	err := s.qs.Close()
	if s.onClose != nil {
		if e := s.onClose(); err == nil {
			err = e
		}
	}
	return err
}

// deltaWriter applies batches through Cayley's ApplyDeltas.
type deltaWriter struct{ qs graph.QuadStore }

var ignoreAll = graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

func (w deltaWriter) addQuads(_ context.Context, quads []quad.Quad) error {
	return w.qs.ApplyDeltas(deltas(quads, graph.Add), ignoreAll)
}

func (w deltaWriter) deleteQuads(_ context.Context, quads []quad.Quad) error {
	return w.qs.ApplyDeltas(deltas(quads, graph.Delete), ignoreAll)
}

func deltas(quads []quad.Quad, action graph.Procedure) []graph.Delta {
	out := make([]graph.Delta, len(quads))
	for i, q := range quads {
		out[i] = graph.Delta{Quad: q, Action: action}
	}
	return out
}

// PutDocument implements Store.
func (s *cayleyStore) PutDocument(ctx context.Context, label quad.IRI, hash string, quads []quad.Quad) (Outcome, error) {
	body, err := documentQuads(label, quads)
	if err != nil {
		return Unchanged, fmt.Errorf("put %s: %w", label, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return Unchanged, fmt.Errorf("put %s: %w", label, ErrClosed)
	}
	stored, complete, err := s.documentHash(ctx, label)
	if err != nil {
		return Unchanged, fmt.Errorf("put %s: %w", label, err)
	}
	if complete && stored == hash {
		return Unchanged, nil
	}
	removed, err := s.removeLabel(ctx, label)
	if err != nil {
		return Unchanged, fmt.Errorf("put %s: remove old quads: %w", label, err)
	}
	// The hash and the completeness marker go last, in the last batch.
	body = append(body, markerQuads(label, hash)...)
	for start := 0; start < len(body); start += s.batch {
		if err := ctx.Err(); err != nil {
			return Unchanged, fmt.Errorf("put %s: %w", label, err)
		}
		end := min(start+s.batch, len(body))
		err := s.writer.addQuads(ctx, body[start:end])
		s.changes.record(body[start:end])
		if err != nil {
			return Unchanged, fmt.Errorf("put %s: write quads %d-%d: %w", label, start, end, err)
		}
	}
	if removed > 0 {
		return Replaced, nil
	}
	return Added, nil
}

// documentQuads checks that every quad is valid and carries label, drops
// exact duplicates and any hash or marker quad of the caller (the store
// writes its own), and returns a new slice.
func documentQuads(label quad.IRI, quads []quad.Quad) ([]quad.Quad, error) {
	out := make([]quad.Quad, 0, len(quads)+2)
	seen := make(map[quad.Quad]struct{}, len(quads))
	for i, q := range quads {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			return nil, fmt.Errorf("quad %d (%v): %w", i, q, ErrInvalidQuad)
		}
		if l, ok := q.Label.(quad.IRI); !ok || l != label {
			return nil, fmt.Errorf("quad %d has label %v: %w", i, q.Label, ErrWrongLabel)
		}
		if isMarker(label, q) {
			continue
		}
		q.Subject, q.Object = normalize(q.Subject), normalize(q.Object)
		if _, dup := seen[q]; dup {
			continue
		}
		seen[q] = struct{}{}
		out = append(out, q)
	}
	return out, nil
}

// normalize makes a value read back equal (and hash equal) to the value
// written on every backend: times are stored in UTC (bolt) with
// microsecond precision (PostgreSQL), and a quad's hash depends on the
// zone and precision of its times.
func normalize(v quad.Value) quad.Value {
	if t, ok := v.(quad.Time); ok {
		return quad.Time(time.Time(t).UTC().Truncate(time.Microsecond))
	}
	return v
}

func isMarker(label quad.IRI, q quad.Quad) bool {
	if s, ok := q.Subject.(quad.IRI); !ok || s != label {
		return false
	}
	p, _ := q.Predicate.(quad.IRI)
	return p == schema.Complete || p == schema.ContentHash
}

func markerQuads(label quad.IRI, hash string) []quad.Quad {
	return []quad.Quad{
		{Subject: label, Predicate: schema.ContentHash, Object: quad.String(hash), Label: label},
		{Subject: label, Predicate: schema.Complete, Object: quad.Bool(true), Label: label},
	}
}

// RemoveDocument implements Store.
func (s *cayleyStore) RemoveDocument(ctx context.Context, label quad.IRI) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return fmt.Errorf("remove %s: %w", label, ErrClosed)
	}
	n, err := s.removeLabel(ctx, label)
	if err != nil {
		return fmt.Errorf("remove %s: %w", label, err)
	}
	if n == 0 {
		return fmt.Errorf("remove %s: %w", label, ErrNotFound)
	}
	return nil
}

// removeLabel deletes the completeness marker first (a crash part-way
// leaves an incomplete document that the next load repairs), then every
// quad labelled label, in bounded batches. It returns how many quads went.
func (s *cayleyStore) removeLabel(ctx context.Context, label quad.IRI) (int, error) {
	removed, err := s.deleteMarkers(ctx, label)
	if err != nil {
		return 0, fmt.Errorf("delete completeness marker: %w", err)
	}
	if d, ok := s.writer.(labelDeleter); ok {
		for {
			n, err := d.deleteLabel(ctx, label, s.batch)
			if n > 0 || err != nil {
				s.changes.recordAll() // the backend deleted quads it did not return
			}
			if err != nil {
				return removed, err
			}
			if n == 0 {
				return removed, nil
			}
			removed += n
		}
	}
	for {
		// Collect one batch, close the iterator, then delete: bolt must
		// not hold a read transaction open while it writes.
		batch, err := s.labelQuads(ctx, label, s.batch)
		if err != nil {
			return removed, err
		}
		if len(batch) == 0 {
			return removed, nil
		}
		err = s.writer.deleteQuads(ctx, batch)
		s.changes.record(batch)
		if err != nil {
			return removed, fmt.Errorf("delete %d quads: %w", len(batch), err)
		}
		removed += len(batch)
	}
}

func (s *cayleyStore) deleteMarkers(ctx context.Context, label quad.IRI) (int, error) {
	if r, ok := s.writer.(markerReader); ok {
		n, err := r.deleteMarkers(ctx, label)
		if n > 0 || err != nil {
			s.changes.recordAll() // the backend deleted quads it did not return
		}
		return n, err
	}
	markers, err := s.markersOf(ctx, label)
	if err != nil || len(markers) == 0 {
		return 0, err
	}
	err = s.writer.deleteQuads(ctx, markers)
	s.changes.record(markers)
	if err != nil {
		return 0, err
	}
	return len(markers), nil
}

// labelQuads returns up to limit quads labelled label, through the label
// index of the backend.
func (s *cayleyStore) labelQuads(ctx context.Context, label quad.IRI, limit int) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(label)
	if ref == nil {
		return nil, nil
	}
	return s.collect(ctx, s.qs.QuadIterator(quad.Label, ref), limit, func(quad.Quad) bool { return true })
}

// markersOf returns the hash and completeness quads of a document.
func (s *cayleyStore) markersOf(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(label)
	if ref == nil {
		return nil, nil
	}
	return s.collect(ctx, s.qs.QuadIterator(quad.Subject, ref), -1, func(q quad.Quad) bool {
		return q.Label == quad.Value(label) && isMarker(label, q)
	})
}

func (s *cayleyStore) collect(ctx context.Context, it graph.Iterator, limit int, keep func(quad.Quad) bool) ([]quad.Quad, error) {
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if keep(q) {
			out = append(out, q)
			if limit > 0 && len(out) >= limit {
				break
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("iterate quads: %w", err)
	}
	return out, nil
}

// DocumentHash implements Store.
func (s *cayleyStore) DocumentHash(ctx context.Context, label quad.IRI) (string, bool, error) {
	defer s.readLock()()
	if s.closed.Load() {
		return "", false, fmt.Errorf("hash of %s: %w", label, ErrClosed)
	}
	h, ok, err := s.documentHash(ctx, label)
	if err != nil {
		return "", false, fmt.Errorf("hash of %s: %w", label, err)
	}
	return h, ok, nil
}

func (s *cayleyStore) documentHash(ctx context.Context, label quad.IRI) (string, bool, error) {
	if r, ok := s.writer.(markerReader); ok {
		return r.documentHash(ctx, label)
	}
	markers, err := s.markersOf(ctx, label)
	if err != nil {
		return "", false, err
	}
	var (
		hash     string
		hasHash  bool
		complete bool
	)
	for _, q := range markers {
		switch q.Predicate {
		case quad.Value(schema.ContentHash):
			if v, ok := q.Object.(quad.String); ok {
				hash, hasHash = string(v), true
			}
		case quad.Value(schema.Complete):
			if v, ok := q.Object.(quad.Bool); ok && bool(v) {
				complete = true
			}
		}
	}
	if !complete || !hasHash {
		return "", false, nil
	}
	return hash, true, nil
}

// Documents implements Store.
func (s *cayleyStore) Documents(ctx context.Context) ([]quad.IRI, error) {
	defer s.readLock()()
	if s.closed.Load() {
		return nil, fmt.Errorf("list documents: %w", ErrClosed)
	}
	if r, ok := s.writer.(markerReader); ok {
		docs, err := r.documents(ctx)
		if err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		return docs, nil
	}
	ref := s.qs.ValueOf(schema.Complete)
	if ref == nil {
		return nil, nil
	}
	quads, err := s.collect(ctx, s.qs.QuadIterator(quad.Predicate, ref), -1, func(q quad.Quad) bool {
		return q.Subject == q.Label && q.Object == quad.Value(quad.Bool(true))
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	out := make([]quad.IRI, 0, len(quads))
	for _, q := range quads {
		if iri, ok := q.Label.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	return out, nil
}

// Count implements Store.
func (s *cayleyStore) Count(ctx context.Context) (int64, error) {
	defer s.readLock()()
	if s.closed.Load() {
		return 0, fmt.Errorf("count quads: %w", ErrClosed)
	}
	if s.count != nil {
		n, err := s.count(ctx)
		if err != nil {
			return 0, fmt.Errorf("count quads: %w", err)
		}
		return n, nil
	}
	st, err := s.qs.Stats(ctx, true)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a new KV store writes its size with its first quad
	}
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Size, nil
}
