package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// atSentenceStart reports whether byte offset off begins a sentence: only
// spaces, quotes, brackets, list markers or emphasis lie between it and
// the start of the body, a line break, or sentence-final punctuation.
func atSentenceStart(a *model.Analysis, off int) bool {
	if i := a.SentAt(off); i >= 0 {
		if strings.TrimLeft(a.Body[a.Sents[i].Start:off], " \t\r\n\"'“‘(*#-–—•0123456789.)") == "" {
			return true
		}
	}
	j := off
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(a.Body[:j])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“‘(*#-–—•", r):
			j -= size
		default:
			return false
		}
	}
	return true
}

// inTitleCaseLine reports whether byte offset off lies on a line written
// in title case ("Envoy Says Talks Were Productive"), where capitals do
// not mark names: no list bullet, no final full stop or colon, at least four words, and at least
// three in four of the words that are not function words capitalised.
func inTitleCaseLine(a *model.Analysis, off int) bool {
	ls, le, ok := token.LineAround(a.Body, off, token.MaxHeadlineLen)
	if !ok {
		return false // too long for a headline
	}
	if line := strings.TrimRight(a.Body[ls:le], " \t\r*_\"”’'"); strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") {
		return false // a sentence, or one opening a quote or list, not a headline
	}
	if token.IsListItemLine(a.Body[ls:le]) {
		return false // "- Minister Jane Roe (Freedonia)": an item, not a headline
	}
	words, caps := 0, 0
	for _, w := range token.SplitWords(a.Body, ls, le) {
		if token.IsFunctionWord(w.Text) || strings.EqualFold(w.Text, "the") || strings.EqualFold(w.Text, "a") {
			continue
		}
		words++
		if token.IsCap(w.Text) {
			caps++
		}
	}
	return words >= 4 && caps*4 >= words*3
}
