package model

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/token"
)

// LowerBody is token.ASCIILower of the body, kept once and recomputed when
// the body changes.
func TestLowerBody(t *testing.T) {
	a := &Analysis{Body: "Ministers MET in Zürich."}
	if got, want := LowerBody(a), token.ASCIILower(a.Body); got != want {
		t.Fatalf("LowerBody = %q, want %q", got, want)
	}
	if got := LowerBody(a); got != "ministers met in zürich." {
		t.Errorf("second LowerBody = %q", got)
	}
	a.Body = "Talks ENDED."
	if got := LowerBody(a); got != "talks ended." {
		t.Errorf("LowerBody after a new body = %q", got)
	}
}
