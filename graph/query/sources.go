package query

import (
	"context"
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

// SourceAuthors pages the authors of a source, by name.
func (r *Reader) SourceAuthors(ctx context.Context, sourceID string, first *int, after *string) (*ActorConnection, error) {
	return r.linkedActors(ctx, sourceID, schema.Author, first, after)
}

// SourceSentences pages the sentences of a source, in text order.
func (r *Reader) SourceSentences(ctx context.Context, sourceID string, first *int, after *string) (*SentenceConnection, error) {
	p, err := r.props(ctx, nodeIRI(sourceID))
	if err != nil {
		return nil, err
	}
	return r.sentenceConnection(ctx, sentenceItems(p.iris(schema.HasSentence)), first, after)
}

// SourceActors pages the actors a source mentions, by name.
func (r *Reader) SourceActors(ctx context.Context, sourceID string, first *int, after *string) (*ActorConnection, error) {
	items, err := r.mentionedIn(ctx, sourceID, isActor)
	if err != nil {
		return nil, err
	}
	return r.actorConnection(ctx, items, first, after)
}

// SourcePlaces pages the places a source mentions, by name.
func (r *Reader) SourcePlaces(ctx context.Context, sourceID string, first *int, after *string) (*PlaceConnection, error) {
	items, err := r.mentionedIn(ctx, sourceID, func(p *props) bool { return p.is(schema.ClassPlace) })
	if err != nil {
		return nil, err
	}
	return r.placeConnection(ctx, items, first, after)
}

// mentionedIn lists the nodes a source mentions that keep accepts, by
// name.
func (r *Reader) mentionedIn(ctx context.Context, sourceID string, keep func(*props) bool) ([]item, error) {
	iris, err := r.in(ctx, nodeIRI(sourceID), schema.MentionIn)
	if err != nil {
		return nil, err
	}
	return r.propItems(ctx, iris, keep, byName)
}

// factItems lists the facts of class that a source's evidence supports,
// keyed by key.
func (r *Reader) factItems(ctx context.Context, sourceID string, class quad.IRI, key func(*props) string) ([]item, error) {
	evs, err := r.in(ctx, nodeIRI(sourceID), schema.DerivedFrom)
	if err != nil {
		return nil, err
	}
	facts, err := r.subjectSet(ctx, schema.Evidence, iriValues(evs)...)
	if err != nil {
		return nil, err
	}
	iris := make([]quad.IRI, 0, len(facts))
	for f := range facts {
		iris = append(iris, f)
	}
	return r.propItems(ctx, iris, func(p *props) bool { return p.is(class) }, key)
}

// SourceEvents pages the events a source tells, in date order (undated
// last).
func (r *Reader) SourceEvents(ctx context.Context, sourceID string, first *int, after *string) (*EventConnection, error) {
	items, err := r.factItems(ctx, sourceID, schema.ClassEvent, byDate)
	if err != nil {
		return nil, err
	}
	return r.eventConnection(ctx, items, first, after)
}

// SourceCommitments pages the commitments a source states, by id.
func (r *Reader) SourceCommitments(ctx context.Context, sourceID string, first *int, after *string) (*CommitmentConnection, error) {
	items, err := r.factItems(ctx, sourceID, schema.ClassCommitment, byID)
	if err != nil {
		return nil, err
	}
	return r.commitmentConnection(ctx, items, first, after)
}

// SourceClaims pages the claims a source reports, by id.
func (r *Reader) SourceClaims(ctx context.Context, sourceID string, first *int, after *string) (*ClaimConnection, error) {
	items, err := r.factItems(ctx, sourceID, schema.ClassClaim, byID)
	if err != nil {
		return nil, err
	}
	return r.claimConnection(ctx, items, first, after)
}

// SourceNumericClaims pages the numbers a source states, by subject.
func (r *Reader) SourceNumericClaims(ctx context.Context, sourceID string, first *int, after *string) (*NumericClaimConnection, error) {
	items, err := r.factItems(ctx, sourceID, schema.ClassNumericClaim, bySubject)
	if err != nil {
		return nil, err
	}
	return r.numericClaimConnection(ctx, items, first, after)
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
