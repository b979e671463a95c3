package lexicon

import "testing"

func TestSetOf(t *testing.T) {
	for _, name := range append(SetNames, "", "x", "unknown", "prepx") {
		bit, lower := setOf(name)
		if bit != setBitByName(name) || bit != 0 && lower != isLowerSet(name) {
			t.Errorf("setOf(%q) = %x, %v; want %x, %v", name, bit, lower, setBitByName(name), isLowerSet(name))
		}
	}
}

func TestWordSetsIn(t *testing.T) {
	w := WordSets{setBit("prep") | setBit("legal"), 0, setBit("venue")}
	for i := range w {
		for _, name := range append(SetNames, "unknown") {
			if got, want := w.In(i, SetOf(name)), w.Has(i, name); got != want {
				t.Errorf("In(%d, %q) = %v, Has = %v", i, name, got, want)
			}
		}
	}
}
