package gen

import (
	"strings"
	"testing"
	"unicode"

	"github.com/kg-project/kg/loader/gazetteer"
)

// TestLexiconNamesNoActor checks that the phrases of gen.yaml name no
// entry of the gazetteer: every actor and place in a generated text must
// come through a slot, so that the ground truth records it.
func TestLexiconNamesNoActor(t *testing.T) {
	g := realGazetteer(t)
	lex, err := LoadLexicon(dataFS(t))
	if err != nil {
		t.Fatal(err)
	}
	var phrases []string
	phrases = append(phrases, lex.Topics...)
	phrases = append(phrases, lex.Agreements...)
	phrases = append(phrases, lex.Conditions...)
	phrases = append(phrases, lex.Claims...)
	phrases = append(phrases, lex.Officials...)
	phrases = append(phrases, lex.Headlines...)
	phrases = append(phrases, lex.Background...)
	phrases = append(phrases, lex.Filler...)
	phrases = append(phrases, lex.StatementTitles...)
	phrases = append(phrases, lex.StatementLeads...)
	phrases = append(phrases, lex.StatementBody...)
	phrases = append(phrases, lex.StatementClose...)
	for _, list := range lex.Sentences {
		phrases = append(phrases, list...)
	}
	for _, list := range lex.Commitments {
		phrases = append(phrases, list...)
	}
	for _, n := range lex.Numbers {
		phrases = append(phrases, n.Text, n.About)
	}
	for _, p := range phrases {
		if found := namesIn(g, p); len(found) > 0 {
			t.Errorf("phrase %q names gazetteer entries %q", p, found)
		}
	}
	for _, n := range append(append([]string{}, lex.GivenNames...), lex.FamilyNames...) {
		if hits := g.Lookup(n); len(hits) > 0 {
			t.Errorf("author name part %q is a gazetteer name (%s)", n, hits[0].Entry.ID)
		}
	}
}

// TestEveryNameIsRecorded scans generated texts for capitalised names the
// gazetteer knows and checks that each lies inside a mention the ground
// truth records: the text names no actor or place the gold leaves out.
func TestEveryNameIsRecorded(t *testing.T) {
	g := realGazetteer(t)
	for _, a := range generate(t, g, 40, 13) {
		covered := make([]bool, len([]rune(a.Body)))
		mark := func(ev []Span) {
			for _, s := range ev {
				for i := s.Start; i < s.End; i++ {
					covered[i] = true
				}
			}
		}
		for _, p := range a.Gold.Persons {
			mark(p.Evidence)
		}
		for _, l := range [][]GoldEntity{a.Gold.Countries, a.Gold.Organizations, a.Gold.Places} {
			for _, e := range l {
				mark(e.Evidence)
			}
		}
		for _, w := range capitalisedNames(g, a.Body) {
			w = trimRun(w)
			ok := true
			for i := w.start; i < w.end; i++ {
				ok = ok && covered[i]
			}
			if !ok {
				t.Errorf("%s: %q at %d names a gazetteer entry the gold does not record", a.ID, w.text, w.start)
			}
		}
	}
}

// trimRun drops a leading "The " and a trailing possessive from a run: the
// gold records the name without them.
func trimRun(w wordRun) wordRun {
	if rest, ok := strings.CutPrefix(w.text, "The "); ok {
		w.text, w.start = rest, w.start+4
	}
	for _, suffix := range []string{"'s", "'"} {
		if rest, ok := strings.CutSuffix(w.text, suffix); ok {
			w.text, w.end = rest, w.end-len(suffix)
			break
		}
	}
	return w
}

// joinedBySpaces reports whether consecutive words are separated by single
// spaces only: a name does not run across a comma or a line break.
func joinedBySpaces(runes []rune, words []wordRun) bool {
	for k := 1; k < len(words); k++ {
		if string(runes[words[k-1].end:words[k].start]) != " " {
			return false
		}
	}
	return true
}

type wordRun struct {
	text       string
	start, end int
}

// capitalisedNames returns the runs of one to four capitalised words of
// text that the gazetteer knows, as person, country, organization, outlet
// or place names (ISO codes and short acronyms only in capitals).
func capitalisedNames(g *gazetteer.Gazetteer, text string) []wordRun {
	var words []wordRun
	runes := []rune(text)
	for i := 0; i < len(runes); {
		if !unicode.IsLetter(runes[i]) {
			i++
			continue
		}
		j := i
		for j < len(runes) && (unicode.IsLetter(runes[j]) || runes[j] == '-' || runes[j] == '\'' || runes[j] == '.' && j+1 < len(runes) && unicode.IsUpper(runes[j+1])) {
			j++
		}
		words = append(words, wordRun{text: string(runes[i:j]), start: i, end: j})
		i = j
	}
	var out []wordRun
	for i := range words {
		if !unicode.IsUpper([]rune(words[i].text)[0]) {
			continue
		}
		for n := 4; n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			run := wordRun{start: words[i].start, end: words[i+n-1].end}
			run.text = string(runes[run.start:run.end])
			if !joinedBySpaces(runes, words[i:i+n]) {
				continue
			}
			if knownName(g, run.text) {
				out = append(out, run)
				break
			}
		}
	}
	return out
}
