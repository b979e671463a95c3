package model

import "sort"
import "github.com/kg-project/kg/loader/extract/token"

// BodyWords returns the words of the whole body (splitWords), computed
// once per document. The slice is shared: callers must not modify it.
func (a *Analysis) BodyWords() []token.Word {
	if a.words == nil {
		a.words = token.SplitWords(a.Body, 0, len(a.Body))
	}
	return a.words[:len(a.words):len(a.words)]
}

// WordsIn returns the words of the body that lie within [from, to).
func (a *Analysis) WordsIn(from, to int) []token.Word {
	words := a.BodyWords()
	i := sort.Search(len(words), func(i int) bool { return words[i].Start >= from })
	j := i
	for j < len(words) && words[j].End <= to {
		j++
	}
	return words[i:j:j]
}
