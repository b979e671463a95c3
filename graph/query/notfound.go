package query

import (
	"context"
	"errors"
	"fmt"
)

// ErrNoSuchNode says that the store holds nothing under the id asked for,
// as opposed to a node that exists but is of the wrong kind for the
// question (a trace of an actor, say). It comes wrapped in a UserError
// naming the id; check with errors.Is.
var ErrNoSuchNode = errors.New("no such node")

// noSuchNode is the UserError for an id the store does not hold.
func noSuchNode(id string) error {
	return &UserError{
		msg: fmt.Sprintf("no such node %q: the store holds nothing with this id (ids come from other answers, such as actors, sources or search)", id),
		err: ErrNoSuchNode,
	}
}

// NodeByID is Node for a client asking for one id: ErrNoSuchNode when the
// store holds nothing under id. Node itself answers nil then, for the
// fields that resolve ids found in the store (search hits, timeline
// entries), which may meet one removed since.
func (r *Reader) NodeByID(ctx context.Context, id string) (Node, error) {
	p, err := r.props(ctx, nodeIRI(id))
	if err != nil {
		return nil, err
	}
	if !p.exists() {
		return nil, noSuchNode(id)
	}
	return r.Node(ctx, id)
}
