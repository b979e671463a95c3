package server

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/kg-project/kg/graph/generated"
	"github.com/kg-project/kg/graph/query"
)

// depthLimit rejects operations whose selections nest deeper than max
// fields (introspection fields, whose standard query nests deeply, are not
// counted).
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (d depthLimit) ExtensionName() string { return "DepthLimit" }

func (d depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	if depth := selectionDepth(op.Operation.SelectionSet, 0); depth > d.max {
		err := gqlerror.Errorf("query depth %d exceeds the limit of %d: ask for fewer nested levels, or follow ids with node(id)", depth, d.max)
		err.Extensions = map[string]any{"code": "DEPTH_LIMIT_EXCEEDED"}
		return err
	}
	return nil
}

// selectionDepth is the deepest nesting of fields in set, fragments
// followed. guard bounds the recursion should a fragment cycle slip past
// validation.
func selectionDepth(set ast.SelectionSet, guard int) int {
	if guard > 64 {
		return guard
	}
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, guard+1)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, guard+1)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = selectionDepth(s.Definition.SelectionSet, guard+1)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// pageCost is the number of items a connection field may return: its
// children cost that many times over.
func pageCost(first *int) int {
	if first == nil {
		return query.DefaultPageSize
	}
	return min(max(*first, 1), query.MaxPageSize)
}

// connectionComplexity makes every connection's cost its page size times
// the cost of one edge, so that nested pages multiply.
func connectionComplexity(c *generated.ComplexityRoot) {
	page := func(child int, first *int) int { return 1 + child*pageCost(first) }
	perPage := func(child int, first *int, _ *string) int { return page(child, first) }
	c.Actor.Claims = perPage
	c.Actor.CommitmentsMade = perPage
	c.Actor.CommitmentsReceived = perPage
	c.Actor.Events = perPage
	c.Actor.MemberOf = perPage
	c.Actor.Mentions = perPage
	c.Actor.Roles = perPage
	c.Actor.Sources = perPage
	c.Role.Evidence = perPage
	c.Place.Events = perPage
	c.Place.Mentions = perPage
	c.Place.Sources = perPage
	nestedComplexity(c, perPage)
	c.Query.Actors = func(child int, _ *query.ActorKind, _ *string, first *int, _ *string) int { return page(child, first) }
	c.Query.Places = func(child int, _ *string, first *int, _ *string) int { return page(child, first) }
	c.Query.Sources = func(child int, _ *query.SourceKind, _ *string, first *int, _ *string) int { return page(child, first) }
	c.Query.Events = func(child int, _, _, _, _, _ *string, first *int, _ *string) int { return page(child, first) }
	c.Query.Commitments = func(child int, _, _, _ *string, _ *query.CommitmentStatus, first *int, _ *string) int {
		return page(child, first)
	}
	c.Query.Claims = func(child int, _, _, _ *string, first *int, _ *string) int { return page(child, first) }
	c.Query.NumericClaims = func(child int, _ *string, first *int, _ *string) int { return page(child, first) }
	apiComplexity(c)
}

// nestedComplexity prices the connections of sources and facts, and those
// of the fact-checking API's results, at their page size.
func nestedComplexity(c *generated.ComplexityRoot, perPage func(int, *int, *string) int) {
	c.Source.Authors = perPage
	c.Source.Sentences = perPage
	c.Source.Actors = perPage
	c.Source.Places = perPage
	c.Source.Events = perPage
	c.Source.Commitments = perPage
	c.Source.Claims = perPage
	c.Source.NumericClaims = perPage
	c.Event.Participants = perPage
	c.Event.Evidence = perPage
	c.Event.Sources = perPage
	c.Commitment.By = perPage
	c.Commitment.Evidence = perPage
	c.Commitment.Sources = perPage
	c.Commitment.History = perPage
	c.Claim.Evidence = perPage
	c.Claim.Sources = perPage
	c.NumericClaim.Evidence = perPage
	c.NumericClaim.Sources = perPage
	c.GraphEdge.Evidence = perPage
	c.TraceStep.Evidence = perPage
	c.StatusChange.Evidence = perPage
	c.ConflictValue.Sources = perPage
	c.ConflictValue.Evidence = perPage
	c.ConflictValue.Claims = perPage
}

// apiComplexity prices the graph views and search: a view costs its node
// limit (its nodes and edges are bounded by it) plus its fields, search its
// page of hits, and a list of unknown length (a trace's steps) a fixed page.
func apiComplexity(c *generated.ComplexityRoot) {
	limit := func(arg *int, def int) int {
		if arg == nil {
			return def
		}
		return min(max(*arg, 1), query.MaxGraphLimit)
	}
	c.Query.Neighborhood = func(child int, _ string, _ *int, _ []string, n *int) int {
		return limit(n, query.DefaultGraphLimit) + child
	}
	c.Query.Subgraph = func(child int, ids []string) int { return len(ids) + child }
	c.Query.Path = func(child int, _, _ string, depth *int) int { return 2*limit(depth, 4) + child }
	c.Query.Search = func(child int, _ string, _ []string, first *int, _ *string) int { return 1 + child*pageCost(first) }
	c.Query.Timeline = func(child int, _ string, _, _ *string, first *int, _ *string) int { return 1 + child*pageCost(first) }
	c.Query.Conflicts = func(child int, _ *string, first *int, _ *string) int { return 1 + child*pageCost(first) }
	c.Query.Trace = func(child int, _ string) int { return 1 + child*query.DefaultPageSize }
}
