package remote

import (
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/schema"
)

// newServer serves a Handler over a mem store whose "extraction" writes
// one quad naming the document, so the test does not depend on extraction.
func newServer(t *testing.T, token string, after func(context.Context) error) (*httptest.Server, store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l := &loader.Loader{
		Store:   st,
		Extract: func(*document.Document) (*extract.Result, error) { return &extract.Result{}, nil },
		ToQuads: func(d *document.Document, _ *extract.Result) ([]quad.Quad, error) {
			label := schema.SourceIRI(d.ID)
			return []quad.Quad{quad.Make(label, schema.Text, quad.String(d.Body), label)}, nil
		},
	}
	srv := httptest.NewServer(&Handler{Loader: l, Token: token, After: after})
	t.Cleanup(srv.Close)
	return srv, st
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWritesNeedTheToken(t *testing.T) {
	ctx := context.Background()
	srv, _ := newServer(t, "", nil)
	doc := writeFile(t, "a.txt", "A short note.")
	if _, err := (&Client{Base: srv.URL, Token: "x"}).LoadFile(ctx, doc); !errors.Is(err, ErrDisabled) {
		t.Errorf("server without a token: err = %v, want ErrDisabled", err)
	}
	srv, _ = newServer(t, "secret", nil)
	if _, err := (&Client{Base: srv.URL, Token: "guess"}).LoadFile(ctx, doc); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("wrong token: err = %v, want ErrUnauthorized", err)
	}
}

func TestLoadReloadRemove(t *testing.T) {
	ctx := context.Background()
	afters := 0
	srv, st := newServer(t, "secret", func(context.Context) error { afters++; return nil })
	c := &Client{Base: srv.URL, Token: "secret"}
	doc := writeFile(t, "note.txt", "A short note.")
	res, err := c.LoadFile(ctx, doc)
	if err != nil || res.Loaded != 1 {
		t.Fatalf("load: %+v, %v; want one document loaded", res, err)
	}
	res, err = c.LoadFile(ctx, doc)
	if err != nil || res.Unchanged != 1 || res.Loaded != 0 {
		t.Fatalf("reload: %+v, %v; want one unchanged", res, err)
	}
	if afters != 1 {
		t.Errorf("After ran %d times, want once (only the write that changed the store)", afters)
	}
	bad := writeFile(t, "empty.txt", "")
	if res, err := c.LoadFile(ctx, bad); err != nil || res.Failed != 1 || !strings.Contains(strings.Join(res.Errors, " "), "empty.txt") {
		t.Errorf("empty file: %+v, %v; want one failure naming the file", res, err)
	}
	if err := c.Remove(ctx, "note"); err != nil {
		t.Fatalf("remove: %v", err)
	}
	if docs, _ := st.Documents(ctx); len(docs) != 0 {
		t.Errorf("documents after removal: %v", docs)
	}
	if err := c.Remove(ctx, "note"); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("removing an absent document: err = %v, want a 404", err)
	}
}
