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
