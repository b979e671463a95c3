package search_test

import (
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/kg-project/kg/graph/search"
)

func TestHandler(t *testing.T) {
	_, ix := synced(t)
	h := search.Handler(ix)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/search?q=kovalenko&kinds=PERSON,CLAIM&first=5", nil))
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var resp search.Response
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Total == 0 || resp.Hits[0].ID != "person:oleksandra-kovalenko" || resp.Hits[0].SourceIDs[0] != "doc:brief-one" {
		t.Errorf("response = %+v", resp)
	}
	for _, bad := range []string{"/search?q=", "/search?q=x&first=many", "/search?q=x&kinds=PLANET", "/search?q=x&first=501"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", bad, nil))
		if rec.Code != 400 {
			t.Errorf("GET %s: status %d, want 400", bad, rec.Code)
		}
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/search?q=x", nil))
	if rec.Code != 405 {
		t.Errorf("POST: status %d, want 405", rec.Code)
	}
}
