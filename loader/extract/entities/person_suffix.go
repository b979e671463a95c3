package entities

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/token"
)

// withNameSuffix returns the end of a personal name ending at byte offset
// en, extended over a generational suffix that follows it ("John Roe, Jr.",
// "John Roe III"), or en when none follows. A suffix must end a word: it
// is followed by the end of the text, a space or punctuation.
func withNameSuffix(body string, en int, suffixes []string) int {
	rest := body[en:]
	for _, lead := range []string{", ", " "} {
		if !strings.HasPrefix(rest, lead) {
			continue
		}
		for _, suf := range suffixes {
			after := rest[len(lead):]
			if !strings.HasPrefix(after, suf) {
				continue
			}
			tail := after[len(suf):]
			if tail == "" || strings.IndexByte(" ,.;:)\n\t", tail[0]) >= 0 {
				return en + len(lead) + len(suf)
			}
		}
	}
	return en
}

// displayWithSuffix is the display name of a mention that may carry a
// suffix after a comma: the comma is dropped ("John Roe, Jr." → "John Roe
// Jr.").
func displayWithSuffix(text string) string {
	return credits.DisplayName(strings.Replace(text, ", ", " ", 1))
}

// isMiddleInitial reports whether w is a single capital letter written
// with a full stop and followed by a space ("A." of "Jane A. Roe").
func isMiddleInitial(body string, w token.Word) bool {
	return len(w.Text) == 1 && token.IsCap(w.Text) && strings.HasPrefix(body[w.End:], ". ")
}
