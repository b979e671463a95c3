package store

import (
	"context"
	"sync"

	"github.com/cayleygraph/quad"
)

// What readers need to keep caches exact: a write generation that changes
// after every committed write, and the nodes each write changed.
//
// Every write batch of PutDocument and RemoveDocument is recorded after it
// commits (or fails: a failed batch may have been partly applied by a
// backend without transactions): the generation grows by one and the log
// keeps the subjects and objects of the batch's quads. A reader that saw
// generation g and now sees h drops what it read about ChangedSince(g, h),
// or everything when the log cannot tell.

// maxLoggedNodes bounds the nodes the change log keeps, about a hundred
// documents' worth (the oldest batches are forgotten first; a reader
// further behind drops everything). Readers catch up at every request.
const maxLoggedNodes = 1 << 16

// changeLog is the generation and recent changes of one store.
type changeLog struct {
	mu      sync.Mutex
	gen     uint64
	entries []changeEntry // oldest first, generations consecutive
	nodes   int           // nodes held by entries
}

// changeEntry is what one write batch changed; nodes is nil when the batch
// could have changed anything.
type changeEntry struct {
	gen   uint64
	nodes []quad.Value
}

// record logs one committed (or failed) batch of quads.
func (c *changeLog) record(quads []quad.Quad) {
	seen := make(map[quad.Value]struct{}, len(quads))
	nodes := make([]quad.Value, 0, len(quads))
	for _, q := range quads {
		for _, v := range []quad.Value{q.Subject, q.Object} {
			if v == nil {
				continue
			}
			if _, dup := seen[v]; !dup {
				seen[v] = struct{}{}
				nodes = append(nodes, v)
			}
		}
	}
	c.add(nodes)
}

// recordAll logs a write whose quads are unknown (a backend's own bulk
// delete): readers drop everything.
func (c *changeLog) recordAll() { c.add(nil) }

func (c *changeLog) add(nodes []quad.Value) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	if nodes == nil {
		// Nothing before it can be told apart any more.
		c.entries, c.nodes = nil, 0
	}
	c.entries = append(c.entries, changeEntry{gen: c.gen, nodes: nodes})
	c.nodes += len(nodes)
	for len(c.entries) > 1 && c.nodes > maxLoggedNodes {
		c.nodes -= len(c.entries[0].nodes)
		c.entries = c.entries[1:]
	}
}

// generation returns the number of batches recorded.
func (c *changeLog) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// since returns the nodes changed by the batches after generation from up
// to generation to, and false when the log cannot tell (it no longer
// reaches back to from, a batch's quads were unknown, or the generations
// are not ones it recorded).
func (c *changeLog) since(from, to uint64) ([]quad.Value, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if from == to {
		return nil, true
	}
	if from > to || to > c.gen || len(c.entries) == 0 || c.entries[0].gen > from+1 {
		return nil, false
	}
	var out []quad.Value
	for _, e := range c.entries {
		if e.gen <= from || e.gen > to {
			continue
		}
		if e.nodes == nil {
			return nil, false
		}
		out = append(out, e.nodes...)
	}
	return out, true
}

// Generation implements Store: the local change log's generation, or the
// shared one (PostgreSQL) that counts the writes of every process.
func (s *cayleyStore) Generation(ctx context.Context) (uint64, error) {
	if s.sharedGeneration != nil {
		return s.sharedGeneration(ctx)
	}
	return s.changes.generation(), nil
}

// ChangedSince implements Store. A store other processes can write cannot
// tell what they changed: it answers false.
func (s *cayleyStore) ChangedSince(from, to uint64) ([]quad.Value, bool) {
	if from == to {
		return nil, true
	}
	if s.sharedGeneration != nil {
		return nil, false
	}
	return s.changes.since(from, to)
}
