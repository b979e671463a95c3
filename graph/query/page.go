package query

import (
	"context"
	"encoding/base64"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// Page sizes of every connection.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// PageInfo is Relay page information.
type PageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	StartCursor     *string
	EndCursor       *string
}

// item is one element of a list before paging: its node and sort key.
// Lists are ordered by (key, iri), which makes the order total and stable.
type item struct {
	key string
	iri quad.IRI
}

// sortItems orders items by key, then IRI.
func sortItems(items []item) {
	sort.Slice(items, func(i, j int) bool {
		if items[i].key != items[j].key {
			return items[i].key < items[j].key
		}
		return items[i].iri < items[j].iri
	})
}

// cursorOf encodes an item's position: its sort key and IRI, so that a
// page after it is found again even if the item itself has gone.
func cursorOf(it item) string {
	return base64.RawURLEncoding.EncodeToString([]byte(it.key + "\x00" + string(it.iri)))
}

// parseCursor decodes a cursor made by cursorOf. The IRI follows the last
// NUL: keys may hold NULs themselves (evidence keys: source, then offset).
func parseCursor(c string) (item, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return item{}, userErrorf("invalid cursor %q", c)
	}
	at := strings.LastIndexByte(string(b), 0)
	if at < 0 {
		return item{}, userErrorf("invalid cursor %q", c)
	}
	return item{key: string(b[:at]), iri: quad.IRI(b[at+1:])}, nil
}

// pageSize checks first: at most MaxPageSize, DefaultPageSize when nil.
func pageSize(first *int) (int, error) {
	if first == nil {
		return DefaultPageSize, nil
	}
	if *first < 0 {
		return 0, userErrorf("first must not be negative (got %d)", *first)
	}
	if *first > MaxPageSize {
		return 0, userErrorf("first must be at most %d (got %d); page through larger lists with after", MaxPageSize, *first)
	}
	return *first, nil
}

// window is one page of a sorted list.
type window struct {
	items   []item
	cursors []string
	info    *PageInfo
	total   int
}

// paginate cuts the page of first items after the cursor out of sorted
// items.
func paginate(items []item, first *int, after *string) (*window, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	start := 0
	if after != nil && *after != "" {
		c, err := parseCursor(*after)
		if err != nil {
			return nil, err
		}
		start = sort.Search(len(items), func(i int) bool {
			if items[i].key != c.key {
				return items[i].key > c.key
			}
			return items[i].iri > c.iri
		})
	}
	end := min(start+n, len(items))
	w := &window{items: items[start:end], info: &PageInfo{}, total: len(items)}
	w.info.HasPreviousPage = start > 0
	w.info.HasNextPage = end < len(items)
	for _, it := range w.items {
		w.cursors = append(w.cursors, cursorOf(it))
	}
	if len(w.cursors) > 0 {
		w.info.StartCursor = &w.cursors[0]
		w.info.EndCursor = &w.cursors[len(w.cursors)-1]
	}
	return w, nil
}

// pageOf pages items and builds the nodes of the page with build, reading
// them in one batch first.
func pageOf[T any](ctx context.Context, r *Reader, items []item, first *int, after *string,
	build func(context.Context, *props) (*T, error)) ([]*T, *window, error) {
	w, err := paginate(items, first, after)
	if err != nil {
		return nil, nil, err
	}
	iris := make([]quad.IRI, len(w.items))
	for i, it := range w.items {
		iris[i] = it.iri
	}
	ps, err := r.propsAll(ctx, iris)
	if err != nil {
		return nil, nil, err
	}
	nodes := make([]*T, len(ps))
	for i, p := range ps {
		if nodes[i], err = build(ctx, p); err != nil {
			return nil, nil, err
		}
	}
	return nodes, w, nil
}
