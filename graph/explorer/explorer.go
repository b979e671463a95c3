// Package explorer serves kg's built-in explorer page at /explore: a search
// box, the chosen node's neighborhood drawn with Cytoscape.js, the evidence
// of an edge down to the highlighted span of its source, a timeline strip of
// dated events, filters by kind and date, and a panel showing the GraphQL
// requests the page made. The page talks only to the public /graphql API.
// Every asset (including the vendored Cytoscape.js, MIT licensed) is
// embedded in the binary, so the page works without network access.
package explorer

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed assets
var assets embed.FS

// Prefix is the URL path the explorer is served under.
const Prefix = "/explore"

// Assets returns the embedded files of the page (index.html, app.js,
// app.css, cytoscape.min.js and its licence).
func Assets() fs.FS {
	sub, err := fs.Sub(assets, "assets")
	if err != nil { // the directory is embedded at build time
		return assets
	}
	return sub
}

// Handler serves the explorer: /explore answers the page itself and
// /explore/NAME the embedded asset NAME. Mount it on both "/explore" and
// "/explore/". Only GET and HEAD are accepted.
func Handler() http.Handler {
	files := http.FileServer(http.FS(Assets()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(r.URL.Path, Prefix)
		if name == "" || name == "/" || name == "/index.html" {
			servePage(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		r2 := r.Clone(r.Context())
		r2.URL.Path = name
		files.ServeHTTP(w, r2)
	})
}

// servePage writes index.html. Its asset links are relative to /explore/,
// so the page is always served under that base (set in the HTML).
func servePage(w http.ResponseWriter, r *http.Request) {
	page, err := fs.ReadFile(Assets(), "index.html")
	if err != nil {
		http.Error(w, "explorer page missing from the build", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy",
		"default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(page)
}
