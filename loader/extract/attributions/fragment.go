package attributions

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
	body := d.c.A.Body
	if r.claimEnd <= r.claimStart || !s.circumstantial(d.tokens(r.claimStart, r.claimEnd)) {
		return r
	}
	start, _ := d.c.SentSpan(r.sent)
	if r.claimStart <= start {
		return r
	}
	before := body[start:r.claimStart]
	q := strings.LastIndexAny(before, "”\"")
	if q <= 0 {
		return r
	}
	open := strings.IndexAny(before[:q], "“\"")
	if open < 0 && strings.HasPrefix(before[q:], "”") {
		// A quotation of several sentences: it opens in a sentence before,
		// in the same paragraph.
		if from, ok := quoteOpenedBefore(body, start); ok {
			start, before, q, open = from, body[from:r.claimStart], q+start-from, 0
		}
	}
	if open < 0 {
		return r
	}
	if lead := strings.TrimSpace(before[:open]); lead != "" && !strings.ContainsAny(lead[len(lead)-1:], ".!?") {
		return r // the quotation does not open the sentence (or follow one)
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

// quoteOpenedBefore returns the offset of an opening curly quotation mark
// left open before byte offset pos in the same paragraph (at most 600
// bytes back): the start of a quotation running over sentences.
func quoteOpenedBefore(body string, pos int) (int, bool) {
	from := max(0, pos-600)
	seg := body[from:pos]
	if k := strings.LastIndex(seg, "\n"); k >= 0 {
		seg, from = seg[k+1:], from+k+1
	}
	open := strings.LastIndex(seg, "“")
	if open < 0 || strings.Contains(seg[open:], "”") {
		return 0, false
	}
	return from + open, true
}
