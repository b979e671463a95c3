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
