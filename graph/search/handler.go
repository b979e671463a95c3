package search

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
)

// Response is the JSON body Handler answers with.
type Response struct {
	Total int       `json:"total"`
	Hits  []HitJSON `json:"hits"`
}

// HitJSON is a Hit as JSON.
type HitJSON struct {
	ID        string   `json:"id"`
	Kind      string   `json:"kind"`
	Label     string   `json:"label"`
	Score     float64  `json:"score"`
	Snippet   string   `json:"snippet"`
	SourceIDs []string `json:"sourceIds"`
}

// Handler serves GET /search?q=TEXT[&kinds=PERSON,CLAIM][&first=N][&offset=N]
// as JSON ({total, hits: [{id, kind, label, score, snippet, sourceIds}]}).
// A missing or empty q, a bad number, an unknown kind or first above
// MaxFirst is 400.
func Handler(ix *Index) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", "GET")
			http.Error(w, "search: method not allowed", http.StatusMethodNotAllowed)
			return
		}
		v := r.URL.Query()
		var kinds []string
		for _, k := range strings.Split(v.Get("kinds"), ",") {
			if k = strings.TrimSpace(k); k != "" {
				kinds = append(kinds, k)
			}
		}
		first, err1 := intParam(v.Get("first"))
		offset, err2 := intParam(v.Get("offset"))
		if err1 != nil || err2 != nil {
			http.Error(w, "search: first and offset must be whole numbers", http.StatusBadRequest)
			return
		}
		hits, total, err := ix.SearchPage(r.Context(), v.Get("q"), kinds, first, offset)
		switch {
		case errors.Is(err, ErrEmptyQuery), errors.Is(err, ErrTooMany), errors.Is(err, ErrUnknownKind):
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		case err != nil:
			http.Error(w, "search failed", http.StatusInternalServerError)
			return
		}
		resp := Response{Total: total, Hits: make([]HitJSON, len(hits))}
		for i, h := range hits {
			resp.Hits[i] = HitJSON(h)
			if resp.Hits[i].SourceIDs == nil {
				resp.Hits[i].SourceIDs = []string{}
			}
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		_ = json.NewEncoder(w).Encode(resp)
	})
}

func intParam(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	return strconv.Atoi(s)
}
