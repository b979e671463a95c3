package numbers

import (
	"strconv"
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// The less common forms of a numeric expression, read by numScanner.at:
// editions, vote counts, parts of a whole, figures restated in digits and
// currencies named in words.

// edition reads the ordinal of an edition of a recurring event ("the
// eighth replenishment conference", "the Third UN Ocean Conference",
// "the 29th session"): an ordinal word or number, at most three
// capitalised words, then an edition noun, which is the unit. "First"
// marks novelty more often than a count and is not read.
func (n *numScanner) edition(f *numFound, i int) (int, bool) {
	t := n.toks[i]
	var v float64
	switch {
	case t.kind == 'w':
		o, ok := n.lx.Ordinals[n.lower(i)]
		if !ok {
			return i, false
		}
		v = o
	case t.kind == 'n' && t.ordinal:
		d, err := strconv.Atoi(n.s[t.start : t.end-2])
		if err != nil || d < 2 {
			return i, false
		}
		v = float64(d)
	default:
		return i, false
	}
	k := i + 1
	for c := 0; c < 3 && k < len(n.toks) && n.toks[k].kind == 'w' && token.IsCap(n.text(k)) && !n.lx.editionNoun[n.lower(k)]; c++ {
		k++
	}
	if k >= len(n.toks) || n.toks[k].kind != 'w' || !n.lx.editionNoun[n.lower(k)] {
		return i, false
	}
	f.low, f.high, f.ordinal, f.fromWord = v, v, true, t.kind == 'w'
	f.unit = n.lower(k)
	f.valueStart, f.valueEnd = t.start, t.end
	f.unitStart, f.unitEnd = n.toks[k].start, n.toks[k].end
	f.start, f.end = f.valueStart, f.unitEnd
	return k + 1, true
}

// tally reads a vote count written as two figures joined by a hyphen
// ("passed by 10-1", "a 52–48 vote"), the second no larger than the
// first, in a text about a vote; it returns the token after it.
func (n *numScanner) tally(numIdx, next int, v float64) (int, bool) {
	if n.toks[numIdx].kind != 'n' || !(n.punct(next, "-") || n.punct(next, "–")) || !n.adjacent(next-1, next) || !n.adjacent(next, next+1) {
		return next, false
	}
	if next+1 >= len(n.toks) || n.toks[next+1].kind != 'n' {
		return next, false
	}
	v2, after, _, _, ok := n.value(next + 1)
	if !ok || v2 > v || !n.aboutVote() {
		return next, false
	}
	return after, true
}

// aboutVote reports whether the scanned text has a word of voting.
func (n *numScanner) aboutVote() bool {
	for i, t := range n.toks {
		if t.kind == 'w' && n.lx.tallyWord[n.lower(i)] {
			return true
		}
	}
	return false
}

// restated skips a number repeated in digits after its words ("Fifty-eight
// (58) countries").
func (n *numScanner) restated(next int, v float64) int {
	if !n.punct(next, "(") || !n.punct(next+2, ")") || n.toks[next+1].kind != 'n' {
		return next
	}
	if v2, after, _, _, ok := n.value(next + 1); ok && after == next+2 && v2 == v {
		return next + 3
	}
	return next
}

// partOf reads the whole a count is part of ("four of the seven donors",
// "two out of the three thresholds") and returns the token after it; the
// whole must be larger than the part.
func (n *numScanner) partOf(next int, v float64) int {
	j := next
	if n.lower(j) == "out" {
		j++
	}
	if n.lower(j) != "of" {
		return next
	}
	j++
	if n.lower(j) == "the" {
		j++
	}
	if j >= len(n.toks) || (n.toks[j].kind == 'n' && numLooksYear(n.text(j))) {
		return next
	}
	if v2, after, _, _, ok := n.value(j); ok && v2 > v {
		return after
	}
	return next
}

// currencyWord reads a currency named in words at i ("euros", "US
// dollars", "United States (US) dollars": a bracketed abbreviation between
// the words is skipped) and returns its code and the token after it.
func (n *numScanner) currencyWord(i int) (string, int, bool) {
	if n.lx.currencyFirst != nil && (i >= len(n.toks) || n.toks[i].kind != 'w' || !n.lx.currencyFirst[n.lower(i)]) {
		return "", i, false
	}
	for _, seq := range n.lx.currencySeqs {
		j := i
		k := 0
		for ; k < len(seq) && j < len(n.toks); k++ {
			if k > 0 && n.punct(j, "(") && n.punct(j+2, ")") && token.IsAllCaps(n.text(j+1)) {
				j += 3
			}
			if j >= len(n.toks) || n.toks[j].kind != 'w' || n.lower(j) != seq[k] {
				break
			}
			j++
		}
		if k == len(seq) {
			return n.lx.CurrencyWords[strings.Join(seq, " ")], j, true
		}
	}
	return "", i, false
}
