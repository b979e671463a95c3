package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// claimStart returns where the claim of a saying verb ending at verbEnd
// starts, looking at most six words on: after a "that" ("X said on Friday
// that ...", "X told reporters that ..."), after a colon when colon is set
// ("X wrote on X: ..."), else right after the verb.
func claimStart(body string, verbEnd, end int, colon bool) int {
	for k, t := range token.Tokens(body, verbEnd, end) {
		if k > 5 {
			break
		}
		if t.Norm == "that" {
			return t.End
		}
		if colon && k > 0 {
			if i := strings.Index(body[verbEnd:t.Start], ":"); i >= 0 {
				return verbEnd + i + 1
			}
		}
	}
	return verbEnd
}
