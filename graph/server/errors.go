package server

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/kg-project/kg/graph/query"
)

// presentError shows clients what they can act on and nothing more:
// GraphQL's own errors (syntax, validation, limits) and the query layer's
// UserErrors as they are, time limits as such, and any other error as
// "internal error" (logged in full on the server), so that no file path,
// store detail or stack trace leaves the process.
func (s *Server) presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	cause := gqlErr.Err
	switch {
	case cause == nil:
		return gqlErr
	case query.IsUserError(cause):
		gqlErr.Message = userMessage(cause)
	case errors.Is(cause, context.DeadlineExceeded):
		gqlErr.Message = fmt.Sprintf("the query exceeded the time limit of %s", s.cfg.Timeout)
		gqlErr.Extensions = map[string]any{"code": "TIMEOUT"}
	case errors.Is(cause, context.Canceled):
		gqlErr.Message = "the request was cancelled"
	default:
		s.cfg.Logger.Error("graphql", "path", gqlErr.Path.String(), "err", cause)
		gqlErr.Message = "internal error"
		gqlErr.Extensions = map[string]any{"code": "INTERNAL"}
	}
	gqlErr.Err = nil
	return gqlErr
}

// userMessage is the message of the UserError in err's chain.
func userMessage(err error) string {
	var u *query.UserError
	if errors.As(err, &u) {
		return u.Error()
	}
	return err.Error()
}

// recoverPanic turns a panic in a resolver into an internal error,
// logging the stack on the server only.
func (s *Server) recoverPanic(_ context.Context, p any) error {
	s.cfg.Logger.Error("graphql panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	return errors.New("internal error")
}
