package query

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Batcher is a per-request data loader: loads of single keys issued within
// a short window are collected into one fetch of all of them (at most max
// keys per fetch), and every key is fetched at most once per Batcher. It
// is what keeps a page of N items from costing N separate round trips per
// field (the N+1 problem). Create one per request; it caches without bound.
type Batcher[K comparable, V any] struct {
	fetch  func(ctx context.Context, keys []K) ([]V, error)
	lookup func(ctx context.Context, key K) (V, bool)
	wait   time.Duration
	max    int

	mu      sync.Mutex
	cache   map[K]*entry[V]
	pending *batch[K, V]
	fetches int
}

type entry[V any] struct {
	done chan struct{}
	val  V
	err  error
}

type batch[K comparable, V any] struct {
	ctx     context.Context
	keys    []K
	entries []*entry[V]
}

// NewBatcher returns a Batcher that calls fetch with up to max keys at a
// time, waiting up to wait for more keys after the first of a batch.
// fetch returns one value per key, in order.
func NewBatcher[K comparable, V any](fetch func(ctx context.Context, keys []K) ([]V, error), wait time.Duration, max int) *Batcher[K, V] {
	if max < 1 {
		max = 1
	}
	return &Batcher[K, V]{fetch: fetch, wait: wait, max: max, cache: make(map[K]*entry[V])}
}

// SetLookup gives the Batcher a cache to look in first (a longer-lived
// one than its own): a key found there is answered at once, without
// waiting for a batch, and then kept as if fetched. Set it before the
// first load.
func (b *Batcher[K, V]) SetLookup(lookup func(ctx context.Context, key K) (V, bool)) {
	b.lookup = lookup
}

// found is the answer of the lookup for one key.
type found[V any] struct {
	val V
	ok  bool
}

// lookUp asks the lookup cache about the keys this Batcher does not hold
// yet (outside b.mu: the lookup may take locks of its own or read the
// store's generation).
func (b *Batcher[K, V]) lookUp(ctx context.Context, keys []K) []found[V] {
	if b.lookup == nil {
		return nil
	}
	held := make([]bool, len(keys))
	b.mu.Lock()
	for i, k := range keys {
		_, held[i] = b.cache[k]
	}
	b.mu.Unlock()
	out := make([]found[V], len(keys))
	for i, k := range keys {
		if !held[i] {
			out[i].val, out[i].ok = b.lookup(ctx, k)
		}
	}
	return out
}

// Load returns the value of one key.
func (b *Batcher[K, V]) Load(ctx context.Context, key K) (V, error) {
	keys := []K{key}
	hits := b.lookUp(ctx, keys)
	b.mu.Lock()
	e := b.enqueue(ctx, key, hits, 0)
	b.mu.Unlock()
	return e.wait(ctx)
}

// LoadAll returns the values of keys, fetched together (and with the keys
// other callers ask for within the same window).
func (b *Batcher[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	hits := b.lookUp(ctx, keys)
	entries := make([]*entry[V], len(keys))
	b.mu.Lock()
	for i, k := range keys {
		entries[i] = b.enqueue(ctx, k, hits, i)
	}
	b.mu.Unlock()
	out := make([]V, len(keys))
	for i, e := range entries {
		v, err := e.wait(ctx)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// Fetches reports how many fetch calls were made (for tests and metrics).
func (b *Batcher[K, V]) Fetches() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.fetches
}

// resolved is the done channel of entries answered at once.
var resolved = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// enqueue returns the cached entry of key, an entry answered by the
// lookup (hits[i], when there are hits), or adds key to the pending batch.
// Called with b.mu held.
func (b *Batcher[K, V]) enqueue(ctx context.Context, key K, hits []found[V], i int) *entry[V] {
	if e, ok := b.cache[key]; ok {
		return e
	}
	if hits != nil && hits[i].ok {
		e := &entry[V]{done: resolved, val: hits[i].val}
		b.cache[key] = e
		return e
	}
	e := &entry[V]{done: make(chan struct{})}
	b.cache[key] = e
	if b.pending == nil {
		p := &batch[K, V]{ctx: ctx}
		b.pending = p
		time.AfterFunc(b.wait, func() { b.flush(p) })
	}
	b.pending.keys = append(b.pending.keys, key)
	b.pending.entries = append(b.pending.entries, e)
	if len(b.pending.keys) >= b.max {
		p := b.pending
		b.pending = nil
		go b.run(p)
	}
	return e
}

// flush runs batch p unless it was already started.
func (b *Batcher[K, V]) flush(p *batch[K, V]) {
	b.mu.Lock()
	if b.pending != p {
		b.mu.Unlock()
		return
	}
	b.pending = nil
	b.mu.Unlock()
	b.run(p)
}

// run fetches one batch and resolves its entries.
func (b *Batcher[K, V]) run(p *batch[K, V]) {
	b.mu.Lock()
	b.fetches++
	b.mu.Unlock()
	vals, err := b.safeFetch(p.ctx, p.keys)
	for i, e := range p.entries {
		switch {
		case err != nil:
			e.err = err
		case i < len(vals):
			e.val = vals[i]
		}
		close(e.done)
	}
}

// safeFetch calls fetch, turning a panic (a broken backend) into an
// error: batches run on their own goroutines, where a panic would
// otherwise end the process.
func (b *Batcher[K, V]) safeFetch(ctx context.Context, keys []K) (vals []V, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("batch fetch panicked: %v", p)
		}
	}()
	return b.fetch(ctx, keys)
}

// wait blocks until the entry is resolved or ctx ends.
func (e *entry[V]) wait(ctx context.Context) (V, error) {
	select {
	case <-e.done:
		return e.val, e.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}
