package query

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/internal/overlap"
	"github.com/kg-project/kg/schema"
)

// claimOrigins returns the sources a claim derives from, among the sources
// of the commitments told in its sentences: those not dated after the
// latest report citing it (and primary ones only, when only primary
// statements make it) whose evidence of the commitment says what the
// claim says, the words of the commitment's topic (kind, parties) and the
// names of the actors and places of either source left out.
func (r *Reader) claimOrigins(ctx context.Context, claim *props, cites []*sourceFacts, commitments []*props) ([]*sourceFacts, error) {
	names := sourceNames{r: r, byDoc: map[quad.IRI]overlap.Words{}}
	claimWords := overlap.Of(claim.strs(schema.ClaimText)...)
	citing := overlap.Words{}
	latest, allPrimary := "", len(cites) > 0
	for _, sf := range cites {
		latest = max(latest, day(sf.date))
		allPrimary = allPrimary && sf.primary
		w, err := names.of(ctx, sf.doc)
		if err != nil {
			return nil, err
		}
		citing.Union(w)
	}
	var origins []*sourceFacts
	for _, c := range commitments {
		csf, err := r.factSources(ctx, c)
		if err != nil {
			return nil, err
		}
		topic, err := r.commitmentTopic(ctx, c)
		if err != nil {
			return nil, err
		}
		topic.Union(citing)
		for _, sf := range csf {
			if allPrimary && !sf.primary {
				continue // a statement does not derive from reports
			}
			if sf.date != "" && latest != "" && day(sf.date) > latest {
				continue
			}
			w, err := names.of(ctx, sf.doc)
			if err != nil {
				return nil, err
			}
			drop := overlap.Words{}
			drop.Union(topic)
			drop.Union(w)
			if statesClaim(claimWords.Without(drop), drop, sf) {
				origins = append(origins, sf)
			}
		}
	}
	return origins, nil
}

// sourceNames keeps, per source, the words of the names of the actors and
// places it mentions: "Kenya" says where, not what.
type sourceNames struct {
	r     *Reader
	byDoc map[quad.IRI]overlap.Words
}

func (n sourceNames) of(ctx context.Context, doc quad.IRI) (overlap.Words, error) {
	if w, ok := n.byDoc[doc]; ok {
		return w, nil
	}
	entities, err := n.r.in(ctx, doc, schema.MentionIn)
	if err != nil {
		return nil, err
	}
	ps, err := n.r.propsAll(ctx, entities)
	if err != nil {
		return nil, err
	}
	w := overlap.Words{}
	for _, p := range ps {
		w.Union(overlap.Of(p.strs(schema.Name)...))
		w.Union(overlap.Of(p.strs(schema.AlternateName)...))
	}
	n.byDoc[doc] = w
	return w, nil
}

// statesClaim says whether a source's spans of a fact say what a claim
// says: they share enough content words with it, the words of the fact's
// topic left out.
func statesClaim(claim, topic overlap.Words, sf *sourceFacts) bool {
	spans := overlap.Words{}
	for _, sp := range sf.spans {
		spans.Add(sp.str(schema.Text))
	}
	return overlap.Agree(claim, spans.Without(topic))
}

// commitmentTopic returns the words that tell what a commitment is about
// rather than what it says: its kind ("ceasefire monitoring") and the
// names of who commits and to whom.
func (r *Reader) commitmentTopic(ctx context.Context, c *props) (overlap.Words, error) {
	topic := overlap.Of(c.strs(schema.CommitmentKind)...)
	for _, pred := range []quad.IRI{schema.CommittedBy, schema.CommittedTo} {
		topic.Union(overlap.Of(c.strs(pred)...))
		parties, err := r.propsAll(ctx, c.iris(pred))
		if err != nil {
			return nil, err
		}
		for _, p := range parties {
			topic.Union(overlap.Of(p.strs(schema.Name)...))
			topic.Union(overlap.Of(p.strs(schema.AlternateName)...))
		}
	}
	return topic, nil
}

// day is the calendar day of a date or timestamp ("2026-01-06T09:00Z" ->
// "2026-01-06").
func day(date string) string {
	if len(date) > 10 {
		return date[:10]
	}
	return date
}
