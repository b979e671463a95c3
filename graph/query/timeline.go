package query

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Timeline pages the dated events an actor (an id, or a name in any
// spelling) takes part in and the dated commitments it makes or receives
// (dated by the earliest source that states them), in date order (events
// before the commitments of the same day, then by id), between from and
// to inclusive (YYYY-MM-DD, open when nil).
func (r *Reader) Timeline(ctx context.Context, actor string, from, to *string, first *int, after *string) (*TimelineConnection, error) {
	entries, err := r.timelineEntries(ctx, actor, from, to)
	if err != nil {
		return nil, err
	}
	items := make([]item, len(entries))
	byItem := make(map[item]*TimelineEntry, len(entries))
	for i, e := range entries {
		rank := "1"
		if e.Kind == "event" {
			rank = "0" // events before the commitments made there
		}
		items[i] = item{key: e.Date + "\x00" + rank, iri: nodeIRI(e.ID)}
		byItem[items[i]] = e
	}
	sortItems(items)
	return timelineConnection(items, byItem, first, after)
}

// timelineEntries returns the dated events and commitments of an actor
// between from and to, in no particular order.
func (r *Reader) timelineEntries(ctx context.Context, actor string, from, to *string) ([]*TimelineEntry, error) {
	lo, err := checkDate("from", from)
	if err != nil {
		return nil, err
	}
	hi, err := checkDate("to", to)
	if err != nil {
		return nil, err
	}
	iri, err := r.actorIRI(ctx, actor)
	if err != nil || iri == "" {
		return nil, err
	}
	out := []*TimelineEntry{}
	inRange := func(d string) bool { return d != "" && (lo == "" || d >= lo) && (hi == "" || d <= hi) }
	events, err := r.in(ctx, iri, schema.Participant)
	if err != nil {
		return nil, err
	}
	eps, err := r.propsAll(ctx, events)
	if err != nil {
		return nil, err
	}
	for _, p := range eps {
		d := p.str(schema.Date)
		if !inRange(d) {
			continue
		}
		label := p.str(schema.EventType)
		if place := p.link(schema.Location); place != "" {
			pp, err := r.props(ctx, place)
			if err != nil {
				return nil, err
			}
			if name := pp.str(schema.Name); name != "" {
				label += " · " + name
			}
		}
		out = append(out, &TimelineEntry{Date: d, Kind: "event", ID: localID(p.iri), Label: label})
	}
	var commitments []quad.IRI
	for _, pred := range []quad.IRI{schema.CommittedBy, schema.CommittedTo} {
		cs, err := r.in(ctx, iri, pred)
		if err != nil {
			return nil, err
		}
		commitments = append(commitments, cs...)
	}
	cps, err := r.propsAll(ctx, dedupIRIs(commitments))
	if err != nil {
		return nil, err
	}
	for _, p := range cps {
		d, err := r.earliestDate(ctx, p)
		if err != nil {
			return nil, err
		}
		if inRange(d) {
			out = append(out, &TimelineEntry{Date: d, Kind: "commitment", ID: localID(p.iri), Label: p.str(schema.What)})
		}
	}
	return out, nil
}

// actorIRI resolves an actor argument: an existing node id, else the actor
// known by that name; "" when there is none.
func (r *Reader) actorIRI(ctx context.Context, arg string) (quad.IRI, error) {
	p, err := r.props(ctx, nodeIRI(arg))
	if err != nil {
		return "", err
	}
	if p.exists() && isActor(p) {
		return p.iri, nil
	}
	a, err := r.ActorByName(ctx, arg)
	if err != nil || a == nil {
		return "", err
	}
	return nodeIRI(a.ID), nil
}

// dedupIRIs sorts iris and drops duplicates.
func dedupIRIs(iris []quad.IRI) []quad.IRI {
	sort.Slice(iris, func(i, j int) bool { return iris[i] < iris[j] })
	return dedup(iris)
}
