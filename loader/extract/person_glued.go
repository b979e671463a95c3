package extract

import "strings"

// gluedComplementStart returns where a name found at body[st:en] really
// starts when the first of its three or more words ends the complement of
// a title before it ("Adviser on Trade and Industry Jane Roe": the name is
// "Jane Roe", "Industry" closes "on Trade and Industry"). The name must
// follow " and " inside a complement that opens right after a title with
// " on ", " of ", " for " or " to ", in the same clause, with no person
// between. Otherwise it returns st.
func (s personStage) gluedComplementStart(a *Analysis, st, en int) int {
	words := a.wordsIn(st, en)
	if len(words) < 3 || !strings.HasSuffix(a.Body[:st], " and ") {
		return st
	}
	for _, t := range a.titlesIn(s.titles) {
		if t.End >= st || st-t.End > 80 || !opensTitleComplement(a.Body[t.End:st]) {
			continue
		}
		between := a.Body[t.End:st]
		if strings.ContainsAny(between, ",.;:\n") || a.personIn(t.End, st) {
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
func (a *Analysis) personIn(start, end int) bool {
	for _, m := range a.Mentions {
		if m.Kind == "person" && m.Start >= start && m.End <= end {
			return true
		}
	}
	return false
}
