package query

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Trace returns the attribution chain of a claim or commitment, from the
// reports that state it back to the earliest loaded source:
//
//   - a claim: each loaded source stating it (cites), the relays it went
//     through in order (via), who it comes from (said: a person, an
//     organization, a cited document such as a draft, an unnamed source),
//     then the other loaded sources that state what it reports
//     (derivedFrom: a source, not dated after the latest report citing the
//     claim, whose evidence of a commitment told in the claim's sentences
//     says what the claim says, by the content words they share
//     (overlap.Agree, the words of the commitment's kind and of the names
//     of actors and places left out); a
//     source that states the same commitment in other words, or only the
//     same topic, is not one, nor is a report for a claim only primary
//     statements make);
//   - a commitment: each source stating it in date order, primary
//     statements (said) apart from reports (cites), each report followed
//     by the relays and the origin its sentences attribute it to.
//
// Earliest is the earliest dated loaded source of the chain, a primary one
// on a tie.
func (r *Reader) Trace(ctx context.Context, id string) (*Trace, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	switch {
	case !p.exists():
		return nil, noSuchNode(id)
	case p.is(schema.ClassClaim):
		return r.claimTrace(ctx, p)
	case p.is(schema.ClassCommitment):
		return r.commitmentTrace(ctx, p)
	}
	return nil, userErrorf("trace takes a claim or commitment id (got %q)", id)
}

// traceBuilder collects the steps of a trace, each (relation, node) once.
type traceBuilder struct {
	r     *Reader
	steps []*TraceStep
	seen  map[string]*TraceStep
	srcs  []*sourceFacts // every source step, for earliest
}

func (r *Reader) newTrace() *traceBuilder {
	return &traceBuilder{r: r, seen: make(map[string]*TraceStep)}
}

// sourceStep adds a loaded source with the spans it states.
func (b *traceBuilder) sourceStep(ctx context.Context, sf *sourceFacts, relation string) error {
	src, err := one(ctx, b.r, sf.doc, nil, b.r.buildSource)
	if err != nil || src == nil {
		return err
	}
	label := src.ID
	if src.Title != nil {
		label = *src.Title
	}
	if b.add(&TraceStep{ID: src.ID, Kind: "SOURCE", Label: label, Relation: relation, Source: src, Date: src.Date,
		Primary: sf.primary, evidence: spanIRIs(sf.spans)}) {
		b.srcs = append(b.srcs, sf)
	}
	return nil
}

// nodeStep adds an actor or claim source reached by relation.
func (b *traceBuilder) nodeStep(ctx context.Context, iri quad.IRI, relation string, spans []*props) error {
	p, err := b.r.props(ctx, iri)
	if err != nil || !p.exists() {
		return err
	}
	ref, err := b.r.buildSourceRef(ctx, p)
	if err != nil {
		return err
	}
	b.add(&TraceStep{ID: ref.ID, Kind: string(ref.Kind), Label: ref.Name, Relation: relation, evidence: spanIRIs(spans)})
	return nil
}

// add appends a step unless the same relation to the same node is there;
// it says whether the step was new.
func (b *traceBuilder) add(s *TraceStep) bool {
	key := s.Relation + " " + s.ID
	if _, ok := b.seen[key]; ok {
		return false
	}
	b.seen[key] = s
	b.steps = append(b.steps, s)
	return true
}

// spanIRIs returns the nodes of evidence spans.
func spanIRIs(spans []*props) []quad.IRI {
	out := make([]quad.IRI, len(spans))
	for i, sp := range spans {
		out[i] = sp.iri
	}
	return out
}

// TraceStepEvidence pages the spans a trace step rests on, by source then
// offset.
func (r *Reader) TraceStepEvidence(ctx context.Context, s *TraceStep, first *int, after *string) (*EvidenceConnection, error) {
	return r.evidenceConnection(ctx, evidenceItems(s.evidence), first, after)
}

// attribution adds the relays (in order) and the origin of a claim.
func (b *traceBuilder) attribution(ctx context.Context, claim *props, spans []*props) error {
	relays, err := b.r.ClaimViaChain(ctx, localID(claim.iri))
	if err != nil {
		return err
	}
	for _, a := range relays {
		if err := b.nodeStep(ctx, nodeIRI(a.ID), "via", spans); err != nil {
			return err
		}
	}
	for _, src := range claim.iris(schema.ClaimSource) {
		if err := b.nodeStep(ctx, src, "said", spans); err != nil {
			return err
		}
	}
	return nil
}

// build finishes the trace of subject.
func (b *traceBuilder) build(ctx context.Context, subject *props) (*Trace, error) {
	n, err := b.r.Node(ctx, localID(subject.iri))
	if err != nil {
		return nil, err
	}
	t := &Trace{Subject: n, Steps: b.steps}
	if t.Steps == nil {
		t.Steps = []*TraceStep{}
	}
	var best *sourceFacts
	for _, sf := range b.srcs {
		if best == nil || earlierSource(sf, best) {
			best = sf
		}
	}
	if best != nil {
		if t.Earliest, err = one(ctx, b.r, best.doc, nil, b.r.buildSource); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// earlierSource says whether a is an earlier witness than b: dated before
// undated, earlier date, primary on the same date.
func earlierSource(a, b *sourceFacts) bool {
	if (a.date == "") != (b.date == "") {
		return a.date != ""
	}
	if a.date != b.date {
		return a.date < b.date
	}
	return a.primary && !b.primary
}

func (r *Reader) claimTrace(ctx context.Context, claim *props) (*Trace, error) {
	b := r.newTrace()
	sfs, err := r.factSources(ctx, claim)
	if err != nil {
		return nil, err
	}
	var all []*props
	for _, sf := range sfs {
		if err := b.sourceStep(ctx, sf, "cites"); err != nil {
			return nil, err
		}
		all = append(all, sf.spans...)
	}
	if err := b.attribution(ctx, claim, all); err != nil {
		return nil, err
	}
	commitments, err := r.coStated(ctx, all, schema.ClassCommitment)
	if err != nil {
		return nil, err
	}
	origins, err := r.claimOrigins(ctx, claim, sfs, commitments)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(origins, func(i, j int) bool { return earlierSource(origins[i], origins[j]) })
	cited := make(map[quad.IRI]bool)
	for _, sf := range sfs {
		cited[sf.doc] = true
	}
	for _, sf := range origins {
		if !cited[sf.doc] {
			if err := b.sourceStep(ctx, sf, "derivedFrom"); err != nil {
				return nil, err
			}
		}
	}
	return b.build(ctx, claim)
}

func (r *Reader) commitmentTrace(ctx context.Context, c *props) (*Trace, error) {
	b := r.newTrace()
	sfs, err := r.factSources(ctx, c)
	if err != nil {
		return nil, err
	}
	for _, sf := range sfs {
		relation := "cites"
		if sf.primary {
			relation = "said"
		}
		if err := b.sourceStep(ctx, sf, relation); err != nil {
			return nil, err
		}
		if sf.primary {
			continue
		}
		claims, err := r.coStated(ctx, sf.spans, schema.ClassClaim)
		if err != nil {
			return nil, err
		}
		for _, cl := range claims {
			spans, err := r.propsAll(ctx, evidenceByDoc(cl.iris(schema.Evidence))[sf.doc])
			if err != nil {
				return nil, err
			}
			if err := b.attribution(ctx, cl, spans); err != nil {
				return nil, err
			}
		}
	}
	return b.build(ctx, c)
}

// coStated returns the facts of class with evidence in the sentences of
// spans, by id.
func (r *Reader) coStated(ctx context.Context, spans []*props, class quad.IRI) ([]*props, error) {
	found := make(map[quad.IRI]bool)
	for _, sp := range spans {
		sent := sp.link(schema.HasSentence)
		if sent == "" {
			continue
		}
		inSentence, err := r.in(ctx, sent, schema.HasSentence)
		if err != nil {
			return nil, err
		}
		for _, ev := range inSentence {
			facts, err := r.subjects(ctx, schema.Evidence, ev)
			if err != nil {
				return nil, err
			}
			for _, f := range facts {
				found[f] = true
			}
		}
	}
	iris := make([]quad.IRI, 0, len(found))
	for f := range found {
		iris = append(iris, f)
	}
	sort.Slice(iris, func(i, j int) bool { return iris[i] < iris[j] })
	ps, err := r.propsAll(ctx, iris)
	if err != nil {
		return nil, err
	}
	var out []*props
	for _, p := range ps {
		if p.is(class) {
			out = append(out, p)
		}
	}
	return out, nil
}
