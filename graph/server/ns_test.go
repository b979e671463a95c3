package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/server"
)

// The server describes kg's RDF vocabulary at /ns.
func TestVocabularyServed(t *testing.T) {
	s := newServer(t, server.DefaultConfig())
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ns", nil))
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/turtle") || !strings.Contains(rec.Body.String(), "kg:status-agreed") {
		t.Fatalf("GET /ns: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
}
