package query

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// actorClasses are the classes of each actor kind (outlets are typed
// organizations too).
var actorClasses = map[ActorKind]quad.IRI{
	ActorPerson:       schema.ClassPerson,
	ActorCountry:      schema.ClassCountry,
	ActorOrganization: schema.ClassOrganization,
}

// ActorByName returns the actor known by name or any alias, whatever the
// case and accents, or nil. When several actors share the name, the one
// whose canonical name it is wins, then a curated one, then the one with
// the most links (the most mentioned).
//
// When no name or alias matches, a surname alone ("zelenskiy") finds the
// person one of whose names ends with it, the most mentioned if several.
func (r *Reader) ActorByName(ctx context.Context, name string) (*Actor, error) {
	p, err := r.bestNamed(ctx, name, isActor)
	if err == nil && p == nil {
		p, err = r.bySurname(ctx, name)
	}
	if err != nil || p == nil {
		return nil, err
	}
	return r.buildActor(ctx, p)
}

// PlaceByName returns the place known by name or any alias, or nil.
func (r *Reader) PlaceByName(ctx context.Context, name string) (*Place, error) {
	p, err := r.bestNamed(ctx, name, func(p *props) bool { return p.is(schema.ClassPlace) })
	if err != nil || p == nil {
		return nil, err
	}
	return r.buildPlace(ctx, p)
}

// bestNamed returns the best node named name that keep accepts.
func (r *Reader) bestNamed(ctx context.Context, name string, keep func(*props) bool) (*props, error) {
	cands, err := r.named(ctx, name)
	if err != nil {
		return nil, err
	}
	ps, err := r.propsAll(ctx, cands)
	if err != nil {
		return nil, err
	}
	norm := normalize(name)
	type scored struct {
		p                  *props
		canonical, curated bool
		sources            int
	}
	var list []scored
	for _, p := range ps {
		if !keep(p) {
			continue
		}
		s := scored{p: p, curated: p.str(schema.Gazetteer) != "", sources: p.size}
		s.canonical = normalize(p.str(schema.Name)) == norm
		list = append(list, s)
	}
	if len(list) == 0 {
		return nil, nil
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		switch {
		case a.canonical != b.canonical:
			return a.canonical
		case a.curated != b.curated:
			return a.curated
		case a.sources != b.sources:
			return a.sources > b.sources
		}
		return a.p.iri < b.p.iri
	})
	return list[0].p, nil
}

// Actors lists actors by name, optionally of one kind and whose names or
// aliases contain search (case- and accent-insensitive).
func (r *Reader) Actors(ctx context.Context, kind *ActorKind, search *string, first *int, after *string) (*ActorConnection, error) {
	classes := []quad.IRI{schema.ClassPerson, schema.ClassCountry, schema.ClassOrganization}
	if kind != nil {
		classes = []quad.IRI{actorClasses[*kind]}
	}
	items, err := r.namedItems(ctx, search, classes...)
	if err != nil {
		return nil, err
	}
	return r.actorConnection(ctx, items, first, after)
}

// Places lists places by name, optionally whose names contain search.
func (r *Reader) Places(ctx context.Context, search *string, first *int, after *string) (*PlaceConnection, error) {
	items, err := r.namedItems(ctx, search, schema.ClassPlace)
	if err != nil {
		return nil, err
	}
	return r.placeConnection(ctx, items, first, after)
}

// namedItems lists the nodes of classes by name, keeping those with a
// normalised name containing search when it is given.
func (r *Reader) namedItems(ctx context.Context, search *string, classes ...quad.IRI) ([]item, error) {
	items, err := r.classItems(ctx, schema.Name, "name", nameKey, classes...)
	if err != nil || search == nil {
		return items, err
	}
	needle := normalize(*search)
	if needle == "" {
		return items, nil
	}
	norms, err := r.classItems(ctx, schema.NormName, "norms", joinedNorms, classes...)
	if err != nil {
		return nil, err
	}
	match := make(map[quad.IRI]bool)
	for _, it := range norms {
		if strings.Contains(it.key, needle) {
			match[it.iri] = true
		}
	}
	return keepItems(items, match), nil
}

// ActorRoles pages the offices an actor holds, by start date (undated
// first) then label.
func (r *Reader) ActorRoles(ctx context.Context, actorID string, first *int, after *string) (*RoleConnection, error) {
	p, err := r.props(ctx, nodeIRI(actorID))
	if err != nil {
		return nil, err
	}
	items, err := r.propItems(ctx, p.iris(schema.HoldsRole), nil, byStartThenLabel)
	if err != nil {
		return nil, err
	}
	return r.roleConnection(ctx, items, first, after)
}

// byStartThenLabel sorts roles by start date (undated first), then label,
// as buildRole reads them.
func byStartThenLabel(p *props) string {
	label := p.str(schema.RoleLabel)
	if label == "" {
		label = p.str(schema.RoleTitle)
	}
	return p.str(schema.StartDate) + "\x00" + label
}

// ActorMemberOf pages the organizations an actor is a member of, by name.
func (r *Reader) ActorMemberOf(ctx context.Context, actorID string, first *int, after *string) (*ActorConnection, error) {
	return r.linkedActors(ctx, actorID, schema.MemberOf, first, after)
}

// Mentions pages the mentions of an actor or place, by source and offset.
func (r *Reader) Mentions(ctx context.Context, id string, first *int, after *string) (*EvidenceConnection, error) {
	evs, err := r.out(ctx, nodeIRI(id), schema.Mention)
	if err != nil {
		return nil, err
	}
	return r.evidenceConnection(ctx, evidenceItems(onlyIRIs(evs)), first, after)
}

// MentioningSources pages the sources that mention an actor or place,
// newest first.
func (r *Reader) MentioningSources(ctx context.Context, id string, first *int, after *string) (*SourceConnection, error) {
	srcs, err := r.out(ctx, nodeIRI(id), schema.MentionIn)
	if err != nil {
		return nil, err
	}
	items, err := r.itemsBy(ctx, onlyIRIs(srcs), schema.DatePublished, newestKey)
	if err != nil {
		return nil, err
	}
	return r.sourceConnection(ctx, items, first, after)
}

// ActorCommitmentsMade pages the commitments an actor makes, by id.
func (r *Reader) ActorCommitmentsMade(ctx context.Context, actorID string, first *int, after *string) (*CommitmentConnection, error) {
	iris, err := r.in(ctx, nodeIRI(actorID), schema.CommittedBy)
	if err != nil {
		return nil, err
	}
	return r.commitmentConnection(ctx, itemsByIRI(iris), first, after)
}

// ActorCommitmentsReceived pages the commitments made to an actor, by id.
func (r *Reader) ActorCommitmentsReceived(ctx context.Context, actorID string, first *int, after *string) (*CommitmentConnection, error) {
	iris, err := r.in(ctx, nodeIRI(actorID), schema.CommittedTo)
	if err != nil {
		return nil, err
	}
	return r.commitmentConnection(ctx, itemsByIRI(iris), first, after)
}

// ActorEvents pages the events an actor takes part in, in date order.
func (r *Reader) ActorEvents(ctx context.Context, actorID string, first *int, after *string) (*EventConnection, error) {
	return r.eventsLinkedBy(ctx, actorID, schema.Participant, first, after)
}

// PlaceEvents pages the events held at a place, in date order.
func (r *Reader) PlaceEvents(ctx context.Context, placeID string, first *int, after *string) (*EventConnection, error) {
	return r.eventsLinkedBy(ctx, placeID, schema.Location, first, after)
}

// eventsLinkedBy pages, in date order, the events whose pred points at id.
func (r *Reader) eventsLinkedBy(ctx context.Context, id string, pred quad.IRI, first *int, after *string) (*EventConnection, error) {
	events, err := r.in(ctx, nodeIRI(id), pred)
	if err != nil {
		return nil, err
	}
	items, err := r.itemsBy(ctx, events, schema.Date, dateKey)
	if err != nil {
		return nil, err
	}
	return r.eventConnection(ctx, items, first, after)
}

// ActorClaims pages the claims attributed to an actor, by id.
func (r *Reader) ActorClaims(ctx context.Context, actorID string, first *int, after *string) (*ClaimConnection, error) {
	iris, err := r.in(ctx, nodeIRI(actorID), schema.ClaimSource)
	if err != nil {
		return nil, err
	}
	return r.claimConnection(ctx, itemsByIRI(iris), first, after)
}

// RoleOf returns the country or organization an office belongs to.
func (r *Reader) RoleOf(ctx context.Context, roleID string) (*Actor, error) {
	p, err := r.props(ctx, nodeIRI(roleID))
	if err != nil {
		return nil, err
	}
	return one(ctx, r, p.link(schema.RoleOf), isActor, r.buildActor)
}

// Evidence pages the evidence of a fact or role, by source and offset.
func (r *Reader) Evidence(ctx context.Context, id string, first *int, after *string) (*EvidenceConnection, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	return r.evidenceConnection(ctx, evidenceItems(p.iris(schema.Evidence)), first, after)
}

// FactSources pages the sources of a fact's evidence, newest first
// (undated last).
func (r *Reader) FactSources(ctx context.Context, id string, first *int, after *string) (*SourceConnection, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	items, err := r.sourceItems(ctx, p.iris(schema.Evidence))
	if err != nil {
		return nil, err
	}
	return r.sourceConnection(ctx, items, first, after)
}

// deref returns *s or "".
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// onlyIRIs keeps the IRIs among vals.
func onlyIRIs(vals []quad.Value) []quad.IRI {
	out := make([]quad.IRI, 0, len(vals))
	for _, v := range vals {
		if i, ok := v.(quad.IRI); ok {
			out = append(out, i)
		}
	}
	return out
}
