// Package graphiql serves GraphiQL, the in-browser GraphQL IDE, with every
// file it loads embedded in the binary, so the page works without network
// access: Page answers the HTML page and Assets the files it references
// under AssetPrefix. The vendored files (graphiql.umd.js and graphiql.css of
// graphiql 3.9.0, the UMD builds of react and react-dom 18.3.1, all MIT
// licensed) are the pinned npm packages' own files, copied by
// e2e/vendor-graphiql.mjs with their licences and THIRD-PARTY-LICENSES.txt
// (the licences of the packages graphiql's build bundles); .ci/e2e.sh checks
// they still equal them.
package graphiql

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed assets
var assets embed.FS

// AssetPrefix is the URL path the page's files are served under.
const AssetPrefix = "/assets/graphiql/"

// pageFile is the page's template among the assets; it is not served as an
// asset itself.
const pageFile = "index.html"

// contentTypes are the types of the assets by extension, fixed here rather
// than taken from the system's MIME table.
var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".txt": "text/plain; charset=utf-8",
}

// Files returns the embedded files: the page template index.html, the
// vendored scripts and stylesheet with their licences, and kg's own
// kg-graphiql.js and kg-graphiql.css.
func Files() fs.FS {
	sub, err := fs.Sub(assets, "assets")
	if err != nil { // the directory is embedded at build time
		return assets
	}
	return sub
}

// Page serves the GraphiQL page, sending its operations to endpoint (a path
// on the same origin, such as "/graphql"). Only GET and HEAD are accepted.
func Page(endpoint string) http.Handler {
	page, err := render(endpoint)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowed(w, r) {
			return
		}
		if err != nil {
			http.Error(w, "GraphiQL page missing from the build", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "+
			"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'")
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(page)
	})
}

// render fills the page template with the endpoint and the asset path.
func render(endpoint string) ([]byte, error) {
	tpl, err := template.ParseFS(Files(), pageFile)
	if err != nil {
		return nil, fmt.Errorf("parse GraphiQL page %s: %w", pageFile, err)
	}
	var buf bytes.Buffer
	data := struct{ Endpoint, Assets string }{endpoint, strings.TrimSuffix(AssetPrefix, "/")}
	if err := tpl.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render GraphiQL page for endpoint %s: %w", endpoint, err)
	}
	return buf.Bytes(), nil
}

// Assets serves AssetPrefix+NAME, the embedded file NAME, with an ETag so
// that browsers revalidate rather than download again. Mount it on
// AssetPrefix. Unknown names, directories and the page template answer 404.
func Assets() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowed(w, r) {
			return
		}
		name, ok := strings.CutPrefix(r.URL.Path, AssetPrefix)
		ctype, known := contentTypes[path.Ext(name)]
		if !ok || !known || name == pageFile || !fs.ValidPath(name) || strings.Contains(name, "/") {
			http.NotFound(w, r)
			return
		}
		f, err := Files().Open(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		content, ok := f.(io.ReadSeeker) // embedded files seek
		tag, err := etag(name)
		if !ok || err != nil {
			http.Error(w, "GraphiQL asset unreadable", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("ETag", tag)
		http.ServeContent(w, r, name, time.Time{}, content)
	})
}

// allowed answers 405 to methods other than GET and HEAD.
func allowed(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return false
}

var (
	etagMu sync.Mutex
	etags  = map[string]string{}
)

// etag is the quoted SHA-256 prefix of the asset name, worked out once.
func etag(name string) (string, error) {
	etagMu.Lock()
	defer etagMu.Unlock()
	if t, ok := etags[name]; ok {
		return t, nil
	}
	content, err := fs.ReadFile(Files(), name)
	if err != nil {
		return "", fmt.Errorf("read GraphiQL asset %s: %w", name, err)
	}
	sum := sha256.Sum256(content)
	t := `"` + hex.EncodeToString(sum[:12]) + `"`
	etags[name] = t
	return t, nil
}
