package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"  // registers "bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers "memstore"
	"github.com/cayleygraph/quad"
)

// LabelIndex is the KV index kg adds to Cayley's default ones so that the
// quads of one document are found without scanning the store. Its key
// starts with the label, so QuadIterator(quad.Label, ...) is a prefix scan
// of it; the key continues with subject, predicate and object so that each
// entry lists (almost always) one quad: Cayley's duplicate check intersects
// the lists of every index, and a label-only list would be read whole for
// each quad deleted, quadratic in the size of the document.
var LabelIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Label, quad.Subject, quad.Predicate, quad.Object}}

// kvIndexes guards kv.DefaultQuadIndexes, which Cayley reads when it
// initialises a new KV store (the list is then saved in the store).
var kvIndexes sync.Mutex

func openMem(_ context.Context, url string) (Store, error) {
	if rest := strings.TrimPrefix(url, "mem:"); rest != "" {
		return nil, fmt.Errorf("mem: takes no address")
	}
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		return nil, err
	}
	s := newCayleyStore(qs)
	s.lockReads = true
	return s, nil
}

// BoltPath returns the directory a "bolt:PATH" URL names ("bolt://PATH"
// is accepted too).
func BoltPath(url string) string {
	path := url[len("bolt:"):]
	return strings.TrimPrefix(path, "//")
}

// boltMmapSize is the address space bolt maps up front (virtual, not
// memory). Bolt remaps when its file outgrows the map, and a remap waits
// for every open read transaction: with GraphQL queries reading (Cayley's
// iterators open nested read transactions) while the loader writes in the
// same process, that wait deadlocks. Mapping ahead means no remap below
// this size.
const boltMmapSize = 1 << 34

// boltLockWait bounds the wait for bolt's file lock, held by any other
// process that has the store open (kg serve, another kg load). Cayley's own
// bolt opener waits forever, deaf to signals.
const boltLockWait = 3 * time.Second

// boltFile is the database file inside a bolt store's directory (the name
// Cayley's bolt backend uses).
const boltFile = "indexes.bolt"

// openBolt opens (creating it if needed) the bolt store with kg's label
// index, and fails with ErrLocked if another process holds it.
func openBolt(_ context.Context, url string) (Store, error) {
	path := BoltPath(url)
	if path == "" {
		return nil, fmt.Errorf("bolt: no path (want bolt:PATH)")
	}
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, fmt.Errorf("bolt store %s: %w", path, err)
	}
	db, err := hbolt.Open(filepath.Join(path, boltFile), &bolt.Options{Timeout: boltLockWait, InitialMmapSize: boltMmapSize})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("bolt store %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("bolt store %s: %w", path, err)
	}
	kvIndexes.Lock()
	saved := kv.DefaultQuadIndexes
	kv.DefaultQuadIndexes = append(append([]kv.QuadIndex(nil), saved...), LabelIndex)
	err = kv.Init(db, nil)
	kv.DefaultQuadIndexes = saved
	kvIndexes.Unlock()
	if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		db.Close()
		return nil, fmt.Errorf("init bolt store %s: %w", path, err)
	}
	// No bloom filters: Cayley sizes them for 100M entries and rebuilds
	// them from the whole store on every open (most of the heap, and slow
	// opens); without them duplicate checks read the index, which measured
	// faster for kg's batched writes.
	qs, err := kv.New(db, graph.Options{kv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("bolt store %s: %w", path, err)
	}
	return newCayleyStore(qs), nil
}
