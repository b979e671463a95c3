package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/server"
)

// assetRef matches the resources an HTML page makes the browser load.
var assetRef = regexp.MustCompile(`(?i)<(script|link|img|iframe|source)\b[^>]*?\b(src|href)\s*=\s*"([^"]*)"`)

// GraphiQL must work offline: / loads no URL of another host, and every
// file it references is served by kg itself with its proper type.
func TestGraphiQLPageLoadsOnlyItsOwnAssets(t *testing.T) {
	s := newServer(t, server.DefaultConfig())
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	page := rec.Body.String()
	if strings.Contains(page, "://") {
		t.Errorf("GET /: the page names an absolute URL:\n%s", page)
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("GET /: Content-Security-Policy %q does not keep loads on kg's origin", csp)
	}
	wantTypes := map[string]string{"script": "text/javascript", "link": "text/css"}
	seen := map[string]int{}
	for _, m := range assetRef.FindAllStringSubmatch(page, -1) {
		tag, ref := strings.ToLower(m[1]), m[3]
		if strings.HasPrefix(ref, "data:") {
			continue
		}
		u, err := url.Parse(ref)
		if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/assets/graphiql/") {
			t.Errorf("GET /: <%s> loads %q, not one of kg's own assets", tag, ref)
			continue
		}
		seen[tag]++
		arec := httptest.NewRecorder()
		s.ServeHTTP(arec, httptest.NewRequest(http.MethodGet, u.Path, nil))
		body, _ := io.ReadAll(arec.Body)
		if arec.Code != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: %d, %d bytes", u.Path, arec.Code, len(body))
			continue
		}
		if ct := arec.Header().Get("Content-Type"); !strings.HasPrefix(ct, wantTypes[tag]) {
			t.Errorf("GET %s (<%s>): content type %q, want %s", u.Path, tag, ct, wantTypes[tag])
		}
		if arec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff header", u.Path)
		}
	}
	// React, ReactDOM, GraphiQL and kg's start-up script; GraphiQL's
	// stylesheet and kg's.
	if seen["script"] != 4 || seen["link"] != 2 {
		t.Errorf("GET /: %d scripts and %d stylesheets of kg's own, want 4 and 2", seen["script"], seen["link"])
	}
}

func TestGraphiQLAssetsServeOnlyTheirFiles(t *testing.T) {
	s := newServer(t, server.DefaultConfig())
	for path, want := range map[string]int{
		"/assets/graphiql/graphiql.LICENSE.txt":     http.StatusOK,
		"/assets/graphiql/THIRD-PARTY-LICENSES.txt": http.StatusOK,
		"/assets/graphiql/":                         http.StatusNotFound,
		"/assets/graphiql/index.html":               http.StatusNotFound,
		"/assets/graphiql/missing.js":               http.StatusNotFound,
		"/assets/graphiql/kg-graphiql.go":           http.StatusNotFound,
		"/assets/graphiql/sub/graphiql.css":         http.StatusNotFound,
	} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != want {
			t.Errorf("GET %s: %d, want %d", path, rec.Code, want)
		}
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", strings.NewReader("{}")))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d, want 405", rec.Code)
	}
}
