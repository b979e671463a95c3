package model

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/kg-project/kg/loader/document"
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

// The layer of a document is built on its one lowered body: the same
// tokens as a layer built alone, the ASCII words' norms slices of
// LowerBody.
func TestTokensOnLowerBody(t *testing.T) {
	body := "The Élysée said NATO allies met in Paris, 6 January."
	a := NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	defer a.ReleaseTokens()
	l := a.Tokens()
	if want := token.NewLayer(body).Toks; !reflect.DeepEqual(l.Toks, want) {
		t.Fatalf("tokens %v, want %v", l.Toks, want)
	}
	low := LowerBody(a)
	base := uintptr(unsafe.Pointer(unsafe.StringData(low)))
	for _, tk := range l.Toks {
		if tk.Norm != "nato" {
			continue
		}
		if p := uintptr(unsafe.Pointer(unsafe.StringData(tk.Norm))); p != base+uintptr(tk.Start) {
			t.Errorf("norm of %q is not a slice of LowerBody", tk.Norm)
		}
	}
	if a.Tokens() != l {
		t.Error("a second call built a new layer")
	}
}
