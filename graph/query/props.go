package query

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// labelled is one object value of a node's predicate with the label of
// the quad that states it.
type labelled struct {
	val   quad.Value
	label quad.Value
}

// props is the outgoing quads of one node, by predicate. A read node is
// compacted (compact) before it is shared: out gives way to, for each
// predicate, its distinct values with the number of quads stating each,
// which answers every question below the same way and costs a hub (an
// actor whose name hundreds of sources state) a few values instead of
// hundreds. A props is not modified once shared.
type props struct {
	iri  quad.IRI
	out  map[quad.IRI][]labelled // as read; nil once compacted
	size int                     // outgoing quads; hubLimit+1 for a hub

	summarized sync.Once
	preds      map[quad.IRI]*predValues

	kindFound sync.Once
	kind      string                        // graphKind, found once
	evidence  factEvidence                  // see propsderived.go
	edges     atomic.Pointer[factEdgesMemo] // see factedges.go
}

// predValues is what a node states by one predicate.
type predValues struct {
	vals   []quad.Value // distinct, in store order
	counts []int        // quads stating each value
	gaz    int          // index in vals of the first string the gazetteer states; -1 if none
	iris   []quad.IRI   // the IRIs among vals, sorted
}

// summary returns the values by predicate, summarizing out the first time.
func (p *props) summary() map[quad.IRI]*predValues {
	p.summarized.Do(func() {
		p.preds = make(map[quad.IRI]*predValues, len(p.out))
		for pred, ls := range p.out {
			pv := &predValues{gaz: -1}
			at := make(map[quad.Value]int, len(ls))
			for _, l := range ls {
				i, seen := at[l.val]
				if !seen {
					i = len(pv.vals)
					at[l.val] = i
					pv.vals = append(pv.vals, l.val)
					pv.counts = append(pv.counts, 0)
				}
				pv.counts[i]++
				if _, isStr := l.val.(quad.String); isStr && pv.gaz < 0 && l.label == schema.GazetteerLabel {
					pv.gaz = i
				}
			}
			for _, v := range pv.vals {
				if iri, ok := v.(quad.IRI); ok {
					pv.iris = append(pv.iris, iri)
				}
			}
			sort.Slice(pv.iris, func(i, j int) bool { return pv.iris[i] < pv.iris[j] })
			p.preds[pred] = pv
		}
	})
	return p.preds
}

// compact summarizes a node just read and lets go of its quads.
func (p *props) compact() *props {
	p.summary()
	p.out = nil
	return p
}

// weight is the number of values the node holds (for the read cache's
// budget).
func (p *props) weight() int {
	n := 0
	for _, pv := range p.summary() {
		n += len(pv.vals)
	}
	return n
}

// hubLimit is the number of outgoing quads past which a node is read
// predicate by predicate (see fetchHubProps) instead of all at once.
var hubLimit = 256

// fetchProps reads the quads whose subject is iri. A hub (an actor that
// thousands of sources mention) is read without its mention links, which
// are only ever followed through paths.
func fetchProps(ctx context.Context, qs graph.QuadStore, iri quad.IRI) (*props, error) {
	p := &props{iri: iri, out: make(map[quad.IRI][]labelled)}
	ref := qs.ValueOf(iri)
	if ref == nil {
		return p, nil
	}
	// Count first: on the KV backends a quad reference is cheap and a
	// decoded quad is not, so a hub is recognised before it is decoded.
	hub, err := countOver(ctx, qs, ref, hubLimit)
	if err != nil {
		return nil, fmt.Errorf("read node %s: %w", iri, err)
	}
	if hub {
		return fetchHubProps(ctx, qs, iri)
	}
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		n++
		q := qs.Quad(it.Result())
		pred, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		p.out[pred] = append(p.out[pred], labelled{val: q.Object, label: q.Label})
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read node %s: %w", iri, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.size = n
	return p.compact(), nil
}

// countOver says whether node is the subject of more than limit quads.
func countOver(ctx context.Context, qs graph.QuadStore, node graph.Ref, limit int) (bool, error) {
	it := qs.QuadIterator(quad.Subject, node)
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		if n++; n > limit {
			return true, nil
		}
	}
	return false, it.Err()
}

// hubActorPredicates are the predicates an actor or place hub is read
// by: everything the builders and link helpers read from an actor's props;
// mentions are left out.
var hubActorPredicates = []quad.IRI{
	schema.Type, schema.Name, schema.AlternateName, schema.Gazetteer, schema.SameAs, schema.ActorKind,
	schema.OrgType, schema.ISO3, schema.PlaceType, schema.HoldsRole, schema.MemberOf,
}

// hubOtherPredicates are what any other node (a very long source, a fact
// reported thousands of times) is read by.
var hubOtherPredicates = []quad.IRI{
	schema.Type, schema.Name, schema.Title, schema.DatePublished, schema.SourceKind, schema.URL, schema.Text,
	schema.Path, schema.Format, schema.Publisher, schema.Author, schema.HasSentence, schema.Index, schema.Start,
	schema.End, schema.Status, schema.DerivedFrom, schema.EventType, schema.StartDate, schema.EndDate,
	schema.CheckedDate, schema.Location, schema.Participant, schema.CommittedBy, schema.CommittedTo, schema.What,
	schema.CommitmentKind, schema.Condition, schema.Modality, schema.Horizon, schema.Evidence, schema.ClaimText,
	schema.ClaimSource, schema.IsQuote, schema.Speaker, schema.Via, schema.ViaHop, schema.About,
	schema.ValueText, schema.Value, schema.ValueHigh, schema.Qualifier, schema.Unit, schema.RoleTitle,
	schema.RoleLabel, schema.RoleOf,
}

// fetchHubProps reads a hub predicate by predicate (an index scan each on
// the KV backends). Values are read without their labels (no backend
// indexes labels): where sources disagree on a hub's name, the one most
// often stated wins rather than the gazetteer's, which the extractor uses
// for every entity it resolves there anyway.
func fetchHubProps(ctx context.Context, qs graph.QuadStore, iri quad.IRI) (*props, error) {
	p := &props{iri: iri, out: make(map[quad.IRI][]labelled), size: hubLimit + 1}
	preds := hubOtherPredicates
	types, err := path.StartPath(qs, iri).Out(schema.Type).Iterate(ctx).AllValues(qs)
	if err != nil {
		return nil, fmt.Errorf("read hub %s: %w", iri, err)
	}
	for _, t := range types {
		switch t {
		case schema.ClassPerson, schema.ClassCountry, schema.ClassOrganization, schema.ClassOutlet, schema.ClassPlace:
			preds = hubActorPredicates
		}
	}
	for _, pred := range preds {
		err := path.StartPath(qs, iri).Out(pred).Iterate(ctx).EachValue(qs, func(v quad.Value) {
			p.out[pred] = append(p.out[pred], labelled{val: v})
		})
		if err != nil {
			return nil, fmt.Errorf("read hub %s: %w", iri, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return p.compact(), nil
}

// exists says whether the node has any outgoing quad.
func (p *props) exists() bool { return len(p.summary()) > 0 }

// values returns the distinct objects of pred, in store order. The slice
// is shared: callers must not modify it.
func (p *props) values(pred quad.IRI) []quad.Value {
	if pv := p.summary()[pred]; pv != nil {
		return pv.vals
	}
	return nil
}

// strs returns the distinct string objects of pred, sorted.
func (p *props) strs(pred quad.IRI) []string {
	var out []string
	for _, v := range p.values(pred) {
		if s, ok := v.(quad.String); ok {
			out = append(out, string(s))
		}
	}
	sort.Strings(out)
	return out
}

// iris returns the distinct IRI objects of pred, sorted, in a new slice.
func (p *props) iris(pred quad.IRI) []quad.IRI {
	if pv := p.summary()[pred]; pv != nil && len(pv.iris) > 0 {
		return append([]quad.IRI(nil), pv.iris...)
	}
	return nil
}

// sharedIRIs is iris without the copy: callers must not modify the slice.
func (p *props) sharedIRIs(pred quad.IRI) []quad.IRI {
	if pv := p.summary()[pred]; pv != nil {
		return pv.iris
	}
	return nil
}

// link returns the first IRI object of pred, or "".
func (p *props) link(pred quad.IRI) quad.IRI {
	if all := p.sharedIRIs(pred); len(all) > 0 {
		return all[0]
	}
	return ""
}

// str returns the preferred string object of pred: the gazetteer's when
// it states one (the first in store order), else the one the most quads
// state, ties broken by string order; "" when there is none.
func (p *props) str(pred quad.IRI) string {
	pv := p.summary()[pred]
	if pv == nil {
		return ""
	}
	if pv.gaz >= 0 {
		return string(pv.vals[pv.gaz].(quad.String))
	}
	best, n := "", 0
	for i, v := range pv.vals {
		s, ok := v.(quad.String)
		if !ok {
			continue
		}
		if c := pv.counts[i]; c > n || (c == n && string(s) < best) {
			best, n = string(s), c
		}
	}
	return best
}

// strp is str as a pointer, nil when empty.
func (p *props) strp(pred quad.IRI) *string {
	if s := p.str(pred); s != "" {
		return &s
	}
	return nil
}

// integer returns the first integer object of pred.
func (p *props) integer(pred quad.IRI) int {
	for _, v := range p.values(pred) {
		if n, ok := v.(quad.Int); ok {
			return int(n)
		}
	}
	return 0
}

// float returns the first number object of pred.
func (p *props) float(pred quad.IRI) *float64 {
	for _, v := range p.values(pred) {
		switch n := v.(type) {
		case quad.Float:
			f := float64(n)
			return &f
		case quad.Int:
			f := float64(n)
			return &f
		}
	}
	return nil
}

// boolean says whether pred has a true object.
func (p *props) boolean(pred quad.IRI) bool {
	for _, v := range p.values(pred) {
		if b, ok := v.(quad.Bool); ok && bool(b) {
			return true
		}
	}
	return false
}

// is says whether the node has type class.
func (p *props) is(class quad.IRI) bool {
	for _, v := range p.values(schema.Type) {
		if v == class {
			return true
		}
	}
	return false
}
