package token

import (
	"reflect"
	"testing"
)

// TestHitsIsAllInOrder: the lazy scan yields exactly what all returns,
// and stops when told.
func TestHitsIsAllInOrder(t *testing.T) {
	ps := Compile([]string{"peace talks", "talks", "summit", "monitor*", "peace"})
	text := "After the summit, peace talks resumed; monitors said the talks and the peace held."
	toks := Scan(text, 0, len(text), nil)
	var got []Hit
	for h := range ps.Hits(toks) {
		got = append(got, h)
	}
	want := ps.All(toks)
	if len(want) != 5 || !reflect.DeepEqual(got, want) {
		t.Fatalf("hits = %+v\nall  = %+v", got, want)
	}
	n := 0
	for range ps.Hits(toks) {
		if n++; n == 2 {
			break
		}
	}
	if n != 2 {
		t.Fatalf("stopped after %d hits, want 2", n)
	}
}
