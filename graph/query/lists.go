package query

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// itemsBy lists the nodes p reaches, keyed by key(values of pred), sorted.
func (r *Reader) itemsBy(ctx context.Context, p *path.Path, pred quad.IRI, key func([]quad.Value) string) ([]item, error) {
	vals, err := r.valuesOf(ctx, p, pred)
	if err != nil {
		return nil, err
	}
	items := make([]item, 0, len(vals))
	for n, v := range vals {
		items = append(items, item{key: key(v), iri: n})
	}
	sortItems(items)
	return items, nil
}

// itemsByIRI lists nodes in IRI order.
func itemsByIRI(iris []quad.IRI) []item {
	items := make([]item, len(iris))
	for i, n := range iris {
		items[i] = item{iri: n}
	}
	sortItems(items)
	return items
}

// nameKey sorts by normalised name.
func nameKey(vals []quad.Value) string { return minString(vals, foldName) }

// dateKey sorts dated nodes in date order, undated last.
func dateKey(vals []quad.Value) string {
	if d := minString(vals, identity); d != "" {
		return d
	}
	return "~"
}

// newestKey sorts dated nodes newest first, undated last: each digit of
// the date is complemented to 9 so that string order is reversed.
func newestKey(vals []quad.Value) string {
	d := minString(vals, identity)
	if d == "" {
		return "~"
	}
	b := []byte(d)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9' - (c - '0')
		}
	}
	return string(b)
}

// offsetKey sorts evidence by source then start offset.
func offsetKey(source quad.Value, start int) string {
	return fmt.Sprintf("%s\x00%012d", quad.StringOf(source), start)
}

// built reads nodes in one batch and builds those that exist, in order.
func built[T any](ctx context.Context, r *Reader, iris []quad.IRI, keep func(*props) bool,
	build func(context.Context, *props) (*T, error)) ([]*T, error) {
	ps, err := r.propsAll(ctx, iris)
	if err != nil {
		return nil, err
	}
	out := []*T{}
	for _, p := range ps {
		if !p.exists() || (keep != nil && !keep(p)) {
			continue
		}
		n, err := build(ctx, p)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// one builds the node at iri, nil when iri is empty or absent.
func one[T any](ctx context.Context, r *Reader, iri quad.IRI, keep func(*props) bool,
	build func(context.Context, *props) (*T, error)) (*T, error) {
	if iri == "" {
		return nil, nil
	}
	all, err := built(ctx, r, []quad.IRI{iri}, keep, build)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	return all[0], nil
}

// evidenceItems lists evidence nodes p reaches by source and offset.
func (r *Reader) evidenceItems(ctx context.Context, p *path.Path) ([]item, error) {
	srcs, err := r.valuesOf(ctx, p, schema.DerivedFrom)
	if err != nil {
		return nil, err
	}
	starts, err := r.valuesOf(ctx, p, schema.Start)
	if err != nil {
		return nil, err
	}
	items := make([]item, 0, len(srcs))
	for n, s := range srcs {
		var src quad.Value = quad.String("")
		if len(s) > 0 {
			src = s[0]
		}
		start := 0
		if v := starts[n]; len(v) > 0 {
			if i, ok := v[0].(quad.Int); ok {
				start = int(i)
			}
		}
		items = append(items, item{key: offsetKey(src, start), iri: n})
	}
	sortItems(items)
	return items, nil
}

// evidenceOf returns the evidence of a fact, by source and offset.
func (r *Reader) evidenceOf(ctx context.Context, fact quad.IRI) ([]*Evidence, error) {
	items, err := r.evidenceItems(ctx, path.StartPath(r.qs, fact).Out(schema.Evidence).Unique())
	if err != nil {
		return nil, err
	}
	iris := make([]quad.IRI, len(items))
	for i, it := range items {
		iris[i] = it.iri
	}
	return built(ctx, r, iris, nil, r.buildEvidence)
}

// sourcesOf returns the sources of a fact's evidence, newest first.
func (r *Reader) sourcesOf(ctx context.Context, fact quad.IRI) ([]*Source, error) {
	p := path.StartPath(r.qs, fact).Out(schema.Evidence).Out(schema.DerivedFrom).Unique()
	items, err := r.itemsBy(ctx, p, schema.DatePublished, newestKey)
	if err != nil {
		return nil, err
	}
	iris := make([]quad.IRI, len(items))
	for i, it := range items {
		iris[i] = it.iri
	}
	return built(ctx, r, iris, nil, r.buildSource)
}

// foldName folds a name for sorting and matching, as names are stored
// under schema.NormName.
func foldName(s string) string { return normalize(s) }
