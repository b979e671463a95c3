package lexicon

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
)

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

func TestHasIn(t *testing.T) {
	lex, err := LoadEntities(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range append(SetNames, "unknown") {
		for _, w := range []string{"in", "In", "said", "Ministry", "X", "plc", "the", "Élysée", "nothing"} {
			want := lex.sets[name][w]
			if isLowerSet(name) {
				want = lex.sets[name][strings.ToLower(w)]
			}
			if got := lex.HasIn(SetOf(name), w); got != want {
				t.Errorf("HasIn(%q, %q) = %v, want %v", name, w, got, want)
			}
			if got := lex.Has(name, w); got != want {
				t.Errorf("Has(%q, %q) = %v, want %v", name, w, got, want)
			}
		}
	}
}
