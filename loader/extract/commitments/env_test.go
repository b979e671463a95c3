package commitments

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
)

// lowered and loweredStraight give what strings.ToLower gives on every
// byte span of texts mixing ASCII, accented capitals, runes whose lower
// case changes length (Kelvin sign, dotted I), curly apostrophes and
// invalid bytes.
func TestLoweredAsToLower(t *testing.T) {
	for _, body := range append([]string{"", "Abc", "É’s Kraków", "\u212aelvin İstanbul", "a\xffB"},
		mixes(300, 12, "a", "B", " ", "É", "é", "’", "'", "\u212a", "İ", "\xff", "Ω", "ß", ";", "@[`{Zz", "AbCdEfGhIj")...) {
		e := &commitEnv{c: &facts.Context{A: &model.Analysis{Body: body}}}
		for start := 0; start <= len(body); start++ {
			for end := start; end <= len(body); end++ {
				s := body[start:end]
				if got, want := e.lowered(start, end), strings.ToLower(s); got != want {
					t.Errorf("lowered(%q) = %q, want %q", s, got, want)
				}
				if got, want := e.loweredStraight(start, end), strings.ToLower(strings.ReplaceAll(s, "’", "'")); got != want {
					t.Errorf("loweredStraight(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// asciiCase finds an ASCII capital at any place of an eight-byte block,
// and no other byte for one.
func TestASCIICaseEachByte(t *testing.T) {
	for b := 0; b < 128; b++ {
		for at := 0; at < 9; at++ {
			s := []byte("abcdefghi")
			s[at] = byte(b)
			ascii, upper := asciiCase(string(s))
			if want := 'A' <= b && b <= 'Z'; !ascii || upper != want {
				t.Errorf("asciiCase(%q) = %v, %v, want true, %v", s, ascii, upper, want)
			}
		}
	}
}
