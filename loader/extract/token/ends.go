package token

import "strings"

// lastIndex indexes a phrase list by last word, as byFirst does by first
// word: EndsBeforeIndexed then tries only the phrases that can end at a
// token rather than every phrase of the list.
type lastIndex struct {
	// byLast lists, for each literal last word, the phrases ending with
	// it; starLast the phrases whose last word is a prefix pattern.
	byLast   map[string][]int
	starLast []int
	// lasts holds a bit for each literal last word (fxWordBit).
	lasts [fxWordBits / 64]uint64
}

// indexLast builds the last-word index of a phrase list.
func indexLast(list []Phrase) *lastIndex {
	x := &lastIndex{byLast: map[string][]int{}}
	for k, p := range list {
		if len(p.Words) == 0 {
			continue
		}
		w := p.Words[len(p.Words)-1]
		if strings.HasSuffix(w, "*") {
			x.starLast = append(x.starLast, k)
			continue
		}
		x.byLast[w] = append(x.byLast[w], k)
		b := fxWordBit(w)
		x.lasts[b/64] |= 1 << (b % 64)
	}
	return x
}

// EndsBeforeIndexed is EndsBefore (a phrase ends exactly at token i-1)
// found through the list's last-word index: the same answer, trying only
// the phrases whose last word can be token i-1.
func (ps *Phrases) EndsBeforeIndexed(toks []Tok, i int) bool {
	x := ps.byLast
	if x == nil {
		return ps.EndsBefore(toks, i)
	}
	if i <= 0 || i > len(toks) {
		return false
	}
	w := toks[i-1].Norm
	if b := fxWordBit(w); x.lasts[b/64]&(1<<(b%64)) != 0 {
		for _, k := range x.byLast[w] {
			if p := &ps.List[k]; i >= len(p.Words) && p.MatchAt(toks, i-len(p.Words)) {
				return true
			}
		}
	}
	for _, k := range x.starLast {
		if p := &ps.List[k]; i >= len(p.Words) && p.MatchAt(toks, i-len(p.Words)) {
			return true
		}
	}
	return false
}
