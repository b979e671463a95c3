package token

import (
	"iter"
)

// Hits yields the matches of all in the same order, one at a time, so
// that a caller that wants only the first few stops the scan there.
func (ps *Phrases) Hits(toks []Tok) iter.Seq[Hit] {
	return func(yield func(Hit) bool) {
		for i := 0; i < len(toks); {
			if ps.passes(toks[i].Norm) {
				i++
				continue
			}
			best := ps.LongestAt(toks, i)
			if best < 0 {
				i++
				continue
			}
			n := len(ps.List[best].Words)
			if !yield(Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: ps.List[best].Raw}) {
				return
			}
			i += n
		}
	}
}
