package query

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// Access patterns. The KV backends index quads by (subject, predicate) and
// (object, predicate, subject) only: a step from one fixed node along one
// predicate is an index scan, but a constraint on a predicate alone, a
// label, or a join Cayley cannot pin to one node scans the whole store.
// So every read here is a one-hop step from a single node (out, subjects,
// valuesOf), and lists are joined and filtered in Go.

// out returns the distinct objects of (node, pred, *), cached for the
// request and in the read cache. The slice is shared: callers must not
// modify it.
func (r *Reader) out(ctx context.Context, node quad.Value, pred quad.IRI) ([]quad.Value, error) {
	l := r.loader(ctx)
	k := stepKey{node: node, pred: pred, forward: true}
	if vals, ok := l.step(ctx, k); ok {
		return vals, nil
	}
	var vals []quad.Value
	seen := make(map[quad.Value]bool)
	err := path.StartPath(r.qs, node).Out(pred).Iterate(ctx).EachValue(r.qs, func(v quad.Value) {
		if !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("follow %s from %s: %w", pred, node, err)
	}
	l.remember(k, vals)
	return vals, nil
}

// subjects returns the distinct subjects of (*, pred, value), sorted,
// cached for the request and in the read cache (for a normalised name:
// the name index).
func (r *Reader) subjects(ctx context.Context, pred quad.IRI, value quad.Value) ([]quad.IRI, error) {
	l := r.loader(ctx)
	k := stepKey{node: value, pred: pred}
	if vals, ok := l.step(ctx, k); ok {
		return onlyIRIs(vals), nil
	}
	out, err := r.iris(ctx, path.StartPath(r.qs, value).In(pred))
	if err != nil {
		return nil, fmt.Errorf("follow %s into %s: %w", pred, value, err)
	}
	l.remember(k, iriValues(out))
	return out, nil
}

// subjectSet returns the subjects of (*, pred, v) for any of values.
func (r *Reader) subjectSet(ctx context.Context, pred quad.IRI, values ...quad.Value) (map[quad.IRI]bool, error) {
	set := make(map[quad.IRI]bool)
	for _, v := range values {
		ss, err := r.subjects(ctx, pred, v)
		if err != nil {
			return nil, err
		}
		for _, s := range ss {
			set[s] = true
		}
	}
	return set, nil
}

// valuesOf returns the values of pred of every node.
func (r *Reader) valuesOf(ctx context.Context, nodes []quad.IRI, pred quad.IRI) (map[quad.IRI][]quad.Value, error) {
	res := make(map[quad.IRI][]quad.Value, len(nodes))
	for _, n := range nodes {
		vals, err := r.out(ctx, n, pred)
		if err != nil {
			return nil, err
		}
		res[n] = vals
	}
	return res, nil
}

// minString returns the smallest string among vals, or "".
func minString(vals []quad.Value, fold func(string) string) string {
	best, found := "", false
	for _, v := range vals {
		s, ok := v.(quad.String)
		if !ok {
			continue
		}
		k := fold(string(s))
		if !found || k < best {
			best, found = k, true
		}
	}
	return best
}

// identity returns s unchanged.
func identity(s string) string { return s }
