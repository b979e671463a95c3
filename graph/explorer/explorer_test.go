package explorer

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func get(t *testing.T, h http.Handler, method, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec
}

func TestHandlerServesPageAndAssets(t *testing.T) {
	h := Handler()
	for _, path := range []string{"/explore", "/explore/", "/explore/index.html"} {
		rec := get(t, h, http.MethodGet, path)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: status %d", path, rec.Code)
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("GET %s: content type %q", path, ct)
		}
		if !strings.Contains(rec.Body.String(), `<base href="/explore/">`) {
			t.Errorf("GET %s: page lacks its base href", path)
		}
	}
	types := map[string]string{
		"/explore/app.js":            "javascript",
		"/explore/cytoscape.min.js":  "javascript",
		"/explore/app.css":           "text/css",
		"/explore/cytoscape.LICENSE": "",
	}
	for path, want := range types {
		rec := get(t, h, http.MethodGet, path)
		if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
			t.Fatalf("GET %s: status %d, %d bytes", path, rec.Code, rec.Body.Len())
		}
		if ct := rec.Header().Get("Content-Type"); !strings.Contains(ct, want) {
			t.Errorf("GET %s: content type %q, want %q", path, ct, want)
		}
	}
}

func TestHandlerRejects(t *testing.T) {
	h := Handler()
	if rec := get(t, h, http.MethodGet, "/explore/missing.js"); rec.Code != http.StatusNotFound {
		t.Errorf("missing asset: status %d, want 404", rec.Code)
	}
	if rec := get(t, h, http.MethodPost, "/explore"); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", rec.Code)
	}
	if rec := get(t, h, http.MethodHead, "/explore"); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("HEAD: status %d with %d bytes", rec.Code, rec.Body.Len())
	}
}

// The page must work offline: every script, style and link it loads is one
// of the embedded assets, never a URL of another host.
func TestPageLoadsOnlyEmbeddedAssets(t *testing.T) {
	page := readAsset(t, "index.html")
	refs := regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(page, -1)
	if len(refs) < 3 {
		t.Fatalf("index.html references %d assets, want the script, style and library", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if ref == "/explore/" || strings.HasPrefix(ref, "data:") {
			continue
		}
		if strings.Contains(ref, "//") || strings.HasPrefix(ref, "/") {
			t.Errorf("index.html loads %q from outside the embedded assets", ref)
			continue
		}
		if _, err := Assets().Open(ref); err != nil {
			t.Errorf("index.html loads %q, not embedded: %v", ref, err)
		}
	}
	if strings.Contains(readAsset(t, "app.js"), "http") {
		t.Error("app.js names an absolute URL; it must only call ../graphql")
	}
	if !strings.Contains(readAsset(t, "cytoscape.LICENSE"), "Permission is hereby granted") {
		t.Error("the vendored Cytoscape.js must ship with its MIT licence")
	}
}

// Every GraphQL operation of the page validates against kg's schema plus the
// front-end contract (search, neighborhood, subgraph, timeline), for the
// queries the server has not implemented yet.
func TestPageQueriesValidateAgainstSchema(t *testing.T) {
	schema := loadSchema(t)
	ops := pageOperations(t)
	if len(ops) < 8 {
		t.Fatalf("found %d operations in app.js, want the page's full set", len(ops))
	}
	for name, op := range ops {
		if _, errs := gqlparser.LoadQuery(schema, op); len(errs) > 0 {
			t.Errorf("operation %s does not validate: %v", name, errs)
		}
	}
}

// The front-end contract in testdata stays in step with what the page asks:
// every operation validates against the schema with the contract standing
// in for the server's own front-end queries.
func TestPageQueriesValidateAgainstContract(t *testing.T) {
	schema := loadContract(t)
	for name, op := range pageOperations(t) {
		if _, errs := gqlparser.LoadQuery(schema, op); len(errs) > 0 {
			t.Errorf("operation %s does not validate against the contract: %v", name, errs)
		}
	}
}

// pageOperations returns the operations of app.js by name, with the shared
// evidence selection set substituted.
func pageOperations(t *testing.T) map[string]string {
	t.Helper()
	js := readAsset(t, "app.js")
	evidence := regexp.MustCompile("const EVIDENCE = `([^`]*)`").FindStringSubmatch(js)
	if evidence == nil {
		t.Fatal("app.js: no EVIDENCE selection set")
	}
	ops := map[string]string{}
	for _, m := range regexp.MustCompile("`(query (\\w+)[^`]*)`").FindAllStringSubmatch(js, -1) {
		ops[m[2]] = strings.ReplaceAll(m[1], "${EVIDENCE}", evidence[1])
	}
	return ops
}

// loadSchema reads the repository's schema/*.graphqls, adding the
// front-end contract in testdata unless the schema already serves it.
func loadSchema(t *testing.T) *ast.Schema {
	t.Helper()
	base, frontend := schemaFiles(t)
	if len(frontend) == 0 {
		return parseSchema(t, append(base, contractSource(t)))
	}
	return parseSchema(t, append(base, frontend...))
}

// loadContract reads schema/*.graphqls without the files of the front-end
// queries, and the contract in their place.
func loadContract(t *testing.T) *ast.Schema {
	t.Helper()
	base, _ := schemaFiles(t)
	return parseSchema(t, append(base, contractSource(t)))
}

// schemaFiles reads schema/*.graphqls: the files that define the
// front-end queries (neighborhood, ...) apart from the others.
func schemaFiles(t *testing.T) (base, frontend []*ast.Source) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "schema", "*.graphqls"))
	if err != nil || len(files) == 0 {
		t.Fatalf("read schema files: %v (%d found)", err, len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		src := &ast.Source{Name: f, Input: string(b)}
		if regexp.MustCompile(`(?m)^\s*neighborhood\(`).Match(b) {
			frontend = append(frontend, src)
		} else {
			base = append(base, src)
		}
	}
	return base, frontend
}

// contractSource reads the front-end contract in testdata.
func contractSource(t *testing.T) *ast.Source {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "frontend.graphqls"))
	if err != nil {
		t.Fatalf("read front-end contract: %v", err)
	}
	return &ast.Source{Name: "frontend.graphqls", Input: string(b)}
}

func parseSchema(t *testing.T, sources []*ast.Source) *ast.Schema {
	t.Helper()
	schema, err := gqlparser.LoadSchema(sources...)
	if err != nil {
		t.Fatalf("load schema: %v", err)
	}
	return schema
}

func readAsset(t *testing.T, name string) string {
	t.Helper()
	f, err := Assets().Open(name)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return string(b)
}
