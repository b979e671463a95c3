package entities

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

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
