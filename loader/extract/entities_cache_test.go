package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// The per-document caches must give what the functions they cache give.
func TestEntityCachesAgree(t *testing.T) {
	body := "Prime Minister Jane Roe said in Oslo that the Defence Council met. Élise Dupont's office, in the Lipetsk region, SAID nothing.\n"
	a := model.NewAnalysis(&document.Document{ID: "t", Body: body}, nil)
	if got, want := a.BodyWords(), token.SplitWords(body, 0, len(body)); !reflect.DeepEqual(got, want) {
		t.Fatalf("bodyWords = %v, want %v", got, want)
	}
	from, to := strings.Index(body, "Jane"), strings.Index(body, " that")
	var want []string
	for _, w := range token.SplitWords(body, from, to) {
		want = append(want, w.Text)
	}
	var got []string
	for _, w := range a.WordsIn(from, to) {
		got = append(got, w.Text)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wordsIn = %v, want %v", got, want)
	}
	lex, err := lexicon.LoadEntities(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range a.BodyWords() {
		for _, set := range lexicon.SetNames {
			if lex.HasAt(a, i, set) != lex.Has(set, w.Text) {
				t.Errorf("hasAt(%q, %s) disagrees with has", w.Text, set)
			}
		}
	}
	if !lex.Has("speech", "SAID") || !lex.Has("speech", "said") || lex.Has("venue", "palace") || !lex.Has("venue", "Palace") {
		t.Error("has: lower-case sets ignore case, exact sets do not")
	}
	titles, err := lexicon.LoadTitles(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := lexicon.LoadTitles(data.FS); again != titles {
		t.Error("loadTitleLexicon: the same file gives two lexicons")
	}
	if got, want := lexicon.TitlesIn(a, titles), lexicon.FindTitles(body, token.SplitWords(body, 0, len(body)), titles); !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Errorf("titlesIn = %v, want %v", got, want)
	}
}

func TestLookupLower(t *testing.T) {
	m := map[string]int{"coalition": 1, "élysée": 2, strings.Repeat("x", 40): 3}
	for w, want := range map[string]int{"Coalition": 1, "COALITION": 1, "Élysée": 2, strings.Repeat("X", 40): 3, "Council": 0} {
		if got, _ := token.LookupLower(m, w); got != want {
			t.Errorf("lookupLower(%q) = %d, want %d", w, got, want)
		}
	}
}
