package query

import (
	"context"
	"fmt"
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

// sentenceItems lists sentences in text order. The order is read from the
// IRIs (loader/quads.SentenceIRI: "sent:DOC:INDEX"), so a long source's
// sentences are sorted without reading every one.
func sentenceItems(sents []quad.IRI) []item {
	items := make([]item, len(sents))
	for i, n := range sents {
		items[i] = item{key: sentenceKey(n), iri: n}
	}
	sortItems(items)
	return items
}

// sentenceKey is the zero-padded index of a sentence IRI, or the IRI
// itself when it is not in that form.
func sentenceKey(n quad.IRI) string {
	local := localID(n)
	at := strings.LastIndexByte(local, ':')
	if at < 0 {
		return local
	}
	index, err := strconv.Atoi(local[at+1:])
	if err != nil || index < 0 {
		return local
	}
	return fmt.Sprintf("%012d", index)
}

// propItems reads nodes in one batch and lists those that exist and that
// keep accepts (all when nil), keyed by key and sorted.
func (r *Reader) propItems(ctx context.Context, iris []quad.IRI, keep func(*props) bool, key func(*props) string) ([]item, error) {
	ps, err := r.propsAll(ctx, iris)
	if err != nil {
		return nil, err
	}
	items := make([]item, 0, len(ps))
	for _, p := range ps {
		if p.exists() && (keep == nil || keep(p)) {
			items = append(items, item{key: key(p), iri: p.iri})
		}
	}
	sortItems(items)
	return items, nil
}

// The keys of nested lists, the same as those of the top-level lists of
// each type.

// byID keys every node alike: the list is in IRI order.
func byID(*props) string { return "" }

// byName sorts actors and places by normalised name.
func byName(p *props) string { return nameKey(p.values(schema.Name)) }

// byNewest sorts sources newest first, undated last.
func byNewest(p *props) string { return newestKey(p.values(schema.DatePublished)) }

// byDate sorts events in date order, undated last.
func byDate(p *props) string { return dateKey(p.values(schema.Date)) }

// bySubject sorts numeric claims by what they count.
func bySubject(p *props) string { return normKey(p.values(schema.About)) }

// sourceItems lists the sources of evidence spans, each once, newest
// first. A span's source is read from its IRI, or from the span when the
// IRI does not name it.
func (r *Reader) sourceItems(ctx context.Context, evs []quad.IRI) ([]item, error) {
	seen := make(map[quad.IRI]bool)
	var docs, unnamed []quad.IRI
	addDoc := func(d quad.IRI) {
		if d != "" && !seen[d] {
			seen[d] = true
			docs = append(docs, d)
		}
	}
	for _, ev := range evs {
		if d := evidenceDoc(ev); d != "" {
			addDoc(d)
		} else {
			unnamed = append(unnamed, ev)
		}
	}
	spans, err := r.propsAll(ctx, unnamed)
	if err != nil {
		return nil, err
	}
	for _, sp := range spans {
		addDoc(sp.link(schema.DerivedFrom))
	}
	return r.propItems(ctx, docs, nil, byNewest)
}

// foldName folds a name for sorting and matching, as names are stored
// under schema.NormName.
func foldName(s string) string { return normalize(s) }
