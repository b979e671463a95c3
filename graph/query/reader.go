// Package query is kg's read side: it answers the questions of the GraphQL
// schema (actors by any alias, sources, events, commitments, claims, their
// evidence) with Cayley paths over the quads that loader/quads writes, and
// returns the Go types that gqlgen binds to the schema's types. Resolvers
// only call a Reader.
//
// Every request should run with a Loader in its context (WithLoader): node
// reads and reverse-edge lookups are then batched and cached for the
// request, so a page of N items does not cost N reads per field.
package query

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// UserError is an error caused by the request (a bad argument, a page too
// large): its message is shown to the client as is. Other errors are
// internal and the server hides their details. It may wrap a sentinel
// (ErrNoSuchNode) for callers to check with errors.Is.
type UserError struct {
	msg string
	err error
}

func (e *UserError) Error() string { return e.msg }
func (e *UserError) Unwrap() error { return e.err }

// userErrorf builds a UserError.
func userErrorf(format string, args ...any) error {
	return &UserError{msg: fmt.Sprintf(format, args...)}
}

// IsUserError says whether err (or an error it wraps) is a UserError.
func IsUserError(err error) bool {
	var u *UserError
	return errors.As(err, &u)
}

// DefaultBatchWait is how long a per-request loader waits for more keys
// after the first of a batch.
const DefaultBatchWait = 200 * time.Microsecond

// Reader answers queries over a quad store. It is safe for concurrent use.
// What it reads is kept across requests in its read cache (readcache.go),
// exact as long as the Reader hears of every write: give it the store it
// reads (Follow); over a bare QuadStore it polls the quad count instead.
type Reader struct {
	qs        graph.QuadStore
	batchWait time.Duration
	changes   ChangeSource
	cache     *readCache
	index     searchIndex // full-text index, nil until SetSearch
}

// NewReader returns a Reader over qs.
func NewReader(qs graph.QuadStore) *Reader {
	return &Reader{qs: qs, batchWait: DefaultBatchWait, changes: &countSource{qs: qs}, cache: newReadCache(DefaultCacheSize)}
}

// Follow makes the Reader learn of writes from src, the store whose
// QuadStore it reads (a store.Store): the read cache then drops exactly
// what each write changed, at the first request after it. Call it before
// the Reader serves.
func (r *Reader) Follow(src ChangeSource) {
	r.changes = src
	r.cache = newReadCache(r.cache.budget)
}

// SetCacheSize bounds the read cache to about n values (0: no cache, every
// request reads the store). Call it before the Reader serves.
func (r *Reader) SetCacheSize(n int) { r.cache = newReadCache(max(n, 0)) }

// SetBatchWait changes the batching window of the loaders made after the
// call (longer windows batch more under load, at some latency).
func (r *Reader) SetBatchWait(d time.Duration) { r.batchWait = d }

// Loader is the per-request cache and batcher of a Reader's node reads.
// Nodes and steps in the Reader's read cache are answered at once; the
// others are read in batches, and kept there.
type Loader struct {
	r     *Reader
	props *Batcher[quad.IRI, *props]

	mu    sync.Mutex
	steps map[stepKey][]quad.Value

	viewed sync.Once
	gen    uint64 // store generation the request sees
	cached bool   // the read cache may be used (the generation is known)
}

// view brings the read cache to the store generation the request sees,
// the first time it is called, and returns that generation; false when
// the generation could not be read (the request then reads the store).
func (l *Loader) view(ctx context.Context) (uint64, bool) {
	l.viewed.Do(func() {
		gen, err := l.r.changes.Generation(ctx)
		if err != nil {
			return
		}
		l.r.cache.sync(gen, l.r.changes)
		l.gen, l.cached = gen, true
	})
	return l.gen, l.cached
}

// stepKey is one step from a node along a predicate, forward (to the
// objects) or backward (to the subjects).
type stepKey struct {
	node    quad.Value
	pred    quad.IRI
	forward bool
}

// step returns a step read earlier in the request, or kept in the read
// cache.
func (l *Loader) step(ctx context.Context, k stepKey) ([]quad.Value, bool) {
	l.mu.Lock()
	v, ok := l.steps[k]
	l.mu.Unlock()
	if ok {
		return v, true
	}
	if _, cached := l.view(ctx); !cached {
		return nil, false
	}
	if v, ok = l.r.cache.step(k); ok {
		l.mu.Lock()
		l.steps[k] = v
		l.mu.Unlock()
	}
	return v, ok
}

// remember keeps a step read from the store for the request and in the
// read cache.
func (l *Loader) remember(k stepKey, vals []quad.Value) {
	l.mu.Lock()
	l.steps[k] = vals
	l.mu.Unlock()
	if l.cached {
		l.r.cache.putStep(l.gen, k, vals)
	}
}

type loaderKey struct{}

// NewLoader returns a fresh per-request Loader.
func (r *Reader) NewLoader() *Loader {
	l := &Loader{r: r, steps: make(map[stepKey][]quad.Value)}
	l.props = NewBatcher(l.fetchProps, r.batchWait, 256)
	l.props.SetLookup(func(ctx context.Context, iri quad.IRI) (*props, bool) {
		if _, cached := l.view(ctx); !cached {
			return nil, false
		}
		return r.cache.props(iri)
	})
	return l
}

// fetchProps reads nodes from the store and keeps them in the read cache.
func (l *Loader) fetchProps(ctx context.Context, keys []quad.IRI) ([]*props, error) {
	gen, cached := l.view(ctx)
	out := make([]*props, len(keys))
	for i, k := range keys {
		p, err := fetchProps(ctx, l.r.qs, k)
		if err != nil {
			return nil, err
		}
		if cached {
			l.r.cache.putProps(gen, p)
		}
		out[i] = p
	}
	return out, nil
}

// Fetches reports how many batched node reads the loader made.
func (l *Loader) Fetches() int { return l.props.Fetches() }

// WithLoader returns ctx carrying a new per-request Loader of r.
func (r *Reader) WithLoader(ctx context.Context) context.Context {
	return context.WithValue(ctx, loaderKey{}, r.NewLoader())
}

// LoaderFrom returns the Loader of ctx, if any.
func LoaderFrom(ctx context.Context) (*Loader, bool) {
	l, ok := ctx.Value(loaderKey{}).(*Loader)
	return l, ok
}

// loader returns the request's Loader, or a fresh one for a call made
// outside a request.
func (r *Reader) loader(ctx context.Context) *Loader {
	if l, ok := LoaderFrom(ctx); ok && l.r == r {
		return l
	}
	return r.NewLoader()
}

// props reads one node.
func (r *Reader) props(ctx context.Context, iri quad.IRI) (*props, error) {
	return r.loader(ctx).props.Load(ctx, iri)
}

// propsAll reads several nodes in one batch.
func (r *Reader) propsAll(ctx context.Context, iris []quad.IRI) ([]*props, error) {
	return r.loader(ctx).props.LoadAll(ctx, iris)
}

// in returns the distinct subjects s of quads (s, pred, node), sorted.
func (r *Reader) in(ctx context.Context, node quad.IRI, pred quad.IRI) ([]quad.IRI, error) {
	return r.subjects(ctx, pred, node)
}

// ofClass returns the distinct nodes typed with any of classes, sorted.
func (r *Reader) ofClass(ctx context.Context, classes ...quad.IRI) ([]quad.IRI, error) {
	set, err := r.subjectSet(ctx, schema.Type, iriValues(classes)...)
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// named returns the nodes with name (any alias, any spelling), sorted.
func (r *Reader) named(ctx context.Context, name string) ([]quad.IRI, error) {
	norm := normalize(name)
	if norm == "" {
		return nil, nil
	}
	return r.subjects(ctx, schema.NormName, quad.String(norm))
}

// iris runs p and returns the IRIs it reaches, sorted.
func (r *Reader) iris(ctx context.Context, p *path.Path) ([]quad.IRI, error) {
	var out []quad.IRI
	err := p.Iterate(ctx).EachValue(r.qs, func(v quad.Value) {
		if i, ok := v.(quad.IRI); ok {
			out = append(out, i)
		}
	})
	if err == nil {
		err = ctx.Err() // an iteration cut short by ctx ends without error
	}
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return dedup(out), nil
}

// dedup drops adjacent duplicates of a sorted slice.
func dedup(s []quad.IRI) []quad.IRI {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// localID is the GraphQL id of a node IRI.
func localID(iri quad.IRI) string {
	if id, ok := schema.LocalID(iri); ok {
		return id
	}
	return string(iri)
}

// nodeIRI is the IRI of a GraphQL id: a local id or a full IRI.
func nodeIRI(id string) quad.IRI {
	if strings.HasPrefix(id, schema.IDBase) || strings.Contains(id, "://") {
		return quad.IRI(id)
	}
	return schema.ID(id)
}

// normalize folds a name the way the loader folds the names it stores
// under schema.NormName (loader/quads.NormalizeName is the gazetteer's
// Normalize).
func normalize(s string) string { return gazetteer.Normalize(s) }
