// Package search is kg's full-text index (bleve) over the store: actors
// (names, aliases, official names, roles), claims, commitments (what,
// condition, kind), events (type, place, participants' names), numeric
// claims, sources (title) and sentences (text, with their source). Each hit
// is one node, identified by its local id (schema.LocalID) and kind
// (package kind), ranked by bleve's scoring with exact and partial name
// matches boosted above mentions in running text; names match by prefix
// ("zelen") and with a typo, and accents and case never matter.
//
// # Where the index lives
//
// For a "bolt:PATH" store, in the directory PATH + ".search" beside it
// (OpenFor); for "mem:" and PostgreSQL stores, in memory, rebuilt by Sync
// when the server starts.
//
// # Keeping it in step with the store
//
// The index records, per document label, the content hash it indexed.
// Sync(ctx, store) indexes every document whose hash differs and drops
// every document the store no longer holds: call it at server start and
// after a load or removal. Refresh(ctx, qs, labels...) re-indexes named
// labels directly (the hook to call after PutDocument or RemoveDocument).
// A node stated by several documents (an actor, a commitment reported
// twice) is one index entry built from all of them, rebuilt whenever one
// of them changes.
package search

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/kg-project/kg/graph/store"
)

// Sentinel errors; check with errors.Is.
var (
	ErrEmptyQuery   = errors.New("empty search text")
	ErrTooMany      = errors.New("first exceeds the maximum page size")
	ErrUnknownKind  = errors.New("unknown node kind")
	ErrIndexVersion = errors.New("search index of another version")
)

// MaxFirst is the largest page Search returns; DefaultFirst is used when
// first is 0.
const (
	MaxFirst     = 500
	DefaultFirst = 20
)

// version changes when the mapping or the documents change shape; an
// index of another version is rebuilt.
const version = "kg-search-1"

// Internal keys of the index.
var (
	keyVersion  = []byte("kg:version")
	keyManifest = []byte("kg:manifest")
)

// Index is an open search index. Search may run concurrently with
// everything; Refresh and Sync are serialised.
type Index struct {
	bleve bleve.Index
	dir   string // "" in memory
	mu    sync.Mutex
}

// OpenMem returns an empty in-memory index.
func OpenMem() (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("search mapping: %w", err)
	}
	// scorch without a path keeps its segments in memory: much faster to
	// search than bleve.NewMemOnly's upsidedown index.
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("open in-memory search index: %w", err)
	}
	ix := &Index{bleve: b}
	if err := b.SetInternal(keyVersion, []byte(version)); err != nil {
		return nil, fmt.Errorf("open in-memory search index: %w", err)
	}
	return ix, nil
}

// Open opens the index in dir, creating it when absent. An index written
// by another version of kg is deleted and created empty (Sync fills it).
func Open(dir string) (*Index, error) {
	if _, err := os.Stat(dir); err == nil {
		b, err := bleve.OpenUsing(dir, map[string]interface{}{"bolt_timeout": "5s"})
		if err != nil {
			return nil, fmt.Errorf("open search index %s: %w", dir, err)
		}
		v, err := b.GetInternal(keyVersion)
		if err == nil && string(v) == version {
			return &Index{bleve: b, dir: dir}, nil
		}
		b.Close()
		if err := os.RemoveAll(dir); err != nil {
			return nil, fmt.Errorf("remove outdated search index %s: %w", dir, err)
		}
	}
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("search mapping: %w", err)
	}
	b, err := bleve.New(dir, m)
	if err != nil {
		return nil, fmt.Errorf("create search index %s: %w", dir, err)
	}
	if err := b.SetInternal(keyVersion, []byte(version)); err != nil {
		b.Close()
		return nil, fmt.Errorf("create search index %s: %w", dir, err)
	}
	return &Index{bleve: b, dir: dir}, nil
}

// Dir returns the directory of the index of a store URL: PATH + ".search"
// for "bolt:PATH", "" (in memory) for every other store.
func Dir(storeURL string) string {
	if store.Scheme(storeURL) == "bolt" {
		if p := store.BoltPath(storeURL); p != "" {
			return p + ".search"
		}
	}
	return ""
}

// OpenFor opens the index that belongs with the store at storeURL (see
// Dir). It is not synchronised yet: call Sync.
func OpenFor(storeURL string) (*Index, error) {
	if dir := Dir(storeURL); dir != "" {
		return Open(dir)
	}
	return OpenMem()
}

// Close closes the index.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.bleve.Close(); err != nil {
		return fmt.Errorf("close search index: %w", err)
	}
	return nil
}

// Count returns the number of indexed nodes.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.bleve.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count search index: %w", err)
	}
	return n, nil
}
