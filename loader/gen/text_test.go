package gen

import (
	"errors"
	"testing"
	"testing/fstest"
)

func TestTextMentionOffsetsAreCodePoints(t *testing.T) {
	var tx text
	tx.capNext = true
	tx.write("à ")
	tx.mention(kindPlace, "Élysée Palace", "the Élysée Palace", "")
	tx.write(" and ")
	tx.mention(kindPerson, "Ana Rivel", "Ana Rivel", "President of France")
	if got, want := tx.String(), "À the Élysée Palace and Ana Rivel"; got != want {
		t.Fatalf("text %q, want %q", got, want)
	}
	want := []mention{
		{kind: kindPlace, name: "Élysée Palace", text: "Élysée Palace", start: 6, end: 19},
		{kind: kindPerson, name: "Ana Rivel", text: "Ana Rivel", start: 24, end: 33, role: "President of France"},
	}
	for i, m := range tx.mentions {
		if m != want[i] {
			t.Errorf("mention %d = %+v, want %+v", i, m, want[i])
		}
		if got := string([]rune(tx.String())[m.start:m.end]); got != m.text {
			t.Errorf("mention %d spans %q, not %q", i, got, m.text)
		}
	}
}

func TestTextAppendShiftsMentions(t *testing.T) {
	var head, tail text
	head.write("Ünïcode: ")
	tail.mention(kindCountry, "France", "France", "")
	head.appendText(&tail)
	m := head.mentions[0]
	if m.start != 9 || m.end != 15 || string([]rune(head.String())[m.start:m.end]) != "France" {
		t.Errorf("appended mention at %d-%d in %q", m.start, m.end, head.String())
	}
}

func TestRenderSlotsAndCapitals(t *testing.T) {
	var tx text
	tx.capNext = true
	tx.render(`{who} said: "{^}{what}." {missing}`, map[string]func(){
		"who":  func() { tx.write("the minister") },
		"what": func() { tx.write("it is done") },
	})
	if got, want := tx.String(), `The minister said: "It is done." {missing}`; got != want {
		t.Errorf("render = %q, want %q", got, want)
	}
	if got := slotsOf("{a} and {b}{[}x{]}"); len(got) != 4 || got[0] != "a" || got[3] != "]" {
		t.Errorf("slotsOf = %q", got)
	}
}

func TestSpanSinceTrimsBlanks(t *testing.T) {
	var tx text
	tx.write("One. ")
	m := tx.mark()
	tx.write("Two words.\n\n")
	if s := tx.spanSince(m); s.Start != 5 || s.End != 15 || s.Text != "Two words." {
		t.Errorf("spanSince = %+v", s)
	}
}

func TestThousandsAndSlug(t *testing.T) {
	for n, want := range map[int]string{7: "7", 1000: "1,000", 15000: "15,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
	if got := slug("Frankfurter Allgemeine Zeitung!"); got != "frankfurter-allgemeine-zeitung" {
		t.Errorf("slug = %q", got)
	}
}

func TestLexiconRejectsMissingKinds(t *testing.T) {
	fsys := fstest.MapFS{LexiconPath: {Data: []byte("given_names: [Ana]\nnumbers:\n  - {text: no value here, unit: x, about: y, min: 1, max: 2, style: count}\n")}}
	_, err := LoadLexicon(fsys)
	if !errors.Is(err, ErrLexicon) {
		t.Fatalf("LoadLexicon of an incomplete lexicon: %v, want ErrLexicon", err)
	}
	if _, err := LoadLexicon(fstest.MapFS{}); err == nil {
		t.Fatal("LoadLexicon without gen.yaml: no error")
	}
}

func TestBundledLexiconLoads(t *testing.T) {
	lex, err := LoadLexicon(dataFS(t))
	if err != nil {
		t.Fatal(err)
	}
	// Every slot a phrasing uses is one the generator fills.
	known := map[string]bool{"by": true, "what": true, "to": true, "target": true, "condition": true,
		"person": true, "person2": true, "host": true, "people": true, "countries": true, "place": true,
		"placename": true, "date": true, "topic": true, "agreement": true, "claim": true, "official": true,
		"outlet": true, "doc": true, "value": true, "n": true, "money": true, "country": true, "org": true,
		"signers": true, "spokesperson": true, "adj": true, "[": true, "]": true, "^": true}
	check := func(where string, phrases []string) {
		for _, p := range phrases {
			for _, s := range slotsOf(p) {
				if !known[s] {
					t.Errorf("%s: phrasing %q uses unknown slot {%s}", where, p, s)
				}
			}
		}
	}
	for k, l := range lex.Sentences {
		check("sentences."+k, l)
	}
	for k, l := range lex.Commitments {
		check("commitments."+k, l)
	}
	for _, l := range [][]string{lex.Topics, lex.Agreements, lex.Claims, lex.Officials, lex.Headlines,
		lex.Background, lex.StatementTitles, lex.StatementLeads, lex.StatementBody} {
		check("phrases", l)
	}
}
