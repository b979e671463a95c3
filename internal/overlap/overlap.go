// Package overlap measures how far two texts say the same thing by the
// content words they share. Words are folded to lower case, words of
// three letters or fewer and function words are dropped, and the rest are
// cut to a crude stem (plural and -ing/-ed endings off, at most six
// letters), so that "fortifications" and "fortification", "monitoring"
// and "monitor", "participate" and "participation" count as one word.
//
// It serves the loader (are two reports' commitments the same commitment?)
// and the query layer (does a source state what a claim says?).
package overlap

import (
	"strings"
	"unicode"
)

// Words is a set of stemmed content words.
type Words map[string]struct{}

// Of returns the content words of texts.
func Of(texts ...string) Words {
	w := Words{}
	for _, t := range texts {
		w.Add(t)
	}
	return w
}

// Add adds the content words of text.
func (w Words) Add(text string) {
	for _, tok := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		if s := stem(tok); s != "" {
			w[s] = struct{}{}
		}
	}
}

// Union adds every word of other.
func (w Words) Union(other Words) {
	for k := range other {
		w[k] = struct{}{}
	}
}

// Without returns the words of w that are not in drop.
func (w Words) Without(drop Words) Words {
	out := make(Words, len(w))
	for k := range w {
		if _, ok := drop[k]; !ok {
			out[k] = struct{}{}
		}
	}
	return out
}

// Shared returns how many words a and b share, and that number over the
// size of the smaller set (0 when either is empty): 1 when one text's
// words are all in the other.
func Shared(a, b Words) (int, float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for k := range a {
		if _, ok := b[k]; ok {
			n++
		}
	}
	return n, float64(n) / float64(len(a))
}

// Two wordings agree (say the same thing) when they share at least
// MinShared words making at least MinShare of the shorter one.
const (
	MinShared = 2
	MinShare  = 1.0 / 3
)

// Agree says whether a and b say the same thing by the words they share.
func Agree(a, b Words) bool {
	n, share := Shared(a, b)
	return n >= MinShared && share >= MinShare
}

// stem folds one token; "" for a word that carries no content.
func stem(tok string) string {
	w := strings.ToLower(strings.Trim(tok, "'"))
	w = strings.TrimSuffix(w, "'s")
	if len([]rune(w)) <= 3 || stop[w] {
		return ""
	}
	for _, suf := range []struct{ from, to string }{{"ings", ""}, {"ing", ""}, {"ies", "y"}, {"ed", ""}, {"s", ""}} {
		if rest, ok := strings.CutSuffix(w, suf.from); ok && len([]rune(rest)) >= 4 {
			w = rest + suf.to
			break
		}
	}
	if r := []rune(w); len(r) > 6 {
		w = string(r[:6])
	}
	return w
}

// stop lists function and reporting words longer than three letters.
var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`about above after again against also although among another because been
		before being between both could does doing during each either even from further have having here
		into itself just like made make more most much must only other over said says same shall should
		since some such than that their theirs them then there these they this those through under until upon
		very want wants were what when where whether which while will with within without would your
		including according told tell telling also its it's`) {
		stop[w] = true
	}
}
