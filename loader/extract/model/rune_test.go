package model

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeAtDense is the code point offset of every byte boundary of body,
// as Rune used to tabulate it.
func runeAtDense(body string) []int {
	at := make([]int, len(body)+1)
	r := 0
	for i := 0; i < len(body); {
		_, size := utf8.DecodeRuneInString(body[i:])
		for k := 0; k < size; k++ {
			at[i+k] = r
		}
		i += size
		r++
	}
	at[len(body)] = r
	return at
}

// Rune agrees with the dense table at every offset (and clamps outside
// the body) on random mixes of ASCII, two-, three- and four-byte
// characters and broken UTF-8.
func TestRuneMatchesDenseTable(t *testing.T) {
	parts := []string{"a", " ", "é", "—", "日", "😀", "\xff", "\xe2\x80", "’"}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(16); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		body := b.String()
		a := &Analysis{Body: body}
		want := runeAtDense(body)
		for off := -2; off <= len(body)+2; off++ {
			w := want[max(0, min(off, len(body)))]
			if got := a.Rune(off); got != w {
				t.Fatalf("Rune(%d) of %q = %d, want %d", off, body, got, w)
			}
		}
	}
}
