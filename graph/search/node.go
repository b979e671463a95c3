package search

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// nodeDoc is what the index holds for one node (field names in mapping.go).
type nodeDoc struct {
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	Names   []string `json:"names,omitempty"`
	Keys    []string `json:"keys,omitempty"`
	Text    string   `json:"text,omitempty"`
	Related []string `json:"related,omitempty"`
	Labels  []string `json:"labels"`
}

// reader builds node documents from the store, caching the names of the
// nodes facts point to for the duration of one refresh.
type reader struct {
	qs    graph.QuadStore
	names map[quad.IRI]string
}

func newReader(qs graph.QuadStore) *reader {
	return &reader{qs: qs, names: map[quad.IRI]string{}}
}

// outgoing is every quad of one subject, by predicate, with the labels
// they are stated under.
type outgoing struct {
	values map[quad.IRI][]quad.Value
	labels map[quad.IRI]bool
}

func (o outgoing) strings(p quad.IRI) []string {
	var out []string
	for _, v := range o.values[p] {
		if s, ok := v.(quad.String); ok && s != "" {
			out = append(out, string(s))
		}
	}
	sort.Strings(out)
	return uniq(out)
}

func (o outgoing) first(p quad.IRI) string {
	if s := o.strings(p); len(s) > 0 {
		return s[0]
	}
	return ""
}

func (o outgoing) iris(p quad.IRI) []quad.IRI {
	var out []quad.IRI
	for _, v := range o.values[p] {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	return out
}

// read collects the outgoing quads of node across every label.
func (r *reader) read(ctx context.Context, node quad.IRI) (outgoing, error) {
	o := outgoing{values: map[quad.IRI][]quad.Value{}, labels: map[quad.IRI]bool{}}
	ref := r.qs.ValueOf(node)
	if ref == nil {
		return o, nil
	}
	it := r.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := r.qs.Quad(it.Result())
		p, ok := q.Predicate.(quad.IRI)
		if !ok || q.Subject != quad.Value(node) {
			continue
		}
		if p == schema.Mention || p == schema.MentionIn || p == schema.Evidence {
			if l, ok := q.Label.(quad.IRI); ok {
				o.labels[l] = true
			}
			continue // evidence is not searched; its labels are the node's sources
		}
		o.values[p] = append(o.values[p], q.Object)
		if l, ok := q.Label.(quad.IRI); ok {
			o.labels[l] = true
		}
	}
	if err := it.Err(); err != nil {
		return o, fmt.Errorf("read %s: %w", node, err)
	}
	return o, nil
}

// nameOf returns the name of a linked node (or the literal a fact names
// an actor by when it did not resolve).
func (r *reader) nameOf(ctx context.Context, v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.IRI:
		if n, ok := r.names[v]; ok {
			return n
		}
		name := ""
		for _, p := range []quad.IRI{schema.Name, schema.RoleLabel} {
			val, err := path.StartPath(r.qs, v).Out(p).Iterate(ctx).FirstValue(r.qs)
			if err == nil && val != nil {
				if s, ok := val.(quad.String); ok {
					name = string(s)
					break
				}
			}
		}
		r.names[v] = name
		return name
	}
	return ""
}

func (r *reader) namesOf(ctx context.Context, o outgoing, preds ...quad.IRI) []string {
	var out []string
	for _, p := range preds {
		for _, v := range o.values[p] {
			if n := r.nameOf(ctx, v); n != "" {
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return uniq(out)
}

// document builds the index document of node; ok is false when the store
// no longer holds a node of a searchable kind under that IRI.
func (r *reader) document(ctx context.Context, node quad.IRI) (nodeDoc, bool, error) {
	o, err := r.read(ctx, node)
	if err != nil {
		return nodeDoc{}, false, err
	}
	k := kind.Of(o.iris(schema.Type))
	if k == "" {
		return nodeDoc{}, false, nil
	}
	d := nodeDoc{Kind: k}
	for l := range o.labels {
		d.Labels = append(d.Labels, string(l))
	}
	sort.Strings(d.Labels)
	d.Name = kind.Name(k, o.first)
	switch k {
	case kind.Person, kind.Country, kind.Organization, kind.Place, kind.UnnamedSource, kind.DocumentRef:
		d.Names = uniq(append(append(o.strings(schema.Name), o.strings(schema.AlternateName)...), o.strings(schema.Official)...))
		d.Keys = o.strings(schema.NormName)
		d.Related = uniq(append(o.strings(schema.Demonym), o.strings(schema.Capital)...))
		d.Text = strings.Join(r.namesOf(ctx, o, schema.HoldsRole), "\n")
	case kind.Event:
		d.Related = r.namesOf(ctx, o, schema.Participant, schema.Location)
		d.Text = strings.Join(append(o.strings(schema.EventType), r.namesOf(ctx, o, schema.Location)...), "\n")
	case kind.Commitment:
		d.Text = joinAll(o.strings(schema.What), o.strings(schema.Condition), o.strings(schema.CommitmentKind), o.strings(schema.Horizon))
		d.Related = r.namesOf(ctx, o, schema.CommittedBy, schema.CommittedTo)
	case kind.Claim:
		d.Text = strings.Join(o.strings(schema.ClaimText), "\n")
		d.Related = r.namesOf(ctx, o, schema.ClaimSource, schema.Via, schema.Speaker)
	case kind.NumericClaim:
		d.Text = joinAll(o.strings(schema.ValueText), o.strings(schema.About), o.strings(schema.Unit))
	case kind.Source:
		d.Text = strings.Join(o.strings(schema.Title), "\n")
		d.Related = r.namesOf(ctx, o, schema.Publisher, schema.Author)
	case kind.Sentence:
		d.Text = o.first(schema.Text)
		d.Name = truncate(d.Text, 160)
	}
	if d.Name == "" {
		d.Name, _ = schema.LocalID(node)
	}
	for _, n := range d.Names {
		if key := gazetteer.Normalize(n); key != "" {
			d.Keys = append(d.Keys, key)
		}
	}
	sort.Strings(d.Keys)
	d.Keys = uniq(d.Keys)
	return d, true, nil
}

func joinAll(parts ...[]string) string {
	var all []string
	for _, p := range parts {
		all = append(all, p...)
	}
	return strings.Join(all, "\n")
}

// uniq drops adjacent duplicates of a sorted slice.
func uniq(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max-1])) + "…"
}
