package token

import (
	"testing"
	"unsafe"
)

// The token layer and the body's word list hold one record per word of
// every document: their sizes are part of the extraction's memory and
// collector cost, and stay where they are.
func TestRecordSizes(t *testing.T) {
	if n := unsafe.Sizeof(Tok{}); n != 32 {
		t.Errorf("Tok is %d bytes, want 32", n)
	}
	if n := unsafe.Sizeof(Word{}); n != 40 {
		t.Errorf("Word is %d bytes, want 40", n)
	}
}
