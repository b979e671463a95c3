package query_test

import (
	"context"
	"errors"
	"testing"

	"github.com/kg-project/kg/graph/query"
)

// Every query that takes one id tells a missing id (ErrNoSuchNode) from an
// id of the wrong kind.
func TestMissingIDIsErrNoSuchNode(t *testing.T) {
	r := newReader(t)
	ctx := context.Background()
	missing := map[string]func() error{
		"NodeByID":     func() error { _, err := r.NodeByID(ctx, "person:nobody"); return err },
		"Trace":        func() error { _, err := r.Trace(ctx, "claim:nobody"); return err },
		"Neighborhood": func() error { _, err := r.Neighborhood(ctx, "org:nobody", nil, nil, nil); return err },
		"Path from":    func() error { _, err := r.Path(ctx, "place:nowhere", "person:jana-novak", nil); return err },
		"Path to":      func() error { _, err := r.Path(ctx, "person:jana-novak", "place:nowhere", nil); return err },
	}
	for name, call := range missing {
		err := call()
		if !errors.Is(err, query.ErrNoSuchNode) || !query.IsUserError(err) {
			t.Errorf("%s on a missing id: %v, want a UserError wrapping ErrNoSuchNode", name, err)
		}
	}
	if n, err := r.NodeByID(ctx, "claim:novak-engineers"); err != nil || n == nil {
		t.Errorf("NodeByID on an existing claim: %v, %v", n, err)
	}
	_, err := r.Trace(ctx, "person:jana-novak")
	if err == nil || errors.Is(err, query.ErrNoSuchNode) || !query.IsUserError(err) {
		t.Errorf("Trace of an actor: %v, want a wrong-kind UserError", err)
	}
}
