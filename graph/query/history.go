package query

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// sourceFacts is what one loaded source says of a fact: its spans and the
// source's standing.
type sourceFacts struct {
	doc     quad.IRI
	date    string
	primary bool
	spans   []*props
}

// factSources groups a fact's evidence by source, in date order (undated
// last), primary sources first on the same date, then by id.
func (r *Reader) factSources(ctx context.Context, fact *props) ([]*sourceFacts, error) {
	evs, err := r.propsAll(ctx, sortedEvidence(fact.iris(schema.Evidence)))
	if err != nil {
		return nil, err
	}
	byDoc := make(map[quad.IRI]*sourceFacts)
	var out []*sourceFacts
	for _, ev := range evs {
		doc := ev.link(schema.DerivedFrom)
		if doc == "" {
			doc = evidenceDoc(ev.iri)
		}
		if doc == "" {
			continue
		}
		sf := byDoc[doc]
		if sf == nil {
			sf = &sourceFacts{doc: doc}
			if sf.date, err = r.sourceDate(ctx, doc); err != nil {
				return nil, err
			}
			kinds, err := r.out(ctx, doc, schema.SourceKind)
			if err != nil {
				return nil, err
			}
			sf.primary = strings.EqualFold(minString(kinds, identity), "primary")
			byDoc[doc] = sf
			out = append(out, sf)
		}
		sf.spans = append(sf.spans, ev)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.date == "") != (b.date == "") {
			return a.date != ""
		}
		if a.date != b.date {
			return a.date < b.date
		}
		if a.primary != b.primary {
			return a.primary
		}
		return a.doc < b.doc
	})
	return out, nil
}

// CommitmentHistory pages the status each source gives a commitment, in
// date order (undated last), a primary source first on the same date, then
// by source: a draft in one report, agreed in the statement. A source
// giving two statuses has one entry per status, in text order.
func (r *Reader) CommitmentHistory(ctx context.Context, id string, first *int, after *string) (*StatusChangeConnection, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	sfs, err := r.factSources(ctx, p)
	if err != nil {
		return nil, err
	}
	docs := make([]quad.IRI, len(sfs))
	for i, sf := range sfs {
		docs[i] = sf.doc
	}
	dps, err := r.propsAll(ctx, docs)
	if err != nil {
		return nil, err
	}
	var items []item
	changes := make(map[item]*StatusChange)
	for i, sf := range sfs {
		if !dps[i].exists() {
			continue
		}
		src, err := r.buildSource(ctx, dps[i])
		if err != nil {
			return nil, err
		}
		for n, st := range statusesOf(sf.spans) {
			it := item{key: historyKey(sf, n), iri: sf.doc}
			items = append(items, it)
			changes[it] = &StatusChange{Source: src, Status: st.status, Date: src.Date, evidence: st.spans}
		}
	}
	sortItems(items)
	return statusChangeConnection(items, changes, first, after)
}

// historyKey orders the n-th status a source gives: by date (undated
// last), a primary source first, then by source and position.
func historyKey(sf *sourceFacts, n int) string {
	date, standing := sf.date, "1"
	if date == "" {
		date = "~"
	}
	if sf.primary {
		standing = "0"
	}
	return fmt.Sprintf("%s\x00%s\x00%s\x00%06d", date, standing, sf.doc, n)
}

// sourceStatus is one status a source gives, with the spans that give it.
type sourceStatus struct {
	status string
	spans  []quad.IRI
}

// statusesOf groups a source's spans by the status they give, in the
// order the statuses first appear; spans without one give UNSTATED.
func statusesOf(spans []*props) []sourceStatus {
	var out []sourceStatus
	at := make(map[string]int)
	for _, ev := range spans {
		st := "UNSTATED"
		if s := statusOf(ev.str(schema.Status)); s != nil {
			st = string(*s)
		}
		i, ok := at[st]
		if !ok {
			i = len(out)
			at[st] = i
			out = append(out, sourceStatus{status: st})
		}
		out[i].spans = append(out[i].spans, ev.iri)
	}
	return out
}

// StatusChangeEvidence pages the spans where a source gives a status, by
// offset.
func (r *Reader) StatusChangeEvidence(ctx context.Context, c *StatusChange, first *int, after *string) (*EvidenceConnection, error) {
	return r.evidenceConnection(ctx, evidenceItems(c.evidence), first, after)
}

// Corroboration counts the independent sources of a fact: sources of the
// same outlet count once, and so do sources stating it in the same words
// (a reprint).
func (r *Reader) Corroboration(ctx context.Context, id string) (int, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return 0, err
	}
	sfs, err := r.factSources(ctx, p)
	if err != nil {
		return 0, err
	}
	groups := newUnion()
	for _, sf := range sfs {
		doc := string(sf.doc)
		groups.add(doc)
		outlets, err := r.out(ctx, sf.doc, schema.Publisher)
		if err != nil {
			return 0, err
		}
		for _, o := range onlyIRIs(outlets) {
			groups.join(doc, "outlet "+string(o))
		}
		for _, ev := range sf.spans {
			text, err := r.spanSentence(ctx, ev)
			if err != nil {
				return 0, err
			}
			if text != "" {
				groups.join(doc, "text "+text)
			}
		}
	}
	return groups.count(), nil
}

// spanSentence is the normalised text of the sentence holding a span (the
// span's own text when it has no sentence).
func (r *Reader) spanSentence(ctx context.Context, ev *props) (string, error) {
	text := ev.str(schema.Text)
	if s := ev.link(schema.HasSentence); s != "" {
		sp, err := r.props(ctx, s)
		if err != nil {
			return "", err
		}
		if t := sp.str(schema.Text); t != "" {
			text = t
		}
	}
	return normalize(text), nil
}

// union is a union-find over documents and the keys (outlets, texts) that
// tie documents together; count counts the groups of documents.
type union struct {
	parent map[string]string
	docs   []string
}

func newUnion() *union { return &union{parent: make(map[string]string)} }

func (u *union) find(x string) string {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
	}
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *union) add(doc string) {
	if _, ok := u.parent[doc]; !ok {
		u.docs = append(u.docs, doc)
	}
	u.find(doc)
}

func (u *union) join(a, b string) { u.parent[u.find(a)] = u.find(b) }

func (u *union) count() int {
	roots := make(map[string]bool)
	for _, d := range u.docs {
		roots[u.find(d)] = true
	}
	return len(roots)
}
