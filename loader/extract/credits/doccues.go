package credits

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
)

// docCues are the cues of the credit lists that a document's body holds
// at all, found with one scan of the body per cue: a line can only hold a
// cue its body holds, and most bodies hold none, so most lines are then
// not searched for each cue.
type docCues struct {
	photo    []string // lex.PhotoCreditMarkers in the body, in list order
	trailing bool     // the first word of a lex.TrailingCredits cue is in the body
}

// cuesOf returns the docCues of body.
func cuesOf(body string, lex *lexicon.Entities) docCues {
	var c docCues
	for _, m := range lex.PhotoCreditMarkers {
		if strings.Contains(body, m) {
			c.photo = append(c.photo, m)
		}
	}
	for _, t := range lex.TrailingCredits {
		if strings.Contains(body, t.Cue[:strings.IndexByte(t.Cue+" ", ' ')]) {
			c.trailing = true
			break
		}
	}
	return c
}
