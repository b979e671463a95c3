package query

import (
	"context"
	"strings"

	"github.com/cayleygraph/quad"
)

// classItems returns every node typed with one of classes, keyed by
// key(its values of pred) (no key when pred is empty) and sorted, kept in
// the read cache until the next write. The slice is shared: callers must
// not modify it.
func (r *Reader) classItems(ctx context.Context, pred quad.IRI, keyName string, key func([]quad.Value) string,
	classes ...quad.IRI) ([]item, error) {
	gen, cached := r.loader(ctx).view(ctx)
	names := make([]string, len(classes))
	for i, c := range classes {
		names[i] = string(c)
	}
	cacheKey := strings.Join(names, " ") + "|" + string(pred) + "|" + keyName
	if cached {
		if items, ok := r.cache.list(cacheKey); ok {
			return items, nil
		}
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
	if cached {
		r.cache.putList(gen, cacheKey, items)
	}
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
