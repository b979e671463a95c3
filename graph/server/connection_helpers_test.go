package server_test

// connection is the JSON of one page of a Relay connection whose nodes
// decode into N.
type connection[N any] struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   N
	}
}

// nodes returns the nodes of the page, in order.
func (c connection[N]) nodes() []N {
	out := make([]N, len(c.Edges))
	for i, e := range c.Edges {
		out[i] = e.Node
	}
	return out
}
