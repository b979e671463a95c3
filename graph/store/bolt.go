package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

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

func openBolt(ctx context.Context, url string) (Store, error) {
	path := BoltPath(url)
	if path == "" {
		return nil, fmt.Errorf("bolt: no path (want bolt:PATH)")
	}
	if err := waitBoltUnlocked(ctx, path); err != nil {
		return nil, err
	}
	if err := initBolt(path); err != nil {
		return nil, fmt.Errorf("init bolt store %s: %w", path, err)
	}
	qs, err := graph.NewQuadStore("bolt", path, nil)
	if err != nil {
		return nil, fmt.Errorf("bolt store %s: %w", path, err)
	}
	return newCayleyStore(qs), nil
}

// initBolt creates the store at path with kg's label index, unless it
// exists already.
func initBolt(path string) error {
	kvIndexes.Lock()
	defer kvIndexes.Unlock()
	saved := kv.DefaultQuadIndexes
	kv.DefaultQuadIndexes = append(append([]kv.QuadIndex(nil), saved...), LabelIndex)
	defer func() { kv.DefaultQuadIndexes = saved }()
	err := graph.InitQuadStore("bolt", path, nil)
	if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		return err
	}
	return nil
}
