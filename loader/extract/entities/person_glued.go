package entities

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// gluedComplementStart returns where a name found at body[st:en] really
// starts when the first of its three or more words ends the complement of
// a title before it ("Adviser on Trade and Industry Jane Roe": the name is
// "Jane Roe", "Industry" closes "on Trade and Industry"). The name must
// follow " and " inside a complement that opens right after a title with
// " on ", " of ", " for " or " to ", in the same clause, with no person
// between. Otherwise it returns st.
func (s personStage) gluedComplementStart(a *model.Analysis, st, en int) int {
	words := a.WordsIn(st, en)
	if len(words) < 3 || !strings.HasSuffix(a.Body[:st], " and ") {
		return st
	}
	for _, t := range lexicon.TitlesIn(a, s.titles) {
		if t.End >= st || st-t.End > 80 || !opensTitleComplement(a.Body[t.End:st]) {
			continue
		}
		between := a.Body[t.End:st]
		if strings.ContainsAny(between, ",.;:\n") || personIn(a, t.End, st) {
			continue
		}
		return words[1].Start
	}
	return st
}

// opensTitleComplement reports whether rest opens a title's complement
// naming a field ("on Trade", "of Finance", "for Europe", "to the Prime
// Minister").
func opensTitleComplement(rest string) bool {
	for _, p := range []string{" on ", " of ", " for ", " to "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// personIn reports whether a person mention lies inside [start, end).
func personIn(a *model.Analysis, start, end int) bool {
	for _, m := range a.Mentions {
		if m.Kind == "person" && m.Start >= start && m.End <= end {
			return true
		}
	}
	return false
}

// complementThroughCountry returns the end of a title's complement that
// runs through capitalised words to a state ("Governor of the Central Bank
// of Egypt", "Minister of Trade of Chile"): the end of the first country
// mention after " of ", with only capitalised words, "of", "the" and "and"
// between. It returns false when no such state closes the complement.
func complementThroughCountry(a *model.Analysis, titleEnd int) (int, bool) {
	if !strings.HasPrefix(a.Body[titleEnd:], " of ") {
		return 0, false
	}
	for _, w := range a.WordsIn(titleEnd, min(len(a.Body), titleEnd+80)) {
		if strings.ContainsAny(a.Body[titleEnd:w.Start], ",.;:\n") {
			return 0, false
		}
		if i := a.MentionAt(w.Start, w.End); i >= 0 && a.Mentions[i].Kind == "country" && a.Mentions[i].Start == w.Start {
			return a.Mentions[i].End, true
		}
		switch w.Text {
		case "of", "the", "and":
			continue
		}
		if !token.IsCap(w.Text) || personIn(a, w.Start, w.End) {
			return 0, false
		}
	}
	return 0, false
}

// nameFollows reports whether a capitalised word that no mention holds
// follows byte offset off after one space.
func nameFollows(a *model.Analysis, off int) bool {
	next := token.NextWordText(a.Body, off)
	return next != "" && token.IsCap(next) && strings.HasPrefix(a.Body[off:], " "+next) &&
		a.MentionAt(off+1, off+1+len(next)) < 0
}
