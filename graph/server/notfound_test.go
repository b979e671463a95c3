package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/server"
)

// gqlAnswer is a raw GraphQL response, errors with their extensions.
type gqlAnswer struct {
	Data   map[string]any
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
}

func postGraphQL(t *testing.T, h http.Handler, query string) gqlAnswer {
	t.Helper()
	body, err := json.Marshal(map[string]string{"query": query})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	var a gqlAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatalf("%s: HTTP %d, not JSON: %v: %s", query, rec.Code, err, rec.Body)
	}
	return a
}

// An id the store does not hold is answered "no such node" with the id and
// the code NOT_FOUND, whichever query took it; an id of the wrong kind keeps
// its own message and no such code.
func TestMissingIDSaysNoSuchNode(t *testing.T) {
	s := newServer(t, server.DefaultConfig())
	for _, c := range []struct{ query, id string }{
		{`{ node(id: "person:nobody") { id } }`, "person:nobody"},
		{`{ trace(id: "claim:never-made") { steps { id } } }`, "claim:never-made"},
		{`{ neighborhood(id: "org:no-such-org") { truncated } }`, "org:no-such-org"},
		{`{ path(from: "person:jana-novak", to: "place:atlantis") { truncated } }`, "place:atlantis"},
	} {
		a := postGraphQL(t, s, c.query)
		if len(a.Errors) != 1 {
			t.Fatalf("%s: errors %+v, want one", c.query, a.Errors)
		}
		e := a.Errors[0]
		if !strings.Contains(e.Message, `no such node "`+c.id+`"`) || strings.Contains(e.Message, "takes a") {
			t.Errorf("%s: message %q, want no such node %q", c.query, e.Message, c.id)
		}
		if e.Extensions["code"] != "NOT_FOUND" {
			t.Errorf("%s: extensions %v, want code NOT_FOUND", c.query, e.Extensions)
		}
	}

	// The same questions on ids that exist: answered, or refused for their kind.
	if a := postGraphQL(t, s, `{ node(id: "person:jana-novak") { id } }`); len(a.Errors) != 0 || a.Data["node"] == nil {
		t.Errorf("existing node: %+v", a)
	}
	a := postGraphQL(t, s, `{ trace(id: "person:jana-novak") { steps { id } } }`)
	if len(a.Errors) != 1 || !strings.Contains(a.Errors[0].Message, "trace takes a claim or commitment id") {
		t.Fatalf("trace of an actor: %+v", a.Errors)
	}
	if a.Errors[0].Extensions["code"] == "NOT_FOUND" || strings.Contains(a.Errors[0].Message, "no such node") {
		t.Errorf("trace of an actor reported as missing: %+v", a.Errors[0])
	}
}
