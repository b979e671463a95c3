package lexicon

import "testing"

// HasBit with SetBit tells what Has tells, set by set.
func TestSetBit(t *testing.T) {
	w := WordSets{setBit("pstop") | setBit("speech"), 0}
	for _, set := range SetNames {
		for i := range w {
			if got, want := w.HasBit(i, SetBit(set)), w.Has(i, set); got != want {
				t.Errorf("HasBit(%d, SetBit(%q)) = %v, Has = %v", i, set, got, want)
			}
		}
	}
	if SetBit("no such set") != 0 {
		t.Error("an unknown set has a bit")
	}
}
