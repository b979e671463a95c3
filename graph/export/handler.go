package export

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
)

// Handler serves exports over HTTP: GET (or HEAD)
// /export?format=nquads|graphml|cytoscape[&source=ID][&all=1] with the
// format's Content-Type and a download file name; all=1 (or true) makes a
// whole-store graph hold every gazetteer entry (see IncludeAll). An
// unknown format or a value of all that is not a boolean is 400, an
// unknown source 404, another method 405. Mount it where the server
// wants it (the path is not checked).
func Handler(qs graph.QuadStore) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "export: method not allowed", http.StatusMethodNotAllowed)
			return
		}
		format := strings.ToLower(r.URL.Query().Get("format"))
		if format == "" {
			format = NQuads
		}
		if ContentType(format) == "" {
			http.Error(w, fmt.Sprintf("export: unknown format %q (known: %s)", format, strings.Join(Formats(), ", ")), http.StatusBadRequest)
			return
		}
		all, err := allParam(r.URL.Query().Get("all"))
		if err != nil {
			http.Error(w, "export: "+err.Error(), http.StatusBadRequest)
			return
		}
		source := r.URL.Query().Get("source")
		label := SourceLabel(source)
		if label != "" && !HasLabel(r.Context(), qs, label) {
			http.Error(w, fmt.Sprintf("export: no source %q", source), http.StatusNotFound)
			return
		}
		// Graphs are built before the first byte is sent, so a failure is
		// a clean error status; N-Quads stream (a failure part-way cuts
		// the response short).
		var g *Graph
		if format != NQuads {
			if g, err = Build(r.Context(), qs, label, IncludeAll(all)); err != nil {
				http.Error(w, "export failed", http.StatusInternalServerError)
				return
			}
		}
		name := "kg"
		if label != "" {
			name = localID(label)
		}
		w.Header().Set("Content-Type", ContentType(format))
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fileName(name)+Extension(format)))
		if r.Method == http.MethodHead {
			return
		}
		switch format {
		case NQuads:
			_ = writeNQuads(r.Context(), w, qs, label)
		case GraphML:
			_ = g.WriteGraphML(w)
		default:
			_ = g.WriteCytoscape(w)
		}
	})
}

// allParam reads the all query parameter: absent is false.
func allParam(v string) (bool, error) {
	if v == "" {
		return false, nil
	}
	all, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("all=%q is not a boolean (1, true, 0, false)", v)
	}
	return all, nil
}

// fileName keeps letters, digits, '-', '_' and '.' of a node id.
func fileName(id string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, id)
}
