package graphiql

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func serve(h http.Handler, method, path string, header http.Header) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	h.ServeHTTP(rec, req)
	return rec
}

func TestPageNamesTheEndpointAndAssets(t *testing.T) {
	rec := serve(Page("/api/<gql>"), http.MethodGet, "/", nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET: %d", rec.Code)
	}
	page := rec.Body.String()
	if !strings.Contains(page, `data-endpoint="/api/&lt;gql&gt;"`) {
		t.Errorf("the endpoint is not in the page, HTML-escaped:\n%s", page)
	}
	for _, name := range []string{"graphiql.umd.js", "graphiql.css", "react.production.min.js", "react-dom.production.min.js", "kg-graphiql.js"} {
		if !strings.Contains(page, `"`+AssetPrefix+name+`"`) {
			t.Errorf("the page does not load %s%s", AssetPrefix, name)
		}
		if _, err := fs.Stat(Files(), name); err != nil {
			t.Errorf("%s is not embedded: %v", name, err)
		}
	}
	if rec := serve(Page("/graphql"), http.MethodHead, "/", nil); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("HEAD: %d with %d bytes", rec.Code, rec.Body.Len())
	}
}

func TestAssetsRevalidateByETag(t *testing.T) {
	h := Assets()
	path := AssetPrefix + "graphiql.umd.js"
	rec := serve(h, http.MethodGet, path, nil)
	want, err := fs.ReadFile(Files(), "graphiql.umd.js")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), want) {
		t.Fatalf("GET %s: %d, %d bytes, want the %d embedded", path, rec.Code, rec.Body.Len(), len(want))
	}
	tag := rec.Header().Get("ETag")
	if len(tag) < 10 {
		t.Fatalf("GET %s: ETag %q", path, tag)
	}
	again := serve(h, http.MethodGet, path, http.Header{"If-None-Match": {tag}})
	if again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Errorf("GET %s If-None-Match: %d with %d bytes, want 304", path, again.Code, again.Body.Len())
	}
	other := serve(h, http.MethodGet, AssetPrefix+"graphiql.css", nil).Header().Get("ETag")
	if other == tag {
		t.Errorf("graphiql.css and graphiql.umd.js share the ETag %s", tag)
	}
	if rec := serve(h, http.MethodDelete, path, nil); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE: %d, want 405", rec.Code)
	}
}

// Every vendored file ships with its licence.
func TestVendoredFilesHaveLicences(t *testing.T) {
	for _, name := range []string{"graphiql.LICENSE.txt", "react.LICENSE.txt", "react-dom.LICENSE.txt", "THIRD-PARTY-LICENSES.txt"} {
		b, err := fs.ReadFile(Files(), name)
		if err != nil || !strings.Contains(string(b), "MIT License") {
			t.Errorf("%s: missing or not the MIT licence (%v)", name, err)
		}
	}
	notices, err := fs.ReadFile(Files(), "THIRD-PARTY-LICENSES.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"graphiql@", "@graphiql/react@", "graphql@", "codemirror@", "markdown-it@"} {
		if !strings.Contains(string(notices), "\n"+pkg) {
			t.Errorf("THIRD-PARTY-LICENSES.txt lacks %s", pkg)
		}
	}
}
