package token

import (
	"math/rand"
	"reflect"
	"testing"
	"unicode/utf8"
)

// quoteSpansRunes is QuoteSpans as a rune scan, the reference the byte
// scan must agree with.
func quoteSpansRunes(body string) [][2]int {
	var out [][2]int
	open := -1
	var closer rune
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRuneInString(body[i:])
		switch {
		case open < 0 && r == '“':
			open, closer = i+size, '”'
		case open < 0 && r == '"':
			open, closer = i+size, '"'
		case open >= 0 && r == closer:
			out = append(out, [2]int{open, i})
			open = -1
		case open >= 0 && r == '\n' && i+1 < len(body) && body[i+1] == '\n':
			open = -1
		}
		i += size
	}
	return out
}

// TestQuoteSpansBytesEqualsRunes checks the byte scan against the rune
// scan on random texts of quote marks, newlines, other runes and broken
// UTF-8.
func TestQuoteSpansBytesEqualsRunes(t *testing.T) {
	parts := []string{"“", "”", "\"", "\n", "\n\n", "a", " ", "é", "—", "\xe2", "\xe2\x80", "\x80\x9d", "\xc3", "’", "‘"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.Intn(24); k > 0; k-- {
			b = append(b, parts[rng.Intn(len(parts))]...)
		}
		body := string(b)
		if got, want := QuoteSpans(body), quoteSpansRunes(body); !reflect.DeepEqual(got, want) {
			t.Fatalf("QuoteSpans(%q) = %v, want %v", body, got, want)
		}
	}
}

// CurlyDoubleQuoteAt tells the curly double quotes by their bytes, and
// nothing else (single curly quotes, a cut sequence, other E2 characters).
func TestCurlyDoubleQuoteAt(t *testing.T) {
	s := "“a” ‘b’ — \xe2\x80"
	want := map[int]rune{0: '“', 4: '”'}
	for i := 0; i < len(s); i++ {
		if got := CurlyDoubleQuoteAt(s, i); got != want[i] {
			t.Errorf("CurlyDoubleQuoteAt(%q, %d) = %q, want %q", s, i, got, want[i])
		}
	}
}
