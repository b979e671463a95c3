package credits

import (
	"strings"
	"sync"

	"github.com/kg-project/kg/loader/extract/lexicon"
)

// creditCueKeys holds, per entity lexicon, what creditsIn searches a
// lower-cased line for: each credit cue lower-cased, with a space after.
var creditCueKeys sync.Map // *lexicon.Entities -> []string

// cueKeys returns the search keys of lex.Credits, in order, made once per
// lexicon.
func cueKeys(lex *lexicon.Entities) []string {
	if keys, ok := creditCueKeys.Load(lex); ok {
		return keys.([]string)
	}
	keys := make([]string, len(lex.Credits))
	for i, c := range lex.Credits {
		keys[i] = strings.ToLower(c.Cue) + " "
	}
	shared, _ := creditCueKeys.LoadOrStore(lex, keys)
	return shared.([]string)
}
