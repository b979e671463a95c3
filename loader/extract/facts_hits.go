package extract

import "iter"

// hits yields the matches of all in the same order, one at a time, so
// that a caller that wants only the first few stops the scan there.
func (ps fxPhrases) hits(toks []fxTok) iter.Seq[fxHit] {
	return func(yield func(fxHit) bool) {
		for i := 0; i < len(toks); {
			if ps.passes(toks[i].w) {
				i++
				continue
			}
			best := ps.longestAt(toks, i)
			if best < 0 {
				i++
				continue
			}
			n := len(ps.list[best].words)
			if !yield(fxHit{from: i, to: i + n, start: toks[i].start, end: toks[i+n-1].end, phrase: ps.list[best].raw}) {
				return
			}
			i += n
		}
	}
}
