package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers the "gizmo" language
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// ErrResponse: a query answered with an error or a non-200 status.
var ErrResponse = errors.New("query failed")

// GizmoHandler is Cayley's own HTTP API (v2, read-only) over qs: POST
// /api/v2/query?lang=gizmo. limit caps the results of one query, as
// Cayley's server does (its default is 100).
func GizmoHandler(qs graph.QuadStore, limit int, timeout time.Duration) http.Handler {
	api := cayleyhttp.NewAPIv2(&graph.Handle{QuadStore: qs})
	api.SetReadOnly(true)
	api.SetQueryLimit(limit)
	api.SetQueryTimeout(timeout)
	return api
}

// NewClient returns an HTTP client for many requests to one loopback
// server from concurrent goroutines.
func NewClient() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 64
	t.MaxIdleConnsPerHost = 64
	return &http.Client{Transport: t, Timeout: 60 * time.Second}
}

// GraphQL posts one operation to endpoint (".../graphql") and returns the
// response's data; a response with errors is ErrResponse.
func GraphQL(ctx context.Context, c *http.Client, endpoint, query string, vars map[string]any) (json.RawMessage, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, fmt.Errorf("graphql: encode: %w", err)
	}
	b, err := post(ctx, c, endpoint, "application/json", body)
	if err != nil {
		return nil, fmt.Errorf("graphql: %w", err)
	}
	var resp struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(b, &resp); err != nil {
		return nil, fmt.Errorf("graphql: decode response: %w", err)
	}
	if len(resp.Errors) > 0 {
		return nil, fmt.Errorf("graphql: %w: %s", ErrResponse, resp.Errors[0])
	}
	return resp.Data, nil
}

// Gizmo posts one Gizmo query to base (the root of a GizmoHandler) and
// returns its results.
func Gizmo(ctx context.Context, c *http.Client, base, query string) ([]json.RawMessage, error) {
	b, err := post(ctx, c, base+"/api/v2/query?lang="+url.QueryEscape("gizmo"), "application/javascript", []byte(query))
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	var resp struct {
		Result []json.RawMessage `json:"result"`
		Error  string            `json:"error"`
	}
	if err := json.Unmarshal(b, &resp); err != nil {
		return nil, fmt.Errorf("gizmo: decode response: %w", err)
	}
	if resp.Error != "" {
		return nil, fmt.Errorf("gizmo: %w: %s", ErrResponse, resp.Error)
	}
	return resp.Result, nil
}

func post(ctx context.Context, c *http.Client, endpoint, contentType string, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	res, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: HTTP %d: %.200s", ErrResponse, res.StatusCode, b)
	}
	return b, nil
}
