package remote

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// Client sends writes to a running server.
type Client struct {
	// Base is the server's address, e.g. "http://127.0.0.1:8080".
	Base  string
	Token string
	HTTP  *http.Client
}

// LoadFile sends one file; the server reads, extracts and stores it.
func (c *Client) LoadFile(ctx context.Context, path string) (Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Result{}, fmt.Errorf("load %s: %w", path, err)
	}
	var res Result
	err = c.post(ctx, LoadPath, url.Values{"path": {path}}, data, &res)
	if err != nil {
		return Result{}, fmt.Errorf("load %s: %w", path, err)
	}
	return res, nil
}

// Remove asks the server to remove one document.
func (c *Client) Remove(ctx context.Context, id string) error {
	if err := c.post(ctx, RemovePath, url.Values{"id": {id}}, nil, nil); err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	return nil
}

func (c *Client) post(ctx context.Context, path string, q url.Values, body []byte, out any) error {
	u := strings.TrimRight(c.Base, "/") + path + "?" + q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/octet-stream")
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 5 * time.Minute}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusUnauthorized:
		return ErrUnauthorized
	case http.StatusForbidden:
		return ErrDisabled
	default:
		return fmt.Errorf("server answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(msg, out); err != nil {
		return fmt.Errorf("server answer: %w", err)
	}
	return nil
}
