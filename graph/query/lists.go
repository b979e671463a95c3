package query

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// itemsBy lists nodes keyed by key(values of pred), sorted.
func (r *Reader) itemsBy(ctx context.Context, nodes []quad.IRI, pred quad.IRI, key func([]quad.Value) string) ([]item, error) {
	vals, err := r.valuesOf(ctx, nodes, pred)
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

// offsetKey sorts evidence by source then start offset: "SOURCE\x00START",
// START zero-padded to 12 digits (as %012d writes it).
func offsetKey(source quad.Value, start int) string {
	if start < 0 {
		return fmt.Sprintf("%s\x00%012d", quad.StringOf(source), start)
	}
	src, digits := quad.StringOf(source), strconv.Itoa(start)
	var b strings.Builder
	b.Grow(len(src) + 1 + max(len(digits), 12))
	b.WriteString(src)
	b.WriteByte(0)
	for i := len(digits); i < 12; i++ {
		b.WriteByte('0')
	}
	b.WriteString(digits)
	return b.String()
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

// evidenceItems lists evidence nodes by source and offset. The order is
// read from the IRIs (loader/quads.EvidenceIRI: "ev:DOC:START-END:HASH"),
// so a long list is sorted without reading every node.
func evidenceItems(evs []quad.IRI) []item {
	items := make([]item, len(evs))
	for i, n := range evs {
		items[i] = item{key: evidenceKey(n), iri: n}
	}
	sortItems(items)
	return items
}

// evidenceKey is "DOC\x00START" (start zero-padded) for an evidence IRI,
// or the IRI itself when it is not in that form.
func evidenceKey(n quad.IRI) string {
	local := localID(n)
	rest, ok := strings.CutPrefix(local, schema.PrefixEvidence)
	if !ok {
		return local
	}
	hashAt := strings.LastIndexByte(rest, ':')
	if hashAt < 0 {
		return local
	}
	offsetsAt := strings.LastIndexByte(rest[:hashAt], ':')
	if offsetsAt < 0 {
		return local
	}
	startText, _, _ := strings.Cut(rest[offsetsAt+1:hashAt], "-")
	start, err := strconv.Atoi(startText)
	if err != nil {
		return local
	}
	return offsetKey(quad.IRI(rest[:offsetsAt]), start)
}

// evidenceOf returns the evidence of a fact, by source and offset.
func (r *Reader) evidenceOf(ctx context.Context, fact quad.IRI) ([]*Evidence, error) {
	p, err := r.props(ctx, fact)
	if err != nil {
		return nil, err
	}
	items := evidenceItems(p.iris(schema.Evidence))
	iris := make([]quad.IRI, len(items))
	for i, it := range items {
		iris[i] = it.iri
	}
	return built(ctx, r, iris, nil, r.buildEvidence)
}

// sourcesOf returns the sources of a fact's evidence, newest first.
func (r *Reader) sourcesOf(ctx context.Context, fact quad.IRI) ([]*Source, error) {
	p, err := r.props(ctx, fact)
	if err != nil {
		return nil, err
	}
	evs, err := r.propsAll(ctx, p.iris(schema.Evidence))
	if err != nil {
		return nil, err
	}
	seen := make(map[quad.IRI]bool)
	var srcs []quad.IRI
	for _, ev := range evs {
		if s := ev.link(schema.DerivedFrom); s != "" && !seen[s] {
			seen[s] = true
			srcs = append(srcs, s)
		}
	}
	out, err := built(ctx, r, srcs, nil, r.buildSource)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := newestKey([]quad.Value{quad.String(deref(out[i].Date))}), newestKey([]quad.Value{quad.String(deref(out[j].Date))})
		if a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// foldName folds a name for sorting and matching, as names are stored
// under schema.NormName.
func foldName(s string) string { return normalize(s) }
