package server_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/loader/quads/quadstest"
)

func newServer(t *testing.T, cfg server.Config) *server.Server {
	t.Helper()
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := quadstest.Load(qs); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return server.New(qs, cfg)
}

// newClient is gqlgen's test client on the /graphql endpoint of s.
func newClient(s *server.Server) *client.Client {
	return client.New(s, client.Path("/graphql"))
}

func TestIntrospection(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	var resp struct {
		Schema struct {
			QueryType struct{ Name string }
			Types     []struct{ Name string }
		} `json:"__schema"`
	}
	if err := c.Post(`{ __schema { queryType { name } types { name } } }`, &resp); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, ty := range resp.Schema.Types {
		names[ty.Name] = true
	}
	for _, want := range []string{"Actor", "Source", "Evidence", "Commitment", "Claim", "NumericClaim", "Event", "Node"} {
		if !names[want] {
			t.Errorf("type %s missing from introspection", want)
		}
	}
	if resp.Schema.QueryType.Name != "Query" {
		t.Errorf("query type %q", resp.Schema.QueryType.Name)
	}

	cfg := server.DefaultConfig()
	cfg.Introspection = false
	off := newClient(newServer(t, cfg))
	err := off.Post(`{ __schema { queryType { name } } }`, &resp)
	if err == nil || !strings.Contains(err.Error(), "introspection disabled") {
		t.Fatalf("introspection switched off still answered: %v", err)
	}
}

func TestActorByAliasWithRolesAndMentions(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	var resp struct {
		Actor struct {
			ID, Name, Kind string
			Aliases        []string
			Roles          connection[struct {
				Label string
				Of    struct{ Name string }
			}]
			Mentions struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Start, End int
						Text       string
						Source     struct{ ID, Text string }
						Sentence   struct{ Text string }
					}
				}
			}
		}
	}
	err := c.Post(`query($n: String!) { actor(name: $n) { id name kind aliases
		roles { totalCount edges { node { label of { name } } } }
		mentions(first: 10) { totalCount edges { node { start end text source { id text } sentence { text } } } } } }`,
		&resp, client.Var("n", "NOVAK"))
	if err != nil {
		t.Fatal(err)
	}
	a := resp.Actor
	if a.ID != "person:jana-novak" || a.Kind != "PERSON" || a.Name != "Jana Novák" {
		t.Fatalf("actor = %+v", a)
	}
	roles := a.Roles.nodes()
	if a.Roles.TotalCount != 1 || len(roles) != 1 || roles[0].Label != "Prime Minister of Portugal" || roles[0].Of.Name != "Portugal" {
		t.Fatalf("roles = %+v", a.Roles)
	}
	if a.Mentions.TotalCount != 2 {
		t.Fatalf("mentions = %+v", a.Mentions)
	}
	for _, e := range a.Mentions.Edges {
		n := e.Node
		if got := string([]rune(n.Source.Text)[n.Start:n.End]); got != n.Text || !strings.Contains(n.Sentence.Text, n.Text) {
			t.Fatalf("mention %q does not match its source (%q) or sentence", n.Text, got)
		}
	}
}

func TestPaginationAcrossPages(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	type page struct {
		Actors struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct {
				Cursor string
				Node   struct{ ID string }
			}
		}
	}
	seen := map[string]bool{}
	var after *string
	total, pages := 0, 0
	for {
		var p page
		if err := c.Post(`query($after: String) { actors(first: 4, after: $after) {
			totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`, &p, client.Var("after", after)); err != nil {
			t.Fatal(err)
		}
		pages++
		total = p.Actors.TotalCount
		for _, e := range p.Actors.Edges {
			if seen[e.Node.ID] {
				t.Fatalf("%s seen on two pages", e.Node.ID)
			}
			seen[e.Node.ID] = true
		}
		if !p.Actors.PageInfo.HasNextPage {
			break
		}
		if pages > 5 {
			t.Fatal("pagination does not end")
		}
		after = p.Actors.PageInfo.EndCursor
	}
	if pages != 2 || len(seen) != total || total != 6 {
		t.Fatalf("%d pages, %d actors seen, totalCount %d", pages, len(seen), total)
	}
}

func TestPageSizeCapped(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	var resp map[string]any
	err := c.Post(`{ actors(first: 501) { totalCount } }`, &resp)
	if err == nil || !strings.Contains(err.Error(), "first must be at most 500") {
		t.Fatalf("first: 501 gave %v", err)
	}
}

func TestTooDeepQueryRejected(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.MaxDepth = 6
	c := newClient(newServer(t, cfg))
	var resp map[string]any
	deep := `{ actor(name: "novak") { roles { edges { node { of { memberOf { edges { node { name } } } } } } } } }`
	err := c.Post(deep, &resp)
	if err == nil || !strings.Contains(err.Error(), "query depth 9 exceeds the limit of 6") {
		t.Fatalf("deep query gave %v", err)
	}
	// Fragments count too.
	err = c.Post(`{ actor(name: "novak") { ...R } } fragment R on Actor { roles { edges { node { of { roles { totalCount } } } } } }`, &resp)
	if err == nil || !strings.Contains(err.Error(), "exceeds the limit") {
		t.Fatalf("deep fragment gave %v", err)
	}
	if err := c.Post(`{ actor(name: "novak") { roles { edges { node { label } } } } }`, &resp); err != nil {
		t.Fatalf("shallow query rejected: %v", err)
	}
}

func TestComplexityLimit(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	var resp map[string]any
	err := c.Post(`{ actors(first: 500) { edges { node { mentions(first: 500) { edges { node { text } } } } } } }`, &resp)
	if err == nil || !strings.Contains(err.Error(), "complexity") {
		t.Fatalf("nested pages of 500 gave %v", err)
	}
}

func TestPersistedQuery(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	q := `{ commitments(by: "germany") { edges { node { id status } } } }`
	sum := sha256.Sum256([]byte(q))
	ext := client.Extensions(map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}})
	var resp struct {
		Commitments struct {
			Edges []struct{ Node struct{ ID, Status string } }
		}
	}
	if err := c.Post("", &resp, ext); err == nil || !strings.Contains(err.Error(), "PersistedQueryNotFound") {
		t.Fatalf("unknown hash gave %v", err)
	}
	if err := c.Post(q, &resp, ext); err != nil {
		t.Fatalf("registering the query: %v", err)
	}
	resp.Commitments.Edges = nil
	if err := c.Post("", &resp, ext); err != nil {
		t.Fatalf("hash only: %v", err)
	}
	if len(resp.Commitments.Edges) != 1 || resp.Commitments.Edges[0].Node.Status != "AGREED" {
		t.Fatalf("persisted query answered %+v", resp)
	}
}

func TestCommitmentWithEvidenceStatuses(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	var resp struct {
		Actor struct {
			CommitmentsMade struct {
				Edges []struct {
					Node struct {
						What, Kind, Status string
						Condition          string
						By                 connection[struct{ Name string }]
						To                 struct{ Name string }
						Evidence           connection[struct {
							Status string
							Source struct {
								Kind   string
								Outlet *struct{ Name string }
							}
							Sentence struct{ Text string }
						}]
					}
				}
			}
		}
	}
	err := c.Post(`{ actor(name: "portugal") { commitmentsMade(first: 10) { edges { node { what kind status condition
		by(first: 10) { totalCount edges { node { name } } } to { name }
		evidence(first: 20) { totalCount edges { node { status source { kind outlet { name } } sentence { text } } } } } } } } }`, &resp)
	if err != nil {
		t.Fatal(err)
	}
	edges := resp.Actor.CommitmentsMade.Edges
	if len(edges) != 1 {
		t.Fatalf("commitments = %+v", edges)
	}
	n := edges[0].Node
	if n.Status != "AGREED" || n.To.Name != "Moldova" || n.By.TotalCount != 2 || len(n.By.Edges) != 2 ||
		n.Evidence.TotalCount != 2 || len(n.Evidence.Edges) != 2 {
		t.Fatalf("commitment = %+v", n)
	}
	got := map[string]string{}
	for _, e := range n.Evidence.nodes() {
		got[e.Source.Kind] = e.Status
	}
	if got["PRIMARY"] != "AGREED" || got["SECONDARY"] != "REPORTED" {
		t.Fatalf("evidence statuses by source kind = %v", got)
	}
}

func TestGETAndPlaygroundAndHealth(t *testing.T) {
	s := newServer(t, server.DefaultConfig())
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(`{ actor(name: "lisbon") { id } place(name: "LISBON") { id } }`), nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"place":{"id":"place:lisbon"}`) || !strings.Contains(rec.Body.String(), `"actor":null`) {
		t.Fatalf("GET: %d %s", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != 200 || !strings.Contains(strings.ToLower(rec.Body.String()), "graphiql") {
		t.Fatalf("GraphiQL: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "ok") {
		t.Fatalf("healthz: %d %s", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/nothing-here", nil))
	if rec.Code != http.StatusNotFound {
		t.Fatalf("unknown path: %d", rec.Code)
	}
}

func TestBodyLimit(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.MaxBodyBytes = 200
	s := newServer(t, cfg)
	body := fmt.Sprintf(`{"query":"{ actors { totalCount } }","variables":{"pad":%q}}`, strings.Repeat("x", 500))
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "exceeds the limit") {
		t.Fatalf("oversized body: %d %s", rec.Code, rec.Body)
	}
}

func TestTimeout(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.Timeout = time.Nanosecond
	c := newClient(newServer(t, cfg))
	var resp map[string]any
	err := c.Post(`{ actors { totalCount } }`, &resp)
	if err == nil || !strings.Contains(err.Error(), "time limit") {
		t.Fatalf("expired query gave %v", err)
	}
}

func TestExecuteInProcess(t *testing.T) {
	s := newServer(t, server.DefaultConfig())
	res, err := s.Execute(context.Background(), `query($id: ID!) { node(id: $id) { id ... on Source { title kind } } }`,
		map[string]any{"id": "doc:fixture-statement"})
	if err != nil || res.HasErrors {
		t.Fatalf("Execute: %v %s", err, res.JSON)
	}
	var out struct {
		Data struct {
			Node struct{ ID, Title, Kind string }
		}
	}
	if err := json.Unmarshal(res.JSON, &out); err != nil || out.Data.Node.Kind != "PRIMARY" {
		t.Fatalf("Execute answered %s (%v)", res.JSON, err)
	}
	res, err = s.Execute(context.Background(), `{ nosuchfield }`, nil)
	if err != nil || !res.HasErrors {
		t.Fatalf("an invalid query reported no errors: %v %s", err, res.JSON)
	}
}

func TestInvalidEnumIsAClearError(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	var resp map[string]any
	err := c.Post(`query($k: ActorKind) { actors(kind: $k) { totalCount } }`, &resp, client.Var("k", "ROBOT"))
	if err == nil || !strings.Contains(err.Error(), "ROBOT") || strings.Contains(err.Error(), "internal error") {
		t.Fatalf("invalid enum gave %v", err)
	}
}

// errorsShownToClients runs a query whose resolver fails inside the
// store layer and checks the message hides the internals.
func TestInternalErrorsHidden(t *testing.T) {
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := quadstest.Load(qs); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	cfg := server.DefaultConfig()
	cfg.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	s := server.New(failingStore{qs}, cfg)
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ actors { totalCount } }"}`))
	req.Header.Set("Content-Type", "application/json")
	s.ServeHTTP(rec, req)
	body := rec.Body.String()
	if !strings.Contains(body, "internal error") || strings.Contains(body, "/secret/") || strings.Contains(body, ".go:") {
		t.Fatalf("internal error leaked or missing: %s", body)
	}
	if !strings.Contains(logs.String(), "/secret/kg.db") {
		t.Fatalf("the server log lost the internal detail: %s", logs.String())
	}
}

// failingStore is a quad store whose node iteration panics with an
// internal path in the message, as a broken backend might.
type failingStore struct{ graph.QuadStore }

func (f failingStore) QuadIterator(quad.Direction, graph.Ref) graph.Iterator {
	panic(errors.New("open /secret/kg.db: corrupted page"))
}

func TestCORS(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.CORSOrigins = []string{"https://viz.example"}
	s := newServer(t, cfg)
	for origin, allowed := range map[string]bool{"https://viz.example": true, "https://evil.example": false} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		s.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin") == origin; got != allowed {
			t.Errorf("origin %s: allowed = %v, want %v", origin, got, allowed)
		}
	}
	plain := newServer(t, server.DefaultConfig())
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/graphql?query={actors{totalCount}}", nil)
	req.Header.Set("Origin", "https://viz.example")
	plain.ServeHTTP(rec, req)
	if rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Error("CORS headers sent with no origins configured")
	}
}

// fullIntrospection is the introspection query GraphiQL sends on load.
const fullIntrospection = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}`

// TestGraphiQLIntrospectionWithinLimits checks the limits leave room for
// the introspection query GraphiQL runs.
func TestGraphiQLIntrospectionWithinLimits(t *testing.T) {
	c := newClient(newServer(t, server.DefaultConfig()))
	var resp map[string]any
	if err := c.Post(fullIntrospection, &resp); err != nil {
		t.Fatalf("GraphiQL's introspection query rejected: %v", err)
	}
}

func TestHandleMountsExtraRoutes(t *testing.T) {
	s := newServer(t, server.DefaultConfig())
	if err := s.Handle("/extra", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "extra") })); err != nil {
		t.Fatal(err)
	}
	if err := s.Handle("/graphql", http.NotFoundHandler()); err == nil {
		t.Fatal("mounting over /graphql was accepted")
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/extra", nil))
	if rec.Body.String() != "extra" {
		t.Fatalf("mounted route answered %d %q", rec.Code, rec.Body)
	}
}
