package query

import (
	"context"
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

// CommitmentHistory returns the status each source gives a commitment, in
// date order (undated last): a draft in one report, agreed in the
// statement. A source giving two statuses has one entry per status.
func (r *Reader) CommitmentHistory(ctx context.Context, id string) ([]*StatusChange, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	sfs, err := r.factSources(ctx, p)
	if err != nil {
		return nil, err
	}
	out := []*StatusChange{}
	for _, sf := range sfs {
		src, err := one(ctx, r, sf.doc, nil, r.buildSource)
		if err != nil {
			return nil, err
		}
		if src == nil {
			continue
		}
		var order []string
		byStatus := make(map[string][]*Evidence)
		for _, ev := range sf.spans {
			st := "UNSTATED"
			if s := statusOf(ev.str(schema.Status)); s != nil {
				st = string(*s)
			}
			e, err := r.buildEvidence(ctx, ev)
			if err != nil {
				return nil, err
			}
			if _, ok := byStatus[st]; !ok {
				order = append(order, st)
			}
			byStatus[st] = append(byStatus[st], e)
		}
		for _, st := range order {
			out = append(out, &StatusChange{Source: src, Status: st, Date: src.Date, Evidence: byStatus[st]})
		}
	}
	return out, nil
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
