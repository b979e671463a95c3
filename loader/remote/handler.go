package remote

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader"
)

// Handler serves LoadPath and RemovePath. Writes are serialised; reads of
// the store (GraphQL) go on meanwhile.
type Handler struct {
	Loader *loader.Loader
	// Token is required as "Authorization: Bearer TOKEN"; an empty Token
	// refuses every write.
	Token string
	// MaxBytes limits one file (the loader's own limit when zero).
	MaxBytes int64
	// After runs after every write that changed the store (the search
	// index sync, say).
	After func(ctx context.Context) error
	// Logger receives internal errors; slog.Default() when nil.
	Logger *slog.Logger

	mu sync.Mutex
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if h.Token == "" {
		http.Error(w, ErrDisabled.Error(), http.StatusForbidden)
		return
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(h.Token)) != 1 {
		http.Error(w, ErrUnauthorized.Error(), http.StatusUnauthorized)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	switch r.URL.Path {
	case LoadPath:
		h.load(w, r)
	case RemovePath:
		h.remove(w, r)
	default:
		http.NotFound(w, r)
	}
}

func (h *Handler) load(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("path")
	if name == "" {
		http.Error(w, "load: the path parameter names the file", http.StatusBadRequest)
		return
	}
	limit := h.MaxBytes
	if limit <= 0 {
		limit = h.Loader.MaxBytes
	}
	if limit <= 0 {
		limit = 20 << 20
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "load "+name+": file exceeds size limit", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "load "+name+": reading the request failed", http.StatusBadRequest)
		return
	}
	sum, err := h.Loader.LoadBytes(r.Context(), name, data)
	if err != nil {
		h.internal(w, "load", err)
		return
	}
	if sum.Loaded+sum.Replaced > 0 {
		if err := h.after(r.Context()); err != nil {
			h.internal(w, "after load", err)
			return
		}
	}
	writeJSON(w, resultOf(sum))
}

func (h *Handler) remove(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		http.Error(w, "remove: the id parameter names the document", http.StatusBadRequest)
		return
	}
	if err := h.Loader.Remove(r.Context(), id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			http.Error(w, "remove "+id+": no such document", http.StatusNotFound)
			return
		}
		h.internal(w, "remove", err)
		return
	}
	if err := h.after(r.Context()); err != nil {
		h.internal(w, "after remove", err)
		return
	}
	writeJSON(w, Result{})
}

func (h *Handler) after(ctx context.Context) error {
	if h.After == nil {
		return nil
	}
	return h.After(ctx)
}

// internal logs the error in full and answers without internal details.
func (h *Handler) internal(w http.ResponseWriter, op string, err error) {
	log := h.Logger
	if log == nil {
		log = slog.Default()
	}
	log.Error("admin write failed", "op", op, "err", err)
	http.Error(w, op+": internal error", http.StatusInternalServerError)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}
