package commitments

// Each fast path of the stage gives what the plain code it stands for
// gives.

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/token"
)

// shortText gives what token.FirstWords(token.Clean(s), 30) gives, and
// cleanText what token.Clean(s) gives, on
// crafted texts and on random mixes of words, spaces and trimmed marks.
func TestShortTextAsCleanFirstWords(t *testing.T) {
	texts := append([]string{"", " ", "a", " a ", "a  b", "a\tb\n", "**a** b", "\"a, b.\"", "– a —", "a\u00a0b", "a\u0085 b",
		"“quoted”", "a ** b", "\xff x", strings.Repeat("w ", 40), strings.Repeat("w. ", 31) + "-", "x -- " + strings.Repeat("y ", 29) + ".."},
		mixes(5000, 80, "a", "bb", " ", "  ", "\t", "\n", ".", ",", "-", "*", "**", "“", "’", "é", "\u00a0", "\u2003", "—", "x;", "'", "\xe2\x80")...)
	for _, s := range texts {
		if got, want := shortText(s), token.FirstWords(token.Clean(s), 30); got != want {
			t.Errorf("shortText(%q) = %q, want %q", s, got, want)
		}
		if got, want := cleanText(s), token.Clean(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
	}
}

// mixes returns n texts, each of up to max pieces drawn at random.
func mixes(n, max int, pieces ...string) []string {
	r := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.Intn(max); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// HorizonRE read from horizonFrom finds what it finds in the whole text.
func TestHorizonFromKeepsTheMatch(t *testing.T) {
	texts := append([]string{"for ten years", "therefore 2030", "Until 2030", "_for 2030", "x over  5 years", "laſting 3 years", "UP TO 2 decades"},
		mixes(5000, 14, "for", "over", "lasting", "up to", "within", "until", " ", "  ", "ten", "5", "years", "2030", "month", "a", "x", "_", "-", "the next", "at least", "ſ", "Fo", "R")...)
	for _, s := range texts {
		if got, want := HorizonRE.FindString(s[horizonFrom(s):]), HorizonRE.FindString(s); got != want {
			t.Errorf("%q: from %d finds %q, the whole text %q", s, horizonFrom(s), got, want)
		}
	}
}

// verbsAndNouns finds what Verbs.All and nouns.All find, on texts mixing
// their phrases (multi-word and prefix patterns included) with other words.
func TestVerbsAndNounsAsAll(t *testing.T) {
	lex, err := LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range mixes(3000, 16, "take", "part", "set", "up", "pledged", "commitments", "pledge", "support",
		"guarantees", "contribution", "provide", "to", "the", "and", "access", "participation", "sends", "aid", " ") {
		toks := token.Tokens(text, 0, len(text))
		verbs, nouns := lex.verbsAndNouns(toks)
		if want := lex.Verbs.All(toks); !reflect.DeepEqual(verbs, want) {
			t.Errorf("%q: verbs %v, want %v", text, verbs, want)
		}
		if want := lex.nouns.All(toks); !reflect.DeepEqual(nouns, want) {
			t.Errorf("%q: nouns %v, want %v", text, nouns, want)
		}
	}
}
