// Package server is kg's GraphQL HTTP handler: POST and GET /graphql,
// GraphiQL at / (its files bundled, under /assets/graphiql/), /healthz, the explorer page at /explore, exports at
// /export, the description of kg's RDF vocabulary at /ns and, with a search index, full-text search at /search. Every request gets its own data loaders (see
// graph/query), a body size limit, a time limit, and depth and complexity
// limits; automatic persisted queries are served from an LRU cache;
// introspection can be switched off; errors never show internal details.
// Execute runs one operation in-process through the same handler (for
// `kg query`).
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/cayleygraph/cayley/graph"
	"github.com/vektah/gqlparser/v2/ast"

	kggraph "github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explorer"
	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/graph/generated"
	"github.com/kg-project/kg/graph/graphiql"
	"github.com/kg-project/kg/graph/query"
	"github.com/kg-project/kg/graph/search"
)

// Config sets the server's limits. Zero fields take DefaultConfig's values
// (use Introspection to switch introspection off explicitly).
type Config struct {
	MaxBodyBytes  int64         // request body limit
	MaxDepth      int           // deepest nesting of fields
	MaxComplexity int           // cost limit; connections cost their page size times their edges
	Timeout       time.Duration // per-operation time limit
	Introspection bool          // allow __schema and __type queries (GraphiQL needs them)
	CORSOrigins   []string      // origins allowed to call from a browser; none by default
	APQCacheSize  int           // persisted queries kept
	Logger        *slog.Logger  // where internal errors are logged; slog.Default() when nil
	// Search is the full-text index of Query.search and GET /search; nil
	// leaves search out (Query.search then answers a clear error).
	Search *search.Index
	// Changes is the store whose QuadStore the server reads (a
	// store.Store): the query layer's read cache then follows its writes
	// exactly. Nil: the cache polls the quad count and keeps what it read
	// at most 5 s past a write that left the count unchanged.
	Changes query.ChangeSource
}

// DefaultConfig is the configuration of `kg serve`.
func DefaultConfig() Config {
	return Config{
		MaxBodyBytes:  1 << 20,
		MaxDepth:      12,
		MaxComplexity: 25000,
		Timeout:       15 * time.Second,
		Introspection: true,
		APQCacheSize:  1000,
	}
}

// withDefaults fills zero fields from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.MaxDepth <= 0 {
		c.MaxDepth = d.MaxDepth
	}
	if c.MaxComplexity <= 0 {
		c.MaxComplexity = d.MaxComplexity
	}
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	if c.APQCacheSize <= 0 {
		c.APQCacheSize = d.APQCacheSize
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Server is the HTTP handler of kg's API.
type Server struct {
	cfg    Config
	qs     graph.QuadStore
	reader *query.Reader
	mux    *http.ServeMux
}

// New returns the handler serving qs (a store.Store's QuadStore()).
func New(qs graph.QuadStore, cfg Config) *Server {
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, qs: qs, reader: query.NewReader(qs), mux: http.NewServeMux()}
	s.mux.Handle("/graphql", s.limits(s.graphql()))
	s.mux.HandleFunc("/healthz", s.health)
	s.mux.Handle("/{$}", graphiql.Page("/graphql"))
	s.mux.Handle(graphiql.AssetPrefix, graphiql.Assets())
	s.mux.Handle("/export", export.Handler(qs))
	s.mux.Handle(export.VocabPath, export.VocabHandler())
	s.mux.Handle(explorer.Prefix, explorer.Handler())
	s.mux.Handle(explorer.Prefix+"/", explorer.Handler())
	if cfg.Changes != nil {
		s.reader.Follow(cfg.Changes)
	}
	if cfg.Search != nil {
		s.reader.SetSearch(cfg.Search)
		s.mux.Handle("/search", search.Handler(cfg.Search))
	}
	return s
}

// Handle mounts another handler (an export endpoint, an explorer page)
// beside the API, behind the same CORS policy. Patterns are those of
// http.ServeMux; a pattern that is invalid or conflicts with a mounted one
// (/graphql, /healthz, /) is an error.
func (s *Server) Handle(pattern string, h http.Handler) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("mount %s: %v", pattern, p)
		}
	}()
	s.mux.Handle(pattern, h)
	return nil
}

// Reader returns the query layer the server answers with.
func (s *Server) Reader() *query.Reader { return s.reader }

// graphql builds the gqlgen handler with kg's transports and extensions.
func (s *Server) graphql() http.Handler {
	gc := generated.Config{Resolvers: &kggraph.Resolver{Q: s.reader}}
	connectionComplexity(&gc.Complexity)
	srv := handler.New(generated.NewExecutableSchema(gc))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if s.cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](s.cfg.APQCacheSize)})
	srv.Use(depthLimit{max: s.cfg.MaxDepth})
	srv.Use(extension.FixedComplexityLimit(s.cfg.MaxComplexity))
	srv.SetErrorPresenter(s.presentError)
	srv.SetRecoverFunc(s.recoverPanic)
	srv.AroundFields(markInternal)
	srv.AroundOperations(s.timeoutResponse)
	return srv
}

// ServeHTTP serves /graphql, / (GraphiQL) and /healthz.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.cors(s.mux).ServeHTTP(w, r)
}

// health answers 200 when the store answers.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if _, err := s.qs.Stats(r.Context(), false); err != nil {
		s.cfg.Logger.Error("health check", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, `{"status":"unavailable"}`)
		return
	}
	_, _ = io.WriteString(w, `{"status":"ok"}`)
}

// Result is the JSON response of one operation run by Execute.
type Result struct {
	// JSON is the response as served: {"data": ..., "errors": [...]}.
	JSON json.RawMessage
	// HasErrors says whether the response lists errors.
	HasErrors bool
}

// Execute runs one GraphQL operation in-process, through the same handler,
// limits and loaders as HTTP requests.
func (s *Server) Execute(ctx context.Context, query string, vars map[string]any) (Result, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return Result{}, fmt.Errorf("encode query variables: %w", err)
	}
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	var resp struct {
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		return Result{}, fmt.Errorf("execute query: response (HTTP %d) is not JSON: %w", rec.Code, err)
	}
	return Result{JSON: rec.Body.Bytes(), HasErrors: len(resp.Errors) > 0 || rec.Code >= 400}, nil
}
