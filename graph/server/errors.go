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
// UserErrors as they are (an id the store does not hold with the code
// NOT_FOUND), time limits as such, and any other error as
// "internal error" (logged in full on the server), so that no file path,
// store detail or stack trace leaves the process.
func (s *Server) presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	cause := gqlErr.Err
	var internal *internalError
	switch {
	case cause == nil:
		return gqlErr
	case query.IsUserError(cause):
		gqlErr.Message = userMessage(cause)
		if errors.Is(cause, query.ErrNoSuchNode) {
			gqlErr.Extensions = map[string]any{"code": "NOT_FOUND"}
		}
	case errors.Is(cause, context.DeadlineExceeded):
		gqlErr.Message = fmt.Sprintf("the query exceeded the time limit of %s", s.cfg.Timeout)
		gqlErr.Extensions = map[string]any{"code": "TIMEOUT"}
	case errors.Is(cause, context.Canceled):
		gqlErr.Message = "the request was cancelled"
	case errors.As(cause, &internal):
		s.cfg.Logger.Error("graphql", "path", gqlErr.Path.String(), "err", cause)
		gqlErr.Message = "internal error"
		gqlErr.Extensions = map[string]any{"code": "INTERNAL"}
	default:
		// gqlgen's own runtime errors ("introspection disabled", a null
		// where the schema forbids one) are written for clients.
		return gqlErr
	}
	gqlErr.Err = nil
	return gqlErr
}

// internalError marks an error returned by a resolver (the query layer or
// the store below it) that is not the client's doing.
type internalError struct{ cause error }

func (e *internalError) Error() string { return e.cause.Error() }
func (e *internalError) Unwrap() error { return e.cause }

// markInternal wraps the errors of resolvers, except UserErrors and time
// limits, as internal, for presentError to hide.
func markInternal(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	if err == nil || query.IsUserError(err) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return res, err
	}
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.IsResolver {
		return res, &internalError{cause: err}
	}
	return res, err
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
	return &internalError{cause: errors.New("panic in resolver")}
}

// timeoutResponse answers an operation whose time ran out before it could
// start with a timeout error (gqlgen itself would answer null).
func (s *Server) timeoutResponse(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	h := next(ctx)
	answered := false
	return func(ctx context.Context) *graphql.Response {
		resp := h(ctx)
		if resp == nil && !answered && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			resp = graphql.ErrorResponse(ctx, "the query exceeded the time limit of %s", s.cfg.Timeout)
		}
		answered = true
		return resp
	}
}
