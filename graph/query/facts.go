package query

import (
	"context"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// EventFilter narrows Events; nil fields do not filter.
type EventFilter struct {
	Type        *string
	From, To    *string // YYYY-MM-DD, inclusive
	Place       *string // name (any alias) or id
	Participant *string // name (any alias) or id
}

// Events pages events in date order (undated last).
func (r *Reader) Events(ctx context.Context, f EventFilter, first *int, after *string) (*EventConnection, error) {
	from, err := checkDate("from", f.From)
	if err != nil {
		return nil, err
	}
	to, err := checkDate("to", f.To)
	if err != nil {
		return nil, err
	}
	items, err := r.classItems(ctx, schema.Date, "date", dateKey, schema.ClassEvent)
	if err != nil {
		return nil, err
	}
	if f.Type != nil {
		if items, err = r.linkedToValue(ctx, items, schema.EventType, lowerTrim(*f.Type)); err != nil {
			return nil, err
		}
	}
	for _, link := range []struct {
		pred quad.IRI
		arg  *string
	}{{schema.Location, f.Place}, {schema.Participant, f.Participant}} {
		if link.arg == nil {
			continue
		}
		if items, err = r.linkedToNamed(ctx, items, link.pred, *link.arg); err != nil {
			return nil, err
		}
	}
	if from != "" || to != "" {
		kept := make([]item, 0, len(items))
		for _, it := range items {
			if it.key != "~" && (from == "" || it.key >= from) && (to == "" || it.key <= to) {
				kept = append(kept, it)
			}
		}
		items = kept
	}
	return r.eventConnection(ctx, items, first, after)
}

// linkedToNamed keeps the items linked by pred to what arg names: the
// nodes it resolves to, or the name itself where it was kept as a literal.
func (r *Reader) linkedToNamed(ctx context.Context, items []item, pred quad.IRI, arg string) ([]item, error) {
	targets, err := r.resolve(ctx, arg)
	if err != nil {
		return nil, err
	}
	set, err := r.subjectSet(ctx, pred, append(iriValues(targets), quad.String(arg))...)
	if err != nil {
		return nil, err
	}
	return keepItems(items, set), nil
}

// linkedToValue keeps the items whose pred is the string value.
func (r *Reader) linkedToValue(ctx context.Context, items []item, pred quad.IRI, value string) ([]item, error) {
	set, err := r.subjectSet(ctx, pred, quad.String(value))
	if err != nil {
		return nil, err
	}
	return keepItems(items, set), nil
}

// lowerTrim folds a lexicon value (event type, commitment kind) as stored.
func lowerTrim(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// checkDate validates an optional YYYY-MM-DD argument.
func checkDate(name string, d *string) (string, error) {
	if d == nil || *d == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", *d); err != nil {
		return "", userErrorf("%s must be a date written YYYY-MM-DD (got %q)", name, *d)
	}
	return *d, nil
}

// CommitmentFilter narrows Commitments; nil fields do not filter.
type CommitmentFilter struct {
	By, To *string // names (any alias) or ids
	Kind   *string
	Status *CommitmentStatus // the best status across sources
}

// Commitments pages commitments by id.
func (r *Reader) Commitments(ctx context.Context, f CommitmentFilter, first *int, after *string) (*CommitmentConnection, error) {
	items, err := r.classItems(ctx, "", "id", nil, schema.ClassCommitment)
	if err != nil {
		return nil, err
	}
	if f.Kind != nil {
		if items, err = r.linkedToValue(ctx, items, schema.CommitmentKind, lowerTrim(*f.Kind)); err != nil {
			return nil, err
		}
	}
	for _, link := range []struct {
		pred quad.IRI
		arg  *string
	}{{schema.CommittedBy, f.By}, {schema.CommittedTo, f.To}} {
		if link.arg == nil {
			continue
		}
		if items, err = r.linkedToNamed(ctx, items, link.pred, *link.arg); err != nil {
			return nil, err
		}
	}
	if f.Status != nil {
		ps, err := r.propsAll(ctx, itemNodes(items))
		if err != nil {
			return nil, err
		}
		kept := make(map[quad.IRI]bool)
		for _, cp := range ps {
			st, err := r.bestStatus(ctx, cp)
			if err != nil {
				return nil, err
			}
			if st != nil && *st == *f.Status {
				kept[cp.iri] = true
			}
		}
		items = keepItems(items, kept)
	}
	return r.commitmentConnection(ctx, items, first, after)
}

// ClaimFilter narrows Claims; nil fields do not filter.
type ClaimFilter struct {
	Source *string // who the claim comes from: name (any alias) or id
	Via    *string // a relay anywhere in the chain: name or id
	Search *string // words the claim's text contains
}

// Claims pages claims by id, or by text when searching.
func (r *Reader) Claims(ctx context.Context, f ClaimFilter, first *int, after *string) (*ClaimConnection, error) {
	items, err := r.classItems(ctx, "", "id", nil, schema.ClassClaim)
	if err != nil {
		return nil, err
	}
	if f.Source != nil {
		if items, err = r.linkedToNamed(ctx, items, schema.ClaimSource, *f.Source); err != nil {
			return nil, err
		}
	}
	if f.Via != nil {
		if items, err = r.relayedBy(ctx, items, *f.Via); err != nil {
			return nil, err
		}
	}
	if f.Search != nil {
		texts, err := r.classItems(ctx, schema.ClaimText, "norm", normKey, schema.ClassClaim)
		if err != nil {
			return nil, err
		}
		items = keepItems(items, itemSet(matching(texts, *f.Search)))
	}
	return r.claimConnection(ctx, items, first, after)
}

// relayedBy keeps the claims that the relay named arg carries, first or
// anywhere in the chain.
func (r *Reader) relayedBy(ctx context.Context, claims []item, arg string) ([]item, error) {
	relays, err := r.resolve(ctx, arg)
	if err != nil {
		return nil, err
	}
	// Via links claims to their first relay and hop nodes to theirs.
	carriers, err := r.subjectSet(ctx, schema.Via, iriValues(relays)...)
	if err != nil {
		return nil, err
	}
	hops := make([]quad.Value, 0, len(carriers))
	for n := range carriers {
		hops = append(hops, n)
	}
	chained, err := r.subjectSet(ctx, schema.ViaHop, hops...)
	if err != nil {
		return nil, err
	}
	for n := range chained {
		carriers[n] = true
	}
	return keepItems(claims, carriers), nil
}

// NumericClaims pages numeric claims by subject, optionally whose subject
// contains about.
func (r *Reader) NumericClaims(ctx context.Context, about *string, first *int, after *string) (*NumericClaimConnection, error) {
	items, err := r.classItems(ctx, schema.About, "norm", normKey, schema.ClassNumericClaim)
	if err != nil {
		return nil, err
	}
	if about != nil {
		items = matching(items, *about)
	}
	return r.numericClaimConnection(ctx, items, first, after)
}

// normKey keys a node by its normalised text.
func normKey(vals []quad.Value) string { return minString(vals, normalize) }

// matching returns the items (keyed by normKey) whose key contains the
// normalised needle, in a new slice.
func matching(items []item, needle string) []item {
	n := normalize(needle)
	out := make([]item, 0, len(items))
	for _, it := range items {
		if strings.Contains(it.key, n) {
			out = append(out, it)
		}
	}
	return out
}

// EventPlace returns where an event took place.
func (r *Reader) EventPlace(ctx context.Context, eventID string) (*Place, error) {
	return linkedOneOf(ctx, r, eventID, schema.Location, func(p *props) bool { return p.is(schema.ClassPlace) }, r.buildPlace)
}

// EventParticipants pages an event's participants known as actors, by
// name.
func (r *Reader) EventParticipants(ctx context.Context, eventID string, first *int, after *string) (*ActorConnection, error) {
	return r.linkedActors(ctx, eventID, schema.Participant, first, after)
}

// CommitmentBy pages the actors making a commitment, by name.
func (r *Reader) CommitmentBy(ctx context.Context, id string, first *int, after *string) (*ActorConnection, error) {
	return r.linkedActors(ctx, id, schema.CommittedBy, first, after)
}

// CommitmentTo returns the beneficiary of a commitment.
func (r *Reader) CommitmentTo(ctx context.Context, id string) (*Actor, error) {
	return linkedOneOf(ctx, r, id, schema.CommittedTo, isActor, r.buildActor)
}

// ClaimSource returns who a claim comes from.
func (r *Reader) ClaimSource(ctx context.Context, id string) (*SourceRef, error) {
	return linkedOneOf(ctx, r, id, schema.ClaimSource, nil, r.buildSourceRef)
}

// ClaimVia returns the first relay of a claim.
func (r *Reader) ClaimVia(ctx context.Context, id string) (*Actor, error) {
	return linkedOneOf(ctx, r, id, schema.Via, isActor, r.buildActor)
}

// ClaimSpeaker returns the speaker of a direct quotation.
func (r *Reader) ClaimSpeaker(ctx context.Context, id string) (*Actor, error) {
	return linkedOneOf(ctx, r, id, schema.Speaker, isActor, r.buildActor)
}

// ClaimViaChain returns every relay of a claim, in order.
func (r *Reader) ClaimViaChain(ctx context.Context, id string) ([]*Actor, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	hops, err := r.propsAll(ctx, p.iris(schema.ViaHop))
	if err != nil {
		return nil, err
	}
	ordered := make([]quad.IRI, 0, len(hops))
	byIndex := make(map[int]quad.IRI)
	maxIndex := -1
	for _, h := range hops {
		i := h.integer(schema.Index)
		byIndex[i] = h.link(schema.Via)
		maxIndex = max(maxIndex, i)
	}
	for i := 0; i <= maxIndex; i++ {
		if n, ok := byIndex[i]; ok && n != "" {
			ordered = append(ordered, n)
		}
	}
	if len(ordered) == 0 {
		ordered = p.iris(schema.Via)
	}
	return built(ctx, r, ordered, isActor, r.buildActor)
}

// SourceRefActor returns the actor a claim's source is, when it is one.
func (r *Reader) SourceRefActor(ctx context.Context, id string) (*Actor, error) {
	return one(ctx, r, nodeIRI(id), isActor, r.buildActor)
}

// linkedActors pages the actors a node links to by pred, by name.
func (r *Reader) linkedActors(ctx context.Context, id string, pred quad.IRI, first *int, after *string) (*ActorConnection, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	items, err := r.propItems(ctx, p.iris(pred), isActor, byName)
	if err != nil {
		return nil, err
	}
	return r.actorConnection(ctx, items, first, after)
}

// linkedOneOf builds the first node a node links to by pred.
func linkedOneOf[T any](ctx context.Context, r *Reader, id string, pred quad.IRI, keep func(*props) bool,
	build func(context.Context, *props) (*T, error)) (*T, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	for _, n := range p.iris(pred) {
		if v, err := one(ctx, r, n, keep, build); v != nil || err != nil {
			return v, err
		}
	}
	return nil, nil
}
