package token

import (
	"math/rand"
	"reflect"
	"testing"
	"unicode/utf8"
)

// scanByRunes is ScanLower as it was before its ASCII fast path: every
// byte decoded as a rune.
func scanByRunes(body, lower string, start, end int) []Tok {
	var out []Tok
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(body[i:])
		if !IsWordRune(r) {
			i += size
			continue
		}
		j, ascii := i, true
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(body[j:])
			if !IsWordRune(r2) {
				break
			}
			ascii = ascii && r2 < utf8.RuneSelf
			j += s2
		}
		w := Fold(body[i:j])
		if ascii && lower != "" {
			w = lower[i:j]
		}
		out = append(out, Tok{Norm: w, Start: i, End: j})
		i = j
	}
	return out
}

// ScanLower finds the words a rune-by-rune scan finds, on random mixes of
// ASCII, accented letters, digits, punctuation and broken UTF-8, over
// random spans.
func TestScanLowerMatchesRuneScan(t *testing.T) {
	parts := []string{"a", "Z", "7", " ", ",", "-", "'", "é", "É", "ß", "’", "—", "\xff", "\xc3", "日", "İ", "\n"}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 5000; n++ {
		var b []byte
		for k := rng.Intn(24); k > 0; k-- {
			b = append(b, parts[rng.Intn(len(parts))]...)
		}
		body := string(b)
		start := rng.Intn(len(body) + 1)
		end := start + rng.Intn(len(body)-start+1)
		for _, lower := range []string{"", asciiLower(body)} {
			got := ScanLower(body, lower, start, end, nil)
			want := scanByRunes(body, lower, start, end)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("ScanLower(%q, %d, %d) = %v, want %v", body, start, end, got, want)
			}
		}
	}
}
