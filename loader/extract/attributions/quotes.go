package attributions

import (
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// quotedClaim reports whether the claim [start, end) is a direct quotation
// and, when the quotation opened in an earlier segment, returns the
// quotation's start so that the claim covers all of it.
func quotedClaim(a *model.Analysis, qs [][2]int, start, end int) (newStart int, quote bool) {
	s, e := token.TrimSpan(a.Body, start, end)
	if e <= s {
		return start, false
	}
	for _, q := range qs {
		// the claim lies in the quotation, or the quotation fills the claim
		// up to its closing mark ("... people,” Zelenskiy said")
		if q[0] <= s+1 && s < q[1] || s <= q[0] && q[1] >= e-1 && q[1] <= end+len("”") {
			if q[0] < start {
				return q[0], true
			}
			return start, true
		}
	}
	return start, false
}

// quoteIn reports a quotation that opens in [start, end).
func quoteIn(qs [][2]int, start, end int) bool {
	for _, q := range qs {
		if q[0] > start && q[0] < end {
			return true
		}
	}
	return false
}

// inQuote reports whether byte offset pos lies inside a quotation.
func inQuote(qs [][2]int, pos int) bool {
	for _, q := range qs {
		if q[0] <= pos && pos < q[1] {
			return true
		}
	}
	return false
}
