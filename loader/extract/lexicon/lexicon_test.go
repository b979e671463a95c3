package lexicon

import (
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// Phrase lists reject an empty phrase and a duplicate that differs only in
// case and spacing; the vocabularies know their kinds.
func TestCheckPhrasesAndKnown(t *testing.T) {
	if err := CheckPhrases("x.yaml", map[string][]string{"verbs": {"pledged", "agreed to"}}); err != nil {
		t.Errorf("valid list rejected: %v", err)
	}
	for _, list := range [][]string{{"pledged", " "}, {"agreed to", "Agreed  to"}} {
		if err := CheckPhrases("x.yaml", map[string][]string{"verbs": list}); !errors.Is(err, ErrLexicon) {
			t.Errorf("%q: err = %v, want ErrLexicon", list, err)
		}
	}
	if !Known(CommitmentStatuses, "denied") || Known(EventKinds, "parade") {
		t.Error("Known misreads the vocabularies")
	}
}

// The entity lexicon answers a word set for a word, alone and through the
// per-document table of the body's words.
func TestEntitiesWordSets(t *testing.T) {
	lex, titles, err := LoadEntitiesWithTitles(data.FS)
	if err != nil || titles == nil {
		t.Fatal(err)
	}
	a := model.NewAnalysis(&document.Document{Body: "Envoys met in the harbour."}, nil)
	words := a.BodyWords()
	for i, w := range words {
		if lex.HasAt(a, i, "prep") != lex.Has("prep", w.Text) {
			t.Errorf("HasAt and Has disagree on %q", w.Text)
		}
	}
	if !lex.Has("prep", "in") || !lex.Has("prep", "In") {
		t.Error(`"in" is no place preposition in either case`)
	}
}

// bitsOf, the one-lookup table of lower-case words, agrees with the two
// lookups it replaces, for every word of every set in its own, lower and
// title case.
func TestEntitiesBitsOf(t *testing.T) {
	lex, err := LoadEntities(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, set := range lex.sets {
		for w := range set {
			words = append(words, w, strings.ToLower(w), strings.ToUpper(w), token.TitleCase(w))
		}
	}
	words = append(words, "Freedonia", "ruritania", "", "É", "déjà")
	for _, w := range words {
		if got, want := lex.bitsOf(w), lex.exactBits[w]|lex.lowerBitsOf(w); got != want {
			t.Errorf("bitsOf(%q) = %b, want %b", w, got, want)
		}
	}
}
