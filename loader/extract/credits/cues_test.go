package credits

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/lexicon"
)

// The search keys are the cues lower-cased with a space, made once.
func TestCueKeys(t *testing.T) {
	lex, err := lexicon.LoadEntities(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	keys := cueKeys(lex)
	if len(keys) != len(lex.Credits) || len(keys) == 0 {
		t.Fatalf("%d keys for %d cues", len(keys), len(lex.Credits))
	}
	for i, c := range lex.Credits {
		if keys[i] != strings.ToLower(c.Cue)+" " {
			t.Errorf("key %d = %q for cue %q", i, keys[i], c.Cue)
		}
	}
	if again := cueKeys(lex); &again[0] != &keys[0] {
		t.Error("the keys are made again")
	}
}
