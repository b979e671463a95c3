package query

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ChangeSource tells a Reader when its store changed and what changed, so
// that what the Reader keeps across requests (its read cache) stays exact.
// store.Store implements it: give a Reader over a store's QuadStore() the
// store itself (Reader.Follow).
type ChangeSource interface {
	// Generation returns a number that grows after every committed write
	// to the store.
	Generation(ctx context.Context) (uint64, error)
	// ChangedSince returns the nodes (subjects and objects of the quads
	// written or deleted) the writes after generation from, up to
	// generation to, changed; ok is false when the source cannot tell, and
	// then anything may have changed.
	ChangedSince(from, to uint64) (nodes []quad.Value, ok bool)
}

// countTTL bounds how long a Reader following a bare QuadStore (no
// ChangeSource) keeps what it read while the store's quad count stays the
// same: a document replaced by one of the same size keeps the count.
const countTTL = 5 * time.Second

// countSource is the ChangeSource of a bare QuadStore: a new generation
// whenever the quad count differs from the last one seen, and at least
// every countTTL; it never knows what changed. So a Reader over a bare
// QuadStore may answer from what it read up to countTTL before a write
// that kept the quad count.
type countSource struct {
	qs graph.QuadStore

	mu    sync.Mutex
	gen   uint64
	count int64
	stamp time.Time
}

func (c *countSource) Generation(ctx context.Context) (uint64, error) {
	st, err := c.qs.Stats(ctx, false)
	if err != nil {
		return 0, fmt.Errorf("read store size: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == 0 || st.Quads.Size != c.count || time.Since(c.stamp) > countTTL {
		c.gen, c.count, c.stamp = c.gen+1, st.Quads.Size, time.Now()
	}
	return c.gen, nil
}

func (c *countSource) ChangedSince(from, to uint64) ([]quad.Value, bool) { return nil, from == to }
