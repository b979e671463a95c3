package query

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"
)

// sharedTTL bounds how long a shared list is reused even when the store's
// quad count has not changed (a document replaced by one of the same size).
const sharedTTL = 5 * time.Second

// sharedLists caches, across requests, the sorted lists of every node of
// a class and the nodes read: on a large KV store these reads are the
// costly part of a query. The cache is dropped when the store's quad
// count changes or after sharedTTL. Cached props are never modified.
type sharedLists struct {
	mu    sync.Mutex
	quads int64
	stamp time.Time
	lists map[string][]item
	nodes map[quad.IRI]*props // node reads, up to maxSharedNodes
}

// maxSharedNodes bounds the node reads kept across requests.
const maxSharedNodes = 100000

// fresh drops the cache when the store changed or it is older than
// sharedTTL. Called with c.mu held.
func (c *sharedLists) fresh(gen int64) {
	if c.lists == nil || c.quads != gen || time.Since(c.stamp) > sharedTTL {
		c.lists, c.nodes, c.quads, c.stamp = make(map[string][]item), make(map[quad.IRI]*props), gen, time.Now()
	}
}

// cachedProps reads nodes through the shared cache: the ones read by an
// earlier request of the same store generation are not read again.
func (r *Reader) cachedProps(ctx context.Context, keys []quad.IRI) ([]*props, error) {
	gen, err := r.generation(ctx)
	if err != nil {
		return nil, err
	}
	c := &r.shared
	out := make([]*props, len(keys))
	var missing []int
	c.mu.Lock()
	c.fresh(gen)
	for i, k := range keys {
		if p, ok := c.nodes[k]; ok {
			out[i] = p
		} else {
			missing = append(missing, i)
		}
	}
	c.mu.Unlock()
	for _, i := range missing {
		p, err := fetchProps(ctx, r.qs, keys[i])
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	c.mu.Lock()
	if c.quads == gen && len(c.nodes)+len(missing) <= maxSharedNodes {
		for _, i := range missing {
			c.nodes[keys[i]] = out[i]
		}
	}
	c.mu.Unlock()
	return out, nil
}

// generation returns the store's quad count.
func (r *Reader) generation(ctx context.Context) (int64, error) {
	st, err := r.qs.Stats(ctx, false)
	if err != nil {
		return 0, fmt.Errorf("read store size: %w", err)
	}
	return st.Quads.Size, nil
}

// classItems returns every node typed with one of classes, keyed by
// key(its values of pred) (no key when pred is empty) and sorted. The
// slice is shared: callers must not modify it.
func (r *Reader) classItems(ctx context.Context, pred quad.IRI, keyName string, key func([]quad.Value) string,
	classes ...quad.IRI) ([]item, error) {
	gen, err := r.generation(ctx)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(classes))
	for i, c := range classes {
		names[i] = string(c)
	}
	cacheKey := strings.Join(names, " ") + "|" + string(pred) + "|" + keyName
	c := &r.shared
	c.mu.Lock()
	c.fresh(gen)
	cached, ok := c.lists[cacheKey]
	c.mu.Unlock()
	if ok {
		return cached, nil
	}
	nodes, err := r.ofClass(ctx, classes...)
	if err != nil {
		return nil, err
	}
	var items []item
	if pred == "" {
		items = itemsByIRI(nodes)
	} else if items, err = r.itemsBy(ctx, nodes, pred, key); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.quads == gen {
		c.lists[cacheKey] = items
	}
	c.mu.Unlock()
	return items, nil
}

// keepItems returns the items whose node is in set, in order, in a new
// slice.
func keepItems(items []item, set map[quad.IRI]bool) []item {
	out := make([]item, 0, len(items))
	for _, it := range items {
		if set[it.iri] {
			out = append(out, it)
		}
	}
	return out
}

// itemSet returns the nodes of items as a set.
func itemSet(items []item) map[quad.IRI]bool {
	set := make(map[quad.IRI]bool, len(items))
	for _, it := range items {
		set[it.iri] = true
	}
	return set
}

// itemNodes returns the nodes of items, in order.
func itemNodes(items []item) []quad.IRI {
	out := make([]quad.IRI, len(items))
	for i, it := range items {
		out[i] = it.iri
	}
	return out
}

// joinedNorms keys a node by all its normalised names, for substring
// search over them.
func joinedNorms(vals []quad.Value) string {
	parts := make([]string, 0, len(vals))
	for _, v := range vals {
		parts = append(parts, quad.StringOf(v))
	}
	return strings.Join(parts, "\x1f")
}
