package model

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/extract/token"
)

// fxTokens finds the layer of a registered body, serves other strings by
// scanning, and a released body is scanned again.
func TestTokenLayerRegistry(t *testing.T) {
	a := &Analysis{Body: "Leaders met in Brussels. They agreed."}
	if token.FindLayer(a.Body) != nil {
		t.Fatal("layer found before it was built")
	}
	l := a.Tokens()
	if token.FindLayer(a.Body) != l || a.Tokens() != l {
		t.Fatal("registered layer not found again")
	}
	if !reflect.DeepEqual(token.Tokens(a.Body, 3, 20), token.Scan(a.Body, 3, 20, nil)) {
		t.Fatal("fxTokens through the layer differs from a scan")
	}
	other := "Leaders met in Brussels. They agreed!"
	if token.FindLayer(other) != nil {
		t.Fatal("a different text of the same length found the layer")
	}
	a.ReleaseTokens()
	if token.FindLayer(a.Body) != nil {
		t.Fatal("layer still found after release")
	}
}
