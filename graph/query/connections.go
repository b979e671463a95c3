package query

import "context"

// The connection builders: page the sorted items and wrap the nodes.

func (r *Reader) actorConnection(ctx context.Context, items []item, first *int, after *string) (*ActorConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildActor)
	if err != nil {
		return nil, err
	}
	c := &ActorConnection{Edges: []*ActorEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &ActorEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) placeConnection(ctx context.Context, items []item, first *int, after *string) (*PlaceConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildPlace)
	if err != nil {
		return nil, err
	}
	c := &PlaceConnection{Edges: []*PlaceEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &PlaceEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) sourceConnection(ctx context.Context, items []item, first *int, after *string) (*SourceConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildSource)
	if err != nil {
		return nil, err
	}
	c := &SourceConnection{Edges: []*SourceEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &SourceEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) evidenceConnection(ctx context.Context, items []item, first *int, after *string) (*EvidenceConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildEvidence)
	if err != nil {
		return nil, err
	}
	c := &EvidenceConnection{Edges: []*EvidenceEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &EvidenceEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) eventConnection(ctx context.Context, items []item, first *int, after *string) (*EventConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildEvent)
	if err != nil {
		return nil, err
	}
	c := &EventConnection{Edges: []*EventEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &EventEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) commitmentConnection(ctx context.Context, items []item, first *int, after *string) (*CommitmentConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildCommitment)
	if err != nil {
		return nil, err
	}
	c := &CommitmentConnection{Edges: []*CommitmentEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &CommitmentEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) claimConnection(ctx context.Context, items []item, first *int, after *string) (*ClaimConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildClaim)
	if err != nil {
		return nil, err
	}
	c := &ClaimConnection{Edges: []*ClaimEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &ClaimEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) numericClaimConnection(ctx context.Context, items []item, first *int, after *string) (*NumericClaimConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildNumericClaim)
	if err != nil {
		return nil, err
	}
	c := &NumericClaimConnection{Edges: []*NumericClaimEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &NumericClaimEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) sentenceConnection(ctx context.Context, items []item, first *int, after *string) (*SentenceConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildSentence)
	if err != nil {
		return nil, err
	}
	c := &SentenceConnection{Edges: []*SentenceEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &SentenceEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

func (r *Reader) roleConnection(ctx context.Context, items []item, first *int, after *string) (*RoleConnection, error) {
	nodes, w, err := pageOf(ctx, r, items, first, after, r.buildRole)
	if err != nil {
		return nil, err
	}
	c := &RoleConnection{Edges: []*RoleEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, n := range nodes {
		c.Edges = append(c.Edges, &RoleEdge{Cursor: w.cursors[i], Node: n})
	}
	return c, nil
}

// The connections of values computed whole before paging (timeline
// entries, conflicts, status changes): each value is found by its item.

func timelineConnection(items []item, entries map[item]*TimelineEntry, first *int, after *string) (*TimelineConnection, error) {
	vals, w, err := pageBuilt(items, entries, first, after)
	if err != nil {
		return nil, err
	}
	c := &TimelineConnection{Edges: []*TimelineEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, v := range vals {
		c.Edges = append(c.Edges, &TimelineEdge{Cursor: w.cursors[i], Node: v})
	}
	return c, nil
}

func statusChangeConnection(items []item, changes map[item]*StatusChange, first *int, after *string) (*StatusChangeConnection, error) {
	vals, w, err := pageBuilt(items, changes, first, after)
	if err != nil {
		return nil, err
	}
	c := &StatusChangeConnection{Edges: []*StatusChangeEdge{}, PageInfo: w.info, TotalCount: w.total}
	for i, v := range vals {
		c.Edges = append(c.Edges, &StatusChangeEdge{Cursor: w.cursors[i], Node: v})
	}
	return c, nil
}

// pageBuilt pages sorted items and returns the value of each item of the
// page.
func pageBuilt[T any](items []item, values map[item]*T, first *int, after *string) ([]*T, *window, error) {
	w, err := paginate(items, first, after)
	if err != nil {
		return nil, nil, err
	}
	out := make([]*T, len(w.items))
	for i, it := range w.items {
		out[i] = values[it]
	}
	return out, w, nil
}
