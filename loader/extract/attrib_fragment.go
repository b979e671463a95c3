package extract

import (
	"strings"
	"unicode/utf8"
)

// quotedOverFragment moves the claim of r onto the quotation that opens
// its sentence when the claim found is only a circumstance of the saying
// ("“...,” X said during the opening session", "“...,” X was quoted as
// saying in a statement"): the reported content is the quotation, not
// where or when it was said. It returns r unchanged otherwise.
func (s attributionStage) quotedOverFragment(d *attribDoc, r rawAttrib) rawAttrib {
	body := d.c.a.Body
	if r.claimEnd <= r.claimStart || !s.circumstantial(fxTokens(body, r.claimStart, r.claimEnd)) {
		return r
	}
	start, _ := d.c.sentSpan(r.sent)
	if r.claimStart <= start {
		return r
	}
	before := body[start:r.claimStart]
	q := strings.LastIndexAny(before, "”\"")
	if q <= 0 {
		return r
	}
	open := strings.IndexAny(before[:q], "“\"")
	if open < 0 || strings.TrimSpace(before[:open]) != "" {
		return r // the quotation does not open the sentence
	}
	claimEnd := start + q
	// Drop the comma or full stop that closes the quoted words.
	for claimEnd > start && strings.ContainsRune(",.;", rune(body[claimEnd-1])) {
		claimEnd--
	}
	_, size := utf8.DecodeRuneInString(before[open:])
	r.claimStart, r.claimEnd = start+open+size, claimEnd
	return r
}
