package token

// Several phrase lists read over the same words can share one pass: the
// Union of their phrases tells the positions where a phrase of any of
// them may start (Starts), and each list is then tried at those positions
// only (AllAt, FirstAt), which gives what All and First give. Most words
// start no phrase of any list, so each list skips them without hashing
// them again.

// Union is one list holding the phrases of lists, for Starts.
func Union(lists ...*Phrases) Phrases {
	var all []Phrase
	for _, ps := range lists {
		all = append(all, ps.List...)
	}
	return Index(all)
}

// Starts appends to out, in ascending order, the positions of toks where
// a phrase of ps may start: All, First and Hits try to match only there.
func (ps *Phrases) Starts(toks []Tok, out []int) []int {
	for i := range toks {
		if !ps.passes(toks[i].Norm) {
			out = append(out, i)
		}
	}
	return out
}

// AllAt is All(toks) tried only at the positions at, in ascending order:
// at must hold every position of toks where a phrase of ps may start, as
// the Starts of toks under ps, or under a Union of lists holding ps, do.
func (ps *Phrases) AllAt(toks []Tok, at []int) []Hit {
	var out []Hit
	next := 0
	for _, i := range at {
		if i < next || ps.passes(toks[i].Norm) {
			continue
		}
		best := ps.LongestAt(toks, i)
		if best < 0 {
			continue
		}
		n := len(ps.List[best].Words)
		out = append(out, Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: ps.List[best].Raw})
		next = i + n
	}
	return out
}

// FirstAt is First(toks) tried only at the positions at (see AllAt).
func (ps *Phrases) FirstAt(toks []Tok, at []int) (Hit, bool) {
	for _, i := range at {
		if ps.passes(toks[i].Norm) {
			continue
		}
		if best := ps.LongestAt(toks, i); best >= 0 {
			n := len(ps.List[best].Words)
			return Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: ps.List[best].Raw}, true
		}
	}
	return Hit{}, false
}
