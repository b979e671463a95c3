package credits

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
)

// bracketCreditRE matches a bracketed photo credit "(NAME/AGENCY)" with
// the name and the agency part as groups.
var bracketCreditRE = regexp.MustCompile(`\((` + namePattern + `)[ \t]*/[ \t]*([^()/\n]{1,60})\)`)

// bracketCreditsIn reads bracketed photo credits "(Jane Roe/Pool Photo via
// AP)": a name, a slash and an agency part holding a word of the lexicon's
// photo agency words.
func bracketCreditsIn(body string, ln Line, lex *lexicon.Entities) []Credit {
	text := body[ln.Start:ln.End]
	if !strings.Contains(text, "/") {
		return nil
	}
	var out []Credit
	for _, m := range bracketCreditRE.FindAllStringSubmatchIndex(text, -1) {
		agency := text[m[4]:m[5]]
		if !slices.ContainsFunc(strings.Fields(agency), func(w string) bool { return slices.Contains(lex.PhotoAgencyWords, w) }) {
			continue
		}
		name := text[m[2]:m[3]]
		if strings.Count(name, " ") == 0 {
			continue
		}
		out = append(out, Credit{Start: ln.Start + m[2], End: ln.Start + m[3], Name: DisplayName(name), Kind: "photo", Role: lex.PhotoCreditRole, Bracketed: true})
	}
	return out
}
