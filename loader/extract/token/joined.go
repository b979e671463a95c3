package token

import "strings"

// Joined is several phrase lists matched together: one pass over a text
// finds, at each token, the longest phrase of each list (what LongestAt
// of each gives), testing each word once against all of them instead of
// once per list.
type Joined struct {
	lists []*Phrases
	// byFirst lists, for each literal first word, the phrases of every
	// list starting with it, list by list in list order; firsts is its
	// filter (fxWordBit).
	byFirst map[string][]joinedPhrase
	firsts  [fxWordBits / 64]uint64
	// byByte lists the prefix-pattern phrases ("monitor*") by the first
	// byte of the words they can match, in the same order; anyWord those
	// whose first pattern is "*" alone (the only ones an empty word can
	// start).
	byByte  [256][]joinedPhrase
	anyWord []joinedPhrase
}

// joinedPhrase is phrase k of list l.
type joinedPhrase struct{ l, k int }

// Join indexes lists for matching together; the lists must not change
// afterwards.
func Join(lists ...*Phrases) *Joined {
	j := &Joined{lists: lists, byFirst: map[string][]joinedPhrase{}}
	for l, ps := range lists {
		for k, p := range ps.List {
			w := p.Words[0]
			e := joinedPhrase{l, k}
			if !strings.HasSuffix(w, "*") {
				j.byFirst[w] = append(j.byFirst[w], e)
				b := fxWordBit(w)
				j.firsts[b/64] |= 1 << (b % 64)
				continue
			}
			if len(w) == 1 {
				for c := range j.byByte {
					j.byByte[c] = append(j.byByte[c], e)
				}
				j.anyWord = append(j.anyWord, e)
				continue
			}
			j.byByte[w[0]] = append(j.byByte[w[0]], e)
		}
	}
	return j
}

// Len is the number of lists joined.
func (j *Joined) Len() int { return len(j.lists) }

// LongestAt sets best[l] to lists[l].LongestAt(toks, i) for every list
// l (best has one entry per list) and reports whether any phrase matches
// there; when none can start at token i it reports false at once,
// leaving best as it was.
func (j *Joined) LongestAt(toks []Tok, i int, best []int) bool {
	w := toks[i].Norm
	var literal, star []joinedPhrase
	if b := fxWordBit(w); j.firsts[b/64]&(1<<(b%64)) != 0 {
		literal = j.byFirst[w]
	}
	if w == "" {
		star = j.anyWord
	} else {
		star = j.byByte[w[0]]
	}
	if len(literal) == 0 && len(star) == 0 {
		return false
	}
	for l := range best {
		best[l] = -1
	}
	found := false
	// as LongestAt: per list the literal phrases first, then the
	// patterns, a later phrase winning only when strictly longer
	for _, group := range [2][]joinedPhrase{literal, star} {
		for _, e := range group {
			ps := j.lists[e.l]
			p := &ps.List[e.k]
			if b := best[e.l]; b >= 0 && len(p.Words) <= len(ps.List[b].Words) {
				continue
			}
			if p.MatchAt(toks, i) {
				best[e.l] = e.k
				found = true
			}
		}
	}
	return found
}
