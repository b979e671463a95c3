package events

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// segIndex indexes the phrases of several lists together, so that one
// pass over a segment's words finds the hits of every one (find).
type segIndex struct {
	lists []*token.Phrases
	// firsts holds a bit for each literal first word (firstBit): a word
	// whose bit is clear starts no phrase, told without hashing it for
	// byFirst.
	firsts [firstBits / 64]uint64
	// byFirst lists, for each literal first word, the phrases of every
	// list starting with it, list by list in list order; stars the
	// prefix-pattern phrases ("greet*") by the first byte of the words
	// they can match, in the same order within each: those of byte b
	// are stars[starFrom[b]:starFrom[b+1]], and starBytes holds the
	// bytes with any. anyStar: a pattern "*" alone, matching every word,
	// is among them (all are then tried at every word). Small, so that
	// a word starting none is passed reading little memory.
	byFirst   map[string]*segGroup
	stars     []segPhrase
	starFrom  [257]int32
	starBytes [4]uint64
	anyStar   bool
}

// segGroup is the phrases of a segIndex opening with one literal word.
// seconds holds a bit (firstBit%64) for each literal second word among
// them; open: one of them has none (one word, or a pattern second), and
// the group is tried whatever word follows.
type segGroup struct {
	phrases []segPhrase
	seconds uint64
	open    bool
}

// mayFollow reports whether a phrase of g may go on with the word after
// its first, w ("" past the end).
func (g *segGroup) mayFollow(w string) bool {
	return g.open || w != "" && g.seconds&(1<<(firstBit(w)%64)) != 0
}

// firstBits is the size of a segIndex's first-word filter.
const firstBits = 4096

// firstBit is the filter bit of a non-empty word: from its length and
// its first, middle and last bytes, cheaper than hashing it.
func firstBit(w string) uint {
	n := uint(len(w))
	return (uint(w[0])<<4 ^ uint(w[n/2])<<1 ^ uint(w[n-1])<<7 ^ n<<9) % firstBits
}

// segPhrase is phrase k of list l of an index, of n words; second is
// its second word when that is literal, else ""; prefix, for a phrase
// opening with a prefix pattern, the prefix; raw is the phrase as
// written. exact: the first word (the byFirst key or the prefix) and
// second tell a match without the phrase's words being read again.
type segPhrase struct {
	l, k, n             int
	second, prefix, raw string
	exact               bool
}

// newSegPhrase is phrase k of list l, p.
func newSegPhrase(l, k int, p token.Phrase) segPhrase {
	e := segPhrase{l: l, k: k, n: len(p.Words), raw: p.Raw}
	if w := p.Words[0]; strings.HasSuffix(w, "*") {
		e.prefix = w[:len(w)-1]
	}
	if e.n > 1 && !strings.HasSuffix(p.Words[1], "*") {
		e.second = p.Words[1]
	}
	e.exact = e.n == 1 || e.n == 2 && e.second != "" && e.prefix == "" && p.Words[0] != "*"
	return e
}

// newSegIndex indexes lists together.
func newSegIndex(lists []*token.Phrases) *segIndex {
	x := &segIndex{lists: lists, byFirst: map[string]*segGroup{}}
	var byByte [256][]segPhrase
	for l, ps := range lists {
		for k, p := range ps.List {
			w, e := p.Words[0], newSegPhrase(l, k, p)
			switch {
			case w == "*":
				x.anyStar = true
				for b := range byByte {
					byByte[b] = append(byByte[b], e)
				}
			case w[len(w)-1] == '*':
				byByte[w[0]] = append(byByte[w[0]], e)
			default:
				g := x.byFirst[w]
				if g == nil {
					g = &segGroup{}
					x.byFirst[w] = g
				}
				g.phrases = append(g.phrases, e)
				if e.second == "" {
					g.open = true
				} else {
					g.seconds |= 1 << (firstBit(e.second) % 64)
				}
				b := firstBit(w)
				x.firsts[b/64] |= 1 << (b % 64)
			}
		}
	}
	for b, es := range byByte {
		x.starFrom[b] = int32(len(x.stars))
		if len(es) > 0 && !x.anyStar {
			x.stars = append(x.stars, es...)
			x.starBytes[b/64] |= 1 << (b % 64)
		}
	}
	x.starFrom[256] = int32(len(x.stars))
	if x.anyStar { // every pattern at every word, in list order
		x.stars = x.stars[:0]
		for l, ps := range lists {
			for k, p := range ps.List {
				if strings.HasSuffix(p.Words[0], "*") {
					x.stars = append(x.stars, newSegPhrase(l, k, p))
				}
			}
		}
	}
	return x
}

// segHit is a hit of list l, as find finds it.
type segHit struct {
	l int
	h token.Hit
}

// segHits are the hits of the lists of an index in one segment, list by
// list: those of list l end at ends[l], and begin where those of list
// l-1 end.
type segHits struct {
	hits []token.Hit
	ends [maxSegLists]int32
}

// list returns the hits of list l.
func (sh *segHits) list(l int) []token.Hit {
	from := int32(0)
	if l > 0 {
		from = sh.ends[l-1]
	}
	return sh.hits[from:sh.ends[l]:sh.ends[l]]
}

// find sets out to the hits in toks of each list of x: what All of each
// gives, from one pass over the words. The hits are cut from the end of
// slab, which grows as needed (a new array when full: the hits already
// cut keep theirs); buf is scratch space, returned for the next call.
func (x *segIndex) find(toks []token.Tok, out *segHits, buf []segHit, slab *[]token.Hit) []segHit {
	n := len(x.lists)
	var lenBuf, nextBuf, atBuf, touchedBuf [maxSegLists]int
	var best [maxSegLists]*segPhrase // at at[l]: the longest phrase of list l there
	bestLen, next, at := lenBuf[:n], nextBuf[:n], atBuf[:n]
	found := buf[:0]
	for i := range toks {
		w := toks[i].Norm
		var literal, star []segPhrase
		if w != "" {
			if b := firstBit(w); x.firsts[b/64]&(1<<(b%64)) != 0 {
				if g := x.byFirst[w]; g != nil {
					next := ""
					if i+1 < len(toks) {
						next = toks[i+1].Norm
					}
					if g.mayFollow(next) {
						literal = g.phrases
					}
				}
			}
		}
		switch {
		case x.anyStar:
			star = x.stars
		case w != "" && x.starBytes[w[0]/64]&(1<<(w[0]%64)) != 0:
			b := int(w[0])
			star = x.stars[x.starFrom[b]:x.starFrom[b+1]]
		}
		if len(literal) == 0 && len(star) == 0 {
			continue
		}
		// as Phrases.LongestAt of each list: its literal phrases first,
		// then its patterns, a later phrase winning only when strictly
		// longer
		touched := touchedBuf[:0]
		for _, group := range [2][]segPhrase{literal, star} {
			for j := range group {
				e := &group[j]
				if at[e.l] == i+1 && e.n <= bestLen[e.l] || i+e.n > len(toks) || !strings.HasPrefix(w, e.prefix) ||
					e.second != "" && toks[i+1].Norm != e.second || !e.exact && !x.lists[e.l].List[e.k].MatchAt(toks, i) {
					continue
				}
				if at[e.l] != i+1 {
					at[e.l] = i + 1
					touched = append(touched, e.l)
				}
				best[e.l], bestLen[e.l] = e, e.n
			}
		}
		for _, l := range touched {
			if i < next[l] {
				continue // as All: no hit overlaps the one before
			}
			p := best[l]
			e := i + p.n
			found = append(found, segHit{l, token.Hit{From: i, To: e, Start: toks[i].Start, End: toks[e-1].End, Phrase: p.raw}})
			next[l] = e
		}
	}
	// list by list, in text order within each: a counting sort
	count := nextBuf[:n]
	for l := range count {
		count[l] = 0
	}
	for _, f := range found {
		count[f.l]++
	}
	end := int32(0)
	for l, c := range count {
		count[l] = int(end) // where the hits of list l begin
		end += int32(c)
		out.ends[l] = end
	}
	out.hits = nil
	if len(found) > 0 {
		h := *slab
		if cap(h)-len(h) < len(found) {
			h = make([]token.Hit, 0, max(64, 2*cap(h), len(found)))
		}
		from, to := len(h), len(h)+len(found)
		*slab, out.hits = h[:to], h[from:to:to]
		for _, f := range found {
			out.hits[count[f.l]] = f.h
			count[f.l]++
		}
	}
	return found
}
