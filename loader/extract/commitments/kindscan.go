package commitments

import "github.com/kg-project/kg/loader/extract/token"

// kindLists are the phrase lists a commitment's kind is read from (each
// kind's keywords and "all" groups, the amounts and the other objects),
// with the union of
// them joined for matching together: a text is scanned once for all of them
// (kindScan) instead of once per list.
type kindLists struct {
	lists  []*token.Phrases
	joined *token.Joined
	// keywords[k] and all[k] are the indices in lists of kind k's
	// keywords and "all" groups; amounts and otherObjects those of the
	// amounts and of the other objects.
	keywords              []int
	all                   [][]int
	amounts, otherObjects int
	// mission[k] tells kind k is a mission kind (commitLexicon.Mission).
	mission []bool
}

// newKindLists indexes the kind lists of lex (its Kinds, Mission,
// Amounts and otherObjects must be final: the lists point into them).
func newKindLists(lex *commitLexicon) kindLists {
	var kl kindLists
	for i := range lex.Kinds {
		k := &lex.Kinds[i]
		kl.keywords = append(kl.keywords, len(kl.lists))
		kl.lists = append(kl.lists, &k.keywords)
		var groups []int
		for g := range k.all {
			groups = append(groups, len(kl.lists))
			kl.lists = append(kl.lists, &k.all[g])
		}
		kl.all = append(kl.all, groups)
		kl.mission = append(kl.mission, lex.Mission[k.Name])
	}
	kl.amounts = len(kl.lists)
	kl.lists = append(kl.lists, &lex.Amounts)
	kl.otherObjects = len(kl.lists)
	kl.lists = append(kl.lists, &lex.otherObjects)
	kl.joined = token.Join(kl.lists...)
	return kl
}

// kindScan is where each kind list matches in a text: for each token
// where some list has a phrase starting, the longest phrase of every list
// there (LongestAt). Hits of a list are then read from it in the order
// Phrases.Hits gives them, from any token on.
type kindScan struct {
	lists *kindLists
	toks  []token.Tok
	at    []int // tokens where some list matches, in text order
	best  []int // len(at) rows of len(lists.lists): LongestAt, or -1
	buf   *kindBuf
}

// kindBuf holds the slices a kind scan fills, reused from one scan of a
// document to the next (nil works: a scan then allocates its own).
type kindBuf struct {
	row, at, best  []int
	found, amounts []token.Hit
}

// scan matches every kind list in toks at once, in buf's slices.
func (kl *kindLists) scan(toks []token.Tok, buf *kindBuf) kindScan {
	if buf == nil {
		buf = &kindBuf{}
	}
	ks := kindScan{lists: kl, toks: toks, at: buf.at[:0], best: buf.best[:0], buf: buf}
	n := len(kl.lists)
	if len(buf.row) != n {
		buf.row = make([]int, n)
	}
	row := buf.row
	for i := range toks {
		if kl.joined.LongestAt(toks, i, row) {
			ks.at = append(ks.at, i)
			ks.best = append(ks.best, row...)
		}
	}
	buf.at, buf.best = ks.at, ks.best
	return ks
}

// hits appends the hits of list li in toks[from:] to out, as
// Phrases.Hits(toks[from:]) yields them (token indices relative to from).
func (ks *kindScan) hits(li, from int, out []token.Hit) []token.Hit {
	ps := ks.lists.lists[li]
	n := len(ks.lists.lists)
	next := from
	for r, i := range ks.at {
		if i < next {
			continue
		}
		b := ks.best[r*n+li]
		if b < 0 {
			continue
		}
		p := &ps.List[b]
		w := len(p.Words)
		out = append(out, token.Hit{From: i - from, To: i - from + w, Start: ks.toks[i].Start, End: ks.toks[i+w-1].End, Phrase: p.Raw})
		next = i + w
	}
	return out
}

// has reports a phrase of list li in toks[from:] (Phrases.Has).
func (ks *kindScan) has(li, from int) bool {
	n := len(ks.lists.lists)
	for r, i := range ks.at {
		if i >= from && ks.best[r*n+li] >= 0 {
			return true
		}
	}
	return false
}
