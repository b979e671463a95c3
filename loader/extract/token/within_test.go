package token

import (
	"math/rand"
	"sort"
	"testing"
)

// within finds what two sort.Search calls find, for every span of small
// token lists.
func TestWithinMatchesSortSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 300; n++ {
		var toks []Tok
		at := 0
		for k := rng.Intn(8); k > 0; k-- {
			at += rng.Intn(3)
			w := 1 + rng.Intn(3)
			toks = append(toks, Tok{Start: at, End: at + w})
			at += w
		}
		for start := 0; start <= at+1; start++ {
			for end := start; end <= at+1; end++ {
				i0 := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
				i1 := i0 + sort.Search(len(toks)-i0, func(i int) bool { return toks[i0+i].End > end })
				if g0, g1 := within(toks, start, end); g0 != i0 || g1 != i1 {
					t.Fatalf("within(%v, %d, %d) = %d, %d, want %d, %d", toks, start, end, g0, g1, i0, i1)
				}
			}
		}
	}
}
