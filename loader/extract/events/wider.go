package events

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// widerIndex tells, from the first word of a trigger hit, whether a
// longer trigger may hold it (see widerTrigger): one starting with that
// word and longer, or one holding it after its first word.
type widerIndex struct {
	// longest is the most words of a trigger by literal first word;
	// starFirst the prefix-pattern first words with their most words.
	longest   map[string]int
	starFirst []widerStar
	// inner holds the literal words of triggers after their first;
	// innerStars the prefixes of the patterns there.
	inner      map[string]bool
	innerStars []string
}

// widerStar is a prefix pattern first word and the most words of a
// trigger opening with it.
type widerStar struct {
	prefix string
	n      int
}

// newWiderIndex indexes the phrases of triggers.
func newWiderIndex(triggers *token.Phrases) *widerIndex {
	x := &widerIndex{longest: map[string]int{}, inner: map[string]bool{}}
	for _, p := range triggers.List {
		if w := p.Words[0]; strings.HasSuffix(w, "*") {
			x.starFirst = append(x.starFirst, widerStar{strings.TrimSuffix(w, "*"), len(p.Words)})
		} else {
			x.longest[w] = max(x.longest[w], len(p.Words))
		}
		for _, w := range p.Words[1:] {
			if strings.HasSuffix(w, "*") {
				x.innerStars = append(x.innerStars, strings.TrimSuffix(w, "*"))
			} else {
				x.inner[w] = true
			}
		}
	}
	return x
}

// mayWiden reports whether a trigger longer than n words may start at
// the word w, or hold w after its first word.
func (x *widerIndex) mayWiden(w string, n int) bool {
	if x.longest[w] > n || x.inner[w] {
		return true
	}
	for _, st := range x.starFirst {
		if st.n > n && strings.HasPrefix(w, st.prefix) {
			return true
		}
	}
	for _, prefix := range x.innerStars {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}
