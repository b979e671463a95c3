package query

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Sources pages the loaded sources, newest first, optionally of one kind
// or published by the outlet known by the name (any alias) or id outlet.
func (r *Reader) Sources(ctx context.Context, kind *SourceKind, outlet *string, first *int, after *string) (*SourceConnection, error) {
	items, err := r.classItems(ctx, schema.DatePublished, "newest", newestKey, schema.ClassSource)
	if err != nil {
		return nil, err
	}
	if kind != nil {
		if items, err = r.linkedToValue(ctx, items, schema.SourceKind, strings.ToLower(string(*kind))); err != nil {
			return nil, err
		}
	}
	if outlet != nil {
		if items, err = r.linkedToNamed(ctx, items, schema.Publisher, *outlet); err != nil {
			return nil, err
		}
	}
	return r.sourceConnection(ctx, items, first, after)
}

// resolve returns the nodes an argument names: the node with that id when
// it exists, else the nodes with that name or alias.
func (r *Reader) resolve(ctx context.Context, nameOrID string) ([]quad.IRI, error) {
	if strings.Contains(nameOrID, ":") {
		p, err := r.props(ctx, nodeIRI(nameOrID))
		if err != nil {
			return nil, err
		}
		if p.exists() {
			return []quad.IRI{p.iri}, nil
		}
	}
	return r.named(ctx, nameOrID)
}

// iriValues converts IRIs to path arguments.
func iriValues(iris []quad.IRI) []quad.Value {
	out := make([]quad.Value, len(iris))
	for i, n := range iris {
		out[i] = n
	}
	return out
}

// SourceOutlet returns the outlet that published a source.
func (r *Reader) SourceOutlet(ctx context.Context, sourceID string) (*Actor, error) {
	p, err := r.props(ctx, nodeIRI(sourceID))
	if err != nil {
		return nil, err
	}
	return one(ctx, r, p.link(schema.Publisher), isActor, r.buildActor)
}

// SourceAuthors returns the authors of a source.
func (r *Reader) SourceAuthors(ctx context.Context, sourceID string) ([]*Actor, error) {
	p, err := r.props(ctx, nodeIRI(sourceID))
	if err != nil {
		return nil, err
	}
	return built(ctx, r, p.iris(schema.Author), isActor, r.buildActor)
}

// SourceSentences returns the sentences of a source, in order.
func (r *Reader) SourceSentences(ctx context.Context, sourceID string) ([]*Sentence, error) {
	p, err := r.props(ctx, nodeIRI(sourceID))
	if err != nil {
		return nil, err
	}
	out, err := built(ctx, r, p.iris(schema.HasSentence), nil, r.buildSentence)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}

// SourceActors returns the actors a source mentions, by name.
func (r *Reader) SourceActors(ctx context.Context, sourceID string) ([]*Actor, error) {
	iris, err := r.in(ctx, nodeIRI(sourceID), schema.MentionIn)
	if err != nil {
		return nil, err
	}
	out, err := built(ctx, r, iris, isActor, r.buildActor)
	sort.SliceStable(out, func(i, j int) bool { return foldName(out[i].Name) < foldName(out[j].Name) })
	return out, err
}

// SourcePlaces returns the places a source mentions, by name.
func (r *Reader) SourcePlaces(ctx context.Context, sourceID string) ([]*Place, error) {
	iris, err := r.in(ctx, nodeIRI(sourceID), schema.MentionIn)
	if err != nil {
		return nil, err
	}
	out, err := built(ctx, r, iris, func(p *props) bool { return p.is(schema.ClassPlace) }, r.buildPlace)
	sort.SliceStable(out, func(i, j int) bool { return foldName(out[i].Name) < foldName(out[j].Name) })
	return out, err
}

// factsOf returns the facts of class that a source's evidence supports,
// by id.
func (r *Reader) factsOf(ctx context.Context, sourceID string, class quad.IRI) ([]quad.IRI, error) {
	evs, err := r.in(ctx, nodeIRI(sourceID), schema.DerivedFrom)
	if err != nil {
		return nil, err
	}
	facts, err := r.subjectSet(ctx, schema.Evidence, iriValues(evs)...)
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	for f := range facts {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	ps, err := r.propsAll(ctx, out)
	if err != nil {
		return nil, err
	}
	kept := out[:0]
	for _, p := range ps {
		if p.is(class) {
			kept = append(kept, p.iri)
		}
	}
	return kept, nil
}

// SourceEvents returns the events a source tells.
func (r *Reader) SourceEvents(ctx context.Context, sourceID string) ([]*Event, error) {
	iris, err := r.factsOf(ctx, sourceID, schema.ClassEvent)
	if err != nil {
		return nil, err
	}
	return built(ctx, r, iris, nil, r.buildEvent)
}

// SourceCommitments returns the commitments a source states.
func (r *Reader) SourceCommitments(ctx context.Context, sourceID string) ([]*Commitment, error) {
	iris, err := r.factsOf(ctx, sourceID, schema.ClassCommitment)
	if err != nil {
		return nil, err
	}
	return built(ctx, r, iris, nil, r.buildCommitment)
}

// SourceClaims returns the claims a source reports.
func (r *Reader) SourceClaims(ctx context.Context, sourceID string) ([]*Claim, error) {
	iris, err := r.factsOf(ctx, sourceID, schema.ClassClaim)
	if err != nil {
		return nil, err
	}
	return built(ctx, r, iris, nil, r.buildClaim)
}

// SourceNumericClaims returns the numbers a source states.
func (r *Reader) SourceNumericClaims(ctx context.Context, sourceID string) ([]*NumericClaim, error) {
	iris, err := r.factsOf(ctx, sourceID, schema.ClassNumericClaim)
	if err != nil {
		return nil, err
	}
	return built(ctx, r, iris, nil, r.buildNumericClaim)
}

// SentenceSource returns the source of a sentence.
func (r *Reader) SentenceSource(ctx context.Context, sentenceID string) (*Source, error) {
	iris, err := r.in(ctx, nodeIRI(sentenceID), schema.HasSentence)
	if err != nil {
		return nil, err
	}
	for _, n := range iris {
		if s, err := one(ctx, r, n, func(p *props) bool { return p.is(schema.ClassSource) }, r.buildSource); s != nil || err != nil {
			return s, err
		}
	}
	return nil, nil
}

// EvidenceSource returns the source of an evidence span.
func (r *Reader) EvidenceSource(ctx context.Context, evidenceID string) (*Source, error) {
	p, err := r.props(ctx, nodeIRI(evidenceID))
	if err != nil {
		return nil, err
	}
	return one(ctx, r, p.link(schema.DerivedFrom), nil, r.buildSource)
}

// EvidenceSentence returns the sentence that holds an evidence span.
func (r *Reader) EvidenceSentence(ctx context.Context, evidenceID string) (*Sentence, error) {
	p, err := r.props(ctx, nodeIRI(evidenceID))
	if err != nil {
		return nil, err
	}
	return one(ctx, r, p.link(schema.HasSentence), nil, r.buildSentence)
}
