package credits

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
)

// The per-document values are those of the functions on the body, the
// second call returning the kept one.
func TestPerDocument(t *testing.T) {
	a := &model.Analysis{Body: "Talks\n\nThe “coalition” met.\n\"Yes\", he said."}
	for range 2 {
		if got, want := ContentLinesOf(a), ContentLines(a.Body); !reflect.DeepEqual(got, want) {
			t.Errorf("ContentLinesOf = %v, want %v", got, want)
		}
		if got, want := QuotedRangesOf(a), QuotedRanges(a.Body); !reflect.DeepEqual(got, want) || len(got) != 2 {
			t.Errorf("QuotedRangesOf = %v, want %v (two ranges)", got, want)
		}
	}
}

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
