// Package remote adds documents to, and removes them from, a store that a
// running `kg serve` holds (an embedded bolt store admits one process at a
// time): a token-protected HTTP endpoint on the server, and the client that
// `kg load --server` and `kg rm --server` use.
//
// The GraphQL API stays read-only; these writes are refused unless the
// server was started with a write token, and then need it as a bearer
// token.
package remote

import (
	"errors"

	"github.com/kg-project/kg/loader"
)

// Endpoint paths on the server.
const (
	LoadPath   = "/admin/load"   // POST ?path=NAME, body: the file's bytes
	RemovePath = "/admin/remove" // POST ?id=ID
)

// Sentinel errors of the client; check with errors.Is.
var (
	ErrUnauthorized = errors.New("write refused: missing or wrong write token (KG_WRITE_TOKEN)")
	ErrDisabled     = errors.New("the server accepts no writes (start kg serve with a write token)")
)

// Result is the JSON answer to a load or removal: the loader's summary with
// errors as messages.
type Result struct {
	Loaded    int      `json:"loaded"`
	Replaced  int      `json:"replaced"`
	Unchanged int      `json:"unchanged"`
	Failed    int      `json:"failed"`
	Skipped   int      `json:"skipped"`
	Quads     int64    `json:"quads"`
	Actors    int      `json:"actors"`
	Errors    []string `json:"errors,omitempty"`
	Notes     []string `json:"notes,omitempty"`
}

func resultOf(s loader.Summary) Result {
	r := Result{Loaded: s.Loaded, Replaced: s.Replaced, Unchanged: s.Unchanged, Failed: s.Failed,
		Skipped: s.Skipped, Quads: s.Quads, Actors: s.Actors}
	for _, e := range s.Errors {
		r.Errors = append(r.Errors, e.Error())
	}
	for _, e := range s.Notes {
		r.Notes = append(r.Notes, e.Error())
	}
	return r
}

// Add accumulates another result into r.
func (r *Result) Add(o Result) {
	r.Loaded += o.Loaded
	r.Replaced += o.Replaced
	r.Unchanged += o.Unchanged
	r.Failed += o.Failed
	r.Skipped += o.Skipped
	r.Quads += o.Quads
	r.Actors += o.Actors
	r.Errors = append(r.Errors, o.Errors...)
	r.Notes = append(r.Notes, o.Notes...)
}
