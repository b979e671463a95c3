package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
)

// hardenedServer serves a mem store holding the bundled samples through
// the real handler with cfg.
func hardenedServer(t *testing.T, cfg server.Config) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := bootstrap(ctx, st, io.Discard); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(st.QuadStore(), cfg))
	t.Cleanup(ts.Close)
	return ts
}

// post sends body to /graphql and returns the status, headers and body.
func post(t *testing.T, url string, body []byte, header map[string]string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %.80s: %v", body, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func gqlBody(query string) []byte {
	b, _ := json.Marshal(map[string]any{"query": query})
	return b
}

// TestHostileRequestsRefusedClearly sends invalid and hostile requests to
// the real handler: each gets a 4xx or a GraphQL error whose message says
// why, and no answer shows a file path, a source location or a stack.
func TestHostileRequestsRefusedClearly(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.MaxBodyBytes = 64 << 10
	cfg.Introspection = false
	ts := hardenedServer(t, cfg)
	pad := strings.Repeat(" ", 80<<10)
	for _, c := range []struct {
		name string
		body []byte
		want string // in the error message, lower case
	}{
		{"body over the limit", []byte(`{"query":"{ __typename }"` + pad + `}`), "limit"},
		{"too deep", gqlBody(deepQuery(5)), "depth"},
		{"page size over 500", gqlBody(`{ actors(first: 501) { totalCount } }`), "500"},
		{"complexity", gqlBody(`{ actors(first: 500) { edges { node { sources(first: 500) { edges { node { id } } } } } } }`), "complex"},
		{"introspection off", gqlBody(`{ __schema { queryType { name } } }`), "introspection"},
		{"introspection off (__type)", gqlBody(`{ __type(name: "Actor") { name } }`), "introspection"},
		{"mutation", gqlBody(`mutation { deleteEverything }`), "mutation"},
		{"subscription", gqlBody(`subscription { changes }`), "subscription"},
		{"syntax", gqlBody(`{ actors(first: 5 { totalCount } }`), "expected"},
		{"unknown field", gqlBody(`{ nosuchfield }`), "cannot query field"},
		{"not json", []byte(`{"query": `), "json"},
		{"path as id", gqlBody(`{ node(id: "../../../../etc/passwd") { id } }`), ""},
		{"bad cursor", gqlBody(`{ sources(first: 2, after: "not-a-cursor") { totalCount } }`), "cursor"},
		{"fragment cycle", gqlBody(`{ ...A } fragment A on Query { ...A }`), "fragment"},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, _, body := post(t, ts.URL, c.body, nil)
			var resp struct {
				Errors []struct{ Message string }
			}
			_ = json.Unmarshal([]byte(body), &resp)
			if status >= 500 {
				t.Fatalf("HTTP %d: %s", status, body)
			}
			for _, marker := range leakMarkers {
				if strings.Contains(body, marker) {
					t.Errorf("answer shows %q: %.300s", marker, body)
				}
			}
			if c.want == "" {
				return // only the absence of leaks is asked
			}
			if status < 400 && len(resp.Errors) == 0 {
				t.Fatalf("not refused: HTTP %d %.300s", status, body)
			}
			var msgs []string
			for _, e := range resp.Errors {
				msgs = append(msgs, strings.ToLower(e.Message))
			}
			if !strings.Contains(strings.Join(msgs, " "), c.want) {
				t.Errorf("HTTP %d, messages %q do not say %q", status, msgs, c.want)
			}
		})
	}
}

// TestChunkedBodyOverLimitRefused: without a Content-Length the body limit
// still holds, with a clear message.
func TestChunkedBodyOverLimitRefused(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.MaxBodyBytes = 4 << 10
	ts := hardenedServer(t, cfg)
	body := `{"query":"{ __typename }"` + strings.Repeat(" ", 16<<10) + `}`
	req, err := http.NewRequest(http.MethodPost, ts.URL+"/graphql", io.NopCloser(strings.NewReader(body)))
	if err != nil {
		t.Fatal(err)
	}
	req.ContentLength = -1
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 500 || (resp.StatusCode < 400 && !strings.Contains(string(b), "too large")) {
		t.Errorf("chunked body over the limit: HTTP %d %s", resp.StatusCode, b)
	}
	t.Logf("chunked body over the limit: HTTP %d %s", resp.StatusCode, b)
}

// TestStoreFailureHiddenFromClients: when the store fails (closed under
// the server), /healthz answers 503, the failure is logged on the server,
// and no answer shows a path or a store detail. (A GraphQL query then
// answers empty data rather than an error: Cayley's ValueOf cannot report
// a read failure, so lookups of a failed store find nothing.)
func TestStoreFailureHiddenFromClients(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db")
	st, err := store.Open(ctx, "bolt:"+dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bootstrap(ctx, st, io.Discard); err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	cfg := server.DefaultConfig()
	cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
	ts := httptest.NewServer(server.New(st.QuadStore(), cfg))
	defer ts.Close()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(ts.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	health, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/healthz of a closed store: HTTP %d %s, want 503", resp.StatusCode, health)
	}
	status, _, body := post(t, ts.URL, gqlBody(`{ sources(first: 5) { totalCount edges { node { id title } } } }`), nil)
	t.Logf("query on a closed store: HTTP %d %s", status, body)
	for _, answer := range []string{string(health), body} {
		for _, marker := range append(leakMarkers, dir, "bolt", "database") {
			if strings.Contains(answer, marker) {
				t.Errorf("answer shows %q: %s", marker, answer)
			}
		}
	}
	if logged.Len() == 0 {
		t.Errorf("the store failure was not logged on the server")
	}
}

// TestCORSOriginsConfigured: no CORS header by default, for any origin and
// preflight; a configured origin gets it, another one does not.
func TestCORSOriginsConfigured(t *testing.T) {
	query := gqlBody(`{ __typename }`)
	ts := hardenedServer(t, server.DefaultConfig())
	if _, h, _ := post(t, ts.URL, query, map[string]string{"Origin": "http://evil.example"}); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("default config allows origin %q", h.Get("Access-Control-Allow-Origin"))
	}
	cfg := server.DefaultConfig()
	cfg.CORSOrigins = []string{"http://viz.example"}
	ts = hardenedServer(t, cfg)
	if _, h, _ := post(t, ts.URL, query, map[string]string{"Origin": "http://viz.example"}); h.Get("Access-Control-Allow-Origin") != "http://viz.example" {
		t.Errorf("configured origin not allowed: %v", h)
	}
	if _, h, _ := post(t, ts.URL, query, map[string]string{"Origin": "http://evil.example"}); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin allowed: %v", h)
	}
	req, _ := http.NewRequest(http.MethodOptions, ts.URL+"/graphql", nil)
	req.Header.Set("Origin", "http://evil.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from another origin allowed: %v", resp.Header)
	}
}

// TestIntrospectionSwitch: introspection answers by default and is refused
// when switched off, while ordinary queries keep working.
func TestIntrospectionSwitch(t *testing.T) {
	q := gqlBody(`{ __schema { queryType { name } mutationType { name } } }`)
	_, _, on := post(t, hardenedServer(t, server.DefaultConfig()).URL, q, nil)
	var resp struct {
		Data struct {
			Schema struct {
				QueryType    *struct{ Name string }
				MutationType *struct{ Name string }
			} `json:"__schema"`
		}
	}
	if err := json.Unmarshal([]byte(on), &resp); err != nil || resp.Data.Schema.QueryType == nil {
		t.Fatalf("introspection on: %s", on)
	}
	if resp.Data.Schema.MutationType != nil {
		t.Errorf("the schema has a mutation type %q: the API should be read-only", resp.Data.Schema.MutationType.Name)
	}
	cfg := server.DefaultConfig()
	cfg.Introspection = false
	ts := hardenedServer(t, cfg)
	if _, _, off := post(t, ts.URL, q, nil); !strings.Contains(strings.ToLower(off), "introspection") {
		t.Errorf("introspection off: %s", off)
	}
	if status, _, body := post(t, ts.URL, gqlBody(`{ sources(first: 1) { totalCount } }`), nil); status != 200 || strings.Contains(body, "errors") {
		t.Errorf("ordinary query with introspection off: HTTP %d %s", status, body)
	}
}

// TestServeCutsOffSlowClients starts the real `kg serve` and checks that a
// client sending its headers one byte at a time is disconnected by the
// read-header timeout rather than held forever.
func TestServeCutsOffSlowClients(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kg and waits for the server's header timeout; skipped with -short")
	}
	bin := buildKG(t)
	addr := strings.TrimPrefix(startServe(t, bin, nil, "--store", "mem:"), "http://")
	cutOff, held, err := slowClient("http://"+addr,
		loadtestConfig{readTimeout: 10 * time.Second}, true)
	if !cutOff {
		t.Fatalf("slow client held %s: %v", held, err)
	}
	t.Logf("kg serve cut off a slow-header client after %s", held.Round(time.Millisecond))
	if held > 8*time.Second {
		t.Errorf("slow client held %s, want about the 5 s read-header timeout", held)
	}
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatalf("server gone after the slow client: %v", err)
	}
	conn.Close()
}
