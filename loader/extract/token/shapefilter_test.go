package token

import "testing"

// Every word added passes; words differing in length, first or last byte
// from all of them do not.
func TestShapeFilter(t *testing.T) {
	f := NewShapeFilter("january", "may", "a", "")
	for _, w := range []string{"january", "may", "a", ""} {
		if !f.MayHave(w) {
			t.Errorf("MayHave(%q) = false for an added word", w)
		}
	}
	if !f.MayHaveParts(3, 'm', 'y') {
		t.Error("MayHaveParts(3, m, y) = false for an added word")
	}
	for _, w := range []string{"the", "mat", "b", "januar", "june"} {
		if f.MayHave(w) {
			t.Errorf("MayHave(%q) = true", w)
		}
	}
	var zero ShapeFilter
	if zero.MayHave("may") {
		t.Error("the zero filter holds a word")
	}
}
