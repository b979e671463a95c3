package query

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// readCache is the Reader's read index: what requests read from the store,
// kept across requests so that the next one reads memory. It holds, per
// node, the node's outgoing quads (props) and one-hop steps from it (the
// objects of one predicate, or the subjects pointing at it by one
// predicate: with the steps from name literals, that is the index of
// normalised names to nodes), what is worked out from those alone (memos:
// a node's mentions grouped by source), and whole-store lists (every node
// of a class, keyed). It fills lazily, one node at a time.
//
// It is exact for the store generation gen: a request first brings it to
// the generation it sees (sync), dropping the nodes the writes in between
// changed (all nodes when the ChangeSource cannot tell, and the lists on
// any change), and a read is kept only if no write was seen since the
// request began (put*: the generation is still the request's). Values it
// returns are shared and must not be modified.
//
// Memory is bounded by budget, counted in values kept (a node's quads, a
// step's values): entries are kept in two generations of maps; when the
// current one holds half the budget it becomes the previous one and the
// one before is dropped, and an entry found in the previous one moves back
// to the current one (least recently used entries go first).
type readCache struct {
	mu     sync.Mutex
	budget int
	gen    uint64
	synced bool
	cur    map[quad.Value]*cachedNode
	prev   map[quad.Value]*cachedNode
	weight int // values held by cur
	lists  map[string][]item
}

// cachedNode is what the cache holds about one node.
type cachedNode struct {
	props  *props
	steps  map[stepKey][]quad.Value
	memos  map[string]any // worked out from the node's own quads, by name
	weight int
}

// DefaultCacheSize is the number of values the read cache keeps at most
// (about 100 bytes each): enough for every node and link of a store of a
// few million quads that queries touch.
const DefaultCacheSize = 2 << 20

func newReadCache(budget int) *readCache {
	return &readCache{budget: budget, cur: map[quad.Value]*cachedNode{}, prev: map[quad.Value]*cachedNode{},
		lists: map[string][]item{}}
}

// sync brings the cache to generation gen: it drops what changed since
// the cache's generation. A request that saw an older generation than the
// cache's leaves it as it is (the cache is newer, and the request's reads
// will not be kept).
func (c *readCache) sync(gen uint64, src ChangeSource) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.synced && gen <= c.gen {
		return
	}
	nodes, ok := []quad.Value(nil), false
	if c.synced {
		nodes, ok = src.ChangedSince(c.gen, gen)
	}
	if ok {
		for _, n := range nodes {
			c.dropNode(n)
		}
	} else {
		c.cur, c.prev, c.weight = map[quad.Value]*cachedNode{}, map[quad.Value]*cachedNode{}, 0
	}
	c.lists = map[string][]item{}
	c.gen, c.synced = gen, true
}

// dropNode forgets what the cache holds about n. Called with c.mu held.
func (c *readCache) dropNode(n quad.Value) {
	if e, ok := c.cur[n]; ok {
		c.weight -= e.weight
		delete(c.cur, n)
	}
	delete(c.prev, n)
}

// node returns the entry of n, moving it to the current generation of
// maps, or nil. Called with c.mu held.
func (c *readCache) node(n quad.Value) *cachedNode {
	if e, ok := c.cur[n]; ok {
		return e
	}
	e, ok := c.prev[n]
	if !ok {
		return nil
	}
	delete(c.prev, n)
	c.cur[n] = e
	c.weight += e.weight
	c.rotate()
	return e
}

// keep adds weight to n's entry, creating it. Called with c.mu held.
func (c *readCache) keep(n quad.Value, weight int) *cachedNode {
	e := c.node(n)
	if e == nil {
		e = &cachedNode{}
		c.cur[n] = e
	}
	e.weight += weight
	c.weight += weight
	c.rotate()
	return e
}

// rotate starts a new generation of maps when the current one is full.
// Called with c.mu held.
func (c *readCache) rotate() {
	if c.weight > c.budget/2 {
		c.prev, c.cur, c.weight = c.cur, map[quad.Value]*cachedNode{}, 0
	}
}

// current says whether a read made at generation gen may be kept. Called
// with c.mu held.
func (c *readCache) current(gen uint64) bool {
	return c.budget > 0 && c.synced && c.gen == gen
}

// props returns the cached props of iri.
func (c *readCache) props(iri quad.IRI) (*props, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.node(iri); e != nil && e.props != nil {
		return e.props, true
	}
	return nil, false
}

// putProps keeps the props of a node read at generation gen.
func (c *readCache) putProps(gen uint64, p *props) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.current(gen) {
		return
	}
	if e := c.node(p.iri); e != nil && e.props != nil {
		return
	}
	c.keep(p.iri, 1+p.weight()).props = p
}

// step returns a cached step.
func (c *readCache) step(k stepKey) ([]quad.Value, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.node(k.node); e != nil {
		vals, ok := e.steps[k]
		return vals, ok
	}
	return nil, false
}

// putStep keeps a step read at generation gen.
func (c *readCache) putStep(gen uint64, k stepKey, vals []quad.Value) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.current(gen) {
		return
	}
	if e := c.node(k.node); e != nil {
		if _, ok := e.steps[k]; ok {
			return
		}
	}
	e := c.keep(k.node, 1+len(vals))
	if e.steps == nil {
		e.steps = make(map[stepKey][]quad.Value)
	}
	e.steps[k] = vals
}

// memo returns what was worked out from n's own quads under name.
func (c *readCache) memo(n quad.Value, name string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.node(n); e != nil {
		v, ok := e.memos[name]
		return v, ok
	}
	return nil, false
}

// putMemo keeps what was worked out from n's own quads (its props, steps
// from it) read at generation gen, weighing weight values.
func (c *readCache) putMemo(gen uint64, n quad.Value, name string, v any, weight int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.current(gen) {
		return
	}
	if e := c.node(n); e != nil {
		if _, ok := e.memos[name]; ok {
			return
		}
	}
	e := c.keep(n, 1+weight)
	if e.memos == nil {
		e.memos = make(map[string]any)
	}
	e.memos[name] = v
}

// list returns a cached whole-store list.
func (c *readCache) list(key string) ([]item, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	items, ok := c.lists[key]
	return items, ok
}

// putList keeps a whole-store list read at generation gen.
func (c *readCache) putList(gen uint64, key string, items []item) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current(gen) {
		c.lists[key] = items
	}
}
