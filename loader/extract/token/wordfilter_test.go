package token

import (
	"slices"
	"testing"
)

func TestWordFilter(t *testing.T) {
	keys := []string{"minister", "prime", "Secretary", "son", "élysée"}
	f := NewWordFilter(slices.Values(keys))
	for _, k := range keys {
		if !f.MayHold(k) {
			t.Errorf("MayHold(%q) = false for a key", k)
		}
	}
	for _, w := range []string{"Minister", "PRIME", "prime", "SON"} {
		if !f.MayHoldLower(w) {
			t.Errorf("MayHoldLower(%q) = false for a key in other capitals", w)
		}
	}
	if !f.MayHoldLower("ÉLYSÉE") {
		t.Error("MayHoldLower of a non-ASCII word must be true")
	}
	misses := 0
	for _, w := range []string{"the", "of", "and", "talks", "said", "ceasefire", "tuesday", "would", "guarantees", "troops"} {
		if !f.MayHold(w) {
			misses++
		}
	}
	if misses < 8 {
		t.Errorf("only %d of 10 other words filtered out", misses)
	}
}
