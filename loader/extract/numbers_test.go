package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/datementions"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/numbers"
	"github.com/kg-project/kg/loader/extract/segmentation"
)

func numTestLexicon(t testing.TB) *numbers.Lexicon {
	t.Helper()
	lx, err := numbers.LoadLexicon(data.FS)
	if err != nil {
		t.Fatalf("load numbers lexicon: %v", err)
	}
	return lx
}

// numRunStages runs segmentation, dates, numbers and numeric claims.
func numRunStages(t testing.TB, body, docDate string) *model.Analysis {
	t.Helper()
	lx := numTestLexicon(t)
	a := model.NewAnalysis(&document.Document{ID: "doc", Body: body, Date: docDate}, nil)
	for _, st := range []model.Stage{segmentation.Stage{}, datementions.Stage{}, numbers.Stage{Lexicon: lx}, numbers.ClaimsStage{Lexicon: lx}} {
		if err := st.Apply(a); err != nil {
			t.Fatalf("%T: %v", st, err)
		}
	}
	return a
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		body      string
		text      string // "" when no number must be found
		qualifier string
		low, high float64
		isRange   bool
		unit      string
	}{
		{body: "More than 40 ministers came.", text: "More than 40 ministers", qualifier: "more than", low: 40, high: 40, unit: "ministers"},
		{body: "About 30 EU member states agreed.", text: "About 30 EU member states", qualifier: "about", low: 30, high: 30, unit: "states"},
		{body: "The war has lasted almost three years.", text: "almost three years", qualifier: "almost", low: 3, high: 3, unit: "years"},
		{body: "They plan up to 12 flights.", text: "up to 12 flights", qualifier: "up to", low: 12, high: 12, unit: "flights"},
		{body: "Between 8,000 and 12,000 troops may go.", text: "Between 8,000 and 12,000 troops", qualifier: "between", low: 8000, high: 12000, isRange: true, unit: "troops"},
		{body: "A force of 10,000 to 20,000 soldiers.", text: "10,000 to 20,000 soldiers", low: 10000, high: 20000, isRange: true, unit: "soldiers"},
		{body: "Turnout reached 64% on Sunday.", text: "64%", low: 64, high: 64, unit: "percent"},
		{body: "Support fell to 40 per cent.", text: "40 per cent", low: 40, high: 40, unit: "percent"},
		{body: "The fund holds €40 billion.", text: "€40 billion", low: 40e9, high: 40e9, unit: "EUR"},
		{body: "A loan of $2.5bn was signed.", text: "$2.5bn", low: 2.5e9, high: 2.5e9, unit: "USD"},
		{body: "They pledged 300 million euros.", text: "300 million euros", low: 300e6, high: 300e6, unit: "EUR"},
		{body: "A dozen envoys arrived.", text: "A dozen envoys", low: 12, high: 12, unit: "envoys"},
		{body: "Twenty-five nations signed.", text: "Twenty-five nations", low: 25, high: 25, unit: "nations"},
		{body: "It ended a two-year dispute.", text: "two-year", low: 2, high: 2, unit: "years"},
		{body: "Seven people were hurt.", text: "Seven people", low: 7, high: 7, unit: "people"},
		{body: "In 2019 the talks failed.", text: ""},
		{body: "One of the envoys left.", text: ""},
		{body: "The 3rd round starts.", text: ""},
		{body: "They met at 10:30 in the hall.", text: ""},
		{body: "The F-16 jets and G7 leaders met.", text: ""},
		{body: "Under Article 5 allies respond.", text: ""},
		{body: "See https://example.org/page/42 for text.", text: ""},
		{body: "A 45-year-old man was held.", text: ""},
		{body: "On 6 March 2024 they met.", text: ""},
		{body: "She lives at No. 10 with staff.", text: ""},
		{body: "They met at 9 a.m. sharp.", text: ""},
		{body: "It pledged aid over four years.", text: "four years", low: 4, high: 4, unit: "years"},
		{body: "Germany sends two more air defence systems.", text: "two more air defence systems", low: 2, high: 2, unit: "systems"},
		{body: "They offered a 2-3 day truce.", text: "2-3 day", low: 2, high: 3, isRange: true, unit: "days"},
		{body: "Troops stay two-three km from the line.", text: "two-three km", low: 2, high: 3, isRange: true, unit: "kilometres"},
		{body: "It fits the 1.5-degree limit.", text: "1.5-degree", low: 1.5, high: 1.5, unit: "degrees"},
		{body: "Fifty-eight (58) states signed.", text: "Fifty-eight (58) states", low: 58, high: 58, unit: "states"},
		{body: "Four of the seven donors cut aid.", text: "Four of the seven donors", low: 4, high: 4, unit: "donors"},
		{body: "Two out of three thresholds were met.", text: "Two out of three thresholds", low: 2, high: 2, unit: "thresholds"},
		{body: "It raised 11.34 billion United States (US) dollars.", text: "11.34 billion United States (US) dollars", low: 11.34e9, high: 11.34e9, unit: "USD"},
		{body: "Ruritania has defaulted 22 times.", text: "22 times", low: 22, high: 22, unit: "times"},
		{body: "Three times more envoys came.", text: ""},
		{body: "It needs the votes of the 27 Member States.", text: "27 Member States", low: 27, high: 27, unit: "states"},
		{body: "The truce began at 17:00 hours.", text: ""},
		{body: "Envoys of 55 donor and implementing countries came.", text: "55 donor and implementing countries", low: 55, high: 55, unit: "countries"},
		{body: "Britain may send several thousand troops.", text: "several thousand troops", low: 1000, high: 1000, unit: "troops"},
		{body: "Ruritania buys 2 billion kroner of shells.", text: "2 billion kroner", low: 2e9, high: 2e9, unit: "kroner"},
		{body: "Delegates met at the Third Freedonia River Conference.", text: "Third Freedonia River Conference", low: 3, high: 3, unit: "conference"},
		{body: "It opened the 29th session on Monday.", text: "29th session", low: 29, high: 29, unit: "session"},
		{body: "It was the first summit of the pair.", text: ""},
		{body: "The cabinet voted for the truce by 10-1.", text: "10-1", low: 10, high: 10, unit: "votes"},
		{body: "The home side won 3-1 on Sunday.", text: ""},
		{body: "Ruritania gave A$50 million to the fund.", text: "A$50 million", low: 50e6, high: 50e6, unit: "AUD"},
		{body: "Freedonia will lend Rs 500 crore to Ruritania.", text: "Rs 500 crore", low: 5e9, high: 5e9, unit: "INR"},
		{body: "Ruritania pledged 200 million Swiss francs.", text: "200 million Swiss francs", low: 200e6, high: 200e6, unit: "CHF"},
		{body: "Turnout was 70 pc.", text: "70 pc", low: 70, high: 70, unit: "percent"},
		{body: "Turnout was 70 per-cent.", text: "70 per-cent", low: 70, high: 70, unit: "percent"},
		{body: "Rates rose by half a point, 0.5 percentage point.", text: "0.5 percentage point", low: 0.5, high: 0.5, unit: "percent"},
		{body: "Two United Nations agencies helped.", text: "Two United Nations agencies", low: 2, high: 2, unit: "agencies"},
	}
	for _, tc := range tests {
		a := numRunStages(t, tc.body, "2025-01-01")
		if tc.text == "" {
			for _, n := range a.Numbers {
				if n.Unit != "" {
					t.Errorf("%q: found %q (unit %q), want no counted number", tc.body, n.Text, n.Unit)
				}
			}
			continue
		}
		if len(a.Numbers) != 1 {
			t.Errorf("%q: found %d numbers, want 1", tc.body, len(a.Numbers))
			continue
		}
		n := a.Numbers[0]
		if n.Text != tc.text || n.Qualifier != tc.qualifier || n.Low != tc.low || n.High != tc.high || n.IsRange != tc.isRange || n.Unit != tc.unit {
			t.Errorf("%q: got %q q=%q %v-%v range=%v unit=%q, want %q q=%q %v-%v range=%v unit=%q", tc.body,
				n.Text, n.Qualifier, n.Low, n.High, n.IsRange, n.Unit, tc.text, tc.qualifier, tc.low, tc.high, tc.isRange, tc.unit)
		}
	}
}

func TestNumericClaims(t *testing.T) {
	body := "By Jane Doe, 52\n\n" +
		"More than 40 ministers will attend the forum. The ministers, more than 40 ministers in all, agreed.\n" +
		"The truce lasting up to 90 days was welcomed after a three-year war.\n" +
		"One of them said 70% of voters backed the plan.\n" +
		"The talks lasted two hours.\n"
	a := numRunStages(t, body, "")
	got := map[string]model.NumericClaim{}
	for _, c := range a.Result.NumericClaims {
		got[c.Value+"|"+c.Unit] = c
		for _, ev := range c.Evidence {
			if []rune(a.Body)[ev.Start] != []rune(ev.Text)[0] || ev.Sentence < 0 {
				t.Errorf("claim %q: bad evidence %+v", c.Value, ev)
			}
		}
		if !strings.HasPrefix(c.ID, "number:") {
			t.Errorf("claim %q: id %q", c.Value, c.ID)
		}
	}
	want := map[string]string{ // value|unit -> a word About must hold
		"More than 40|ministers": "forum",
		"up to 90|days":          "duration of",
		"three|years":            "duration of war",
		"70%|percent":            "share of voters backed",
		"two|hours":              "duration of talks",
	}
	if len(got) != len(want) {
		t.Errorf("got %d claims %v, want %d", len(got), got, len(want))
	}
	for k, about := range want {
		c, ok := got[k]
		if !ok {
			t.Errorf("missing claim %s", k)
			continue
		}
		if !strings.Contains(c.About, about) {
			t.Errorf("claim %s: about %q, want it to contain %q", k, c.About, about)
		}
	}
	if c := got["More than 40|ministers"]; len(c.Evidence) != 2 || *c.Number != 40 || c.Qualifier != "more than" {
		t.Errorf("claim More than 40: %+v", c)
	}
	if c := got["up to 90|days"]; !strings.Contains(c.About, "truce") {
		t.Errorf("duration claim about %q, want the truce", c.About)
	}
}

func TestNumericClaimsSkipsReferencesAndSources(t *testing.T) {
	a := numRunStages(t, "The two envoys met. Three officials said more talks follow. Its 12 members agreed.", "")
	if len(a.Result.NumericClaims) != 0 {
		t.Errorf("got claims %+v, want none", a.Result.NumericClaims)
	}
	a = numRunStages(t, "More than 12 members agreed.", "")
	if len(a.Result.NumericClaims) != 1 {
		t.Errorf("got %d claims, want 1", len(a.Result.NumericClaims))
	}
}

func TestNumericClaimsMergeRepeats(t *testing.T) {
	a := numRunStages(t, "Some 20 countries joined. Later 20 countries signed.", "")
	if len(a.Result.NumericClaims) != 2 {
		t.Fatalf("got %d claims, want 2 (qualified and plain values differ)", len(a.Result.NumericClaims))
	}
	a = numRunStages(t, "Twelve envoys came. Twelve envoys left.", "")
	if len(a.Result.NumericClaims) != 1 || len(a.Result.NumericClaims[0].Evidence) != 2 {
		t.Fatalf("repeated claim: %+v", a.Result.NumericClaims)
	}
}

func TestNumLexiconErrors(t *testing.T) {
	if _, err := numbers.ParseLexicon([]byte("words: {one: 1}\n")); err == nil {
		t.Error("a lexicon without qualifiers was accepted")
	}
	if _, err := numbers.ParseLexicon([]byte("words: {one: 1}\nqualifiers: {about: roughly}\npercent: ['%']\n")); err == nil {
		t.Error("a qualifier of unknown kind was accepted")
	}
	if _, err := numbers.ParseLexicon([]byte("words: [\n")); err == nil {
		t.Error("invalid YAML was accepted")
	}
}

func TestNumericClaimsDefiniteTotals(t *testing.T) {
	tests := []struct {
		body string
		want []string // value|unit
	}{
		{"Leaders of the 31 allied nations met in Ruritania.", []string{"31|nations"}},
		{"Freedonia repaid the $44 billion it owes.", []string{"$44 billion|USD"}},
		{"He spoke for his 1.4 billion citizens.", []string{"1.4 billion|citizens"}},
		{"Some 40 envoys came. The 40 envoys then met.", []string{"Some 40|envoys"}},
		{"The three envoys then met.", nil},
	}
	for _, tc := range tests {
		a := numRunStages(t, tc.body, "")
		var got []string
		for _, c := range a.Result.NumericClaims {
			got = append(got, c.Value+"|"+c.Unit)
		}
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: claims %v, want %v", tc.body, got, tc.want)
		}
	}
}

func TestNumericClaimsComparisonsAndAdditions(t *testing.T) {
	tests := []struct {
		body string
		want []string // value|unit
	}{
		{"Freedonia pledged 4.6 billion dollars, down from 6 billion in 2020.", []string{"4.6 billion dollars|USD", "6 billion|USD"}},
		{"The share rose to 20% from 15 last year.", []string{"20%|percent", "15|percent"}},
		{"Freedonia gave $100 million. Ruritania put in another $100 million.", []string{"$100 million|USD", "$100 million|USD"}},
		{"Freedonia gave $100 million. Officials said the $100 million was paid.", []string{"$100 million|USD"}},
		{"The plan was confirmed, citing two Freedonian officials.", nil},
		{"The fund held its eighth replenishment conference in Port Elm.", []string{"eighth|replenishment"}},
		{"Freedonia pledged aid in three years. The forum meets every three years.", []string{"three|years", "three|years"}},
		{"Freedonia freed 101 prisoners, while Ruritania freed about 20.", []string{"101|prisoners", "about 20|prisoners"}},
		{"Freedonia freed 101 prisoners, while Ruritania freed 20.", []string{"101|prisoners"}},
		{"Tanks came from 12 depots, according to three officials.", []string{"12|depots"}},
	}
	for _, tc := range tests {
		a := numRunStages(t, tc.body, "")
		var got []string
		for _, c := range a.Result.NumericClaims {
			got = append(got, c.Value+"|"+c.Unit)
		}
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: claims %v, want %v", tc.body, got, tc.want)
		}
	}
}

func TestNumericClaimsDeadlinesAndPeriods(t *testing.T) {
	body := "Freedonia will repay the loans from March 2025 to June 30, 2028, with interest. " +
		"Each loan must enter into force no later than May 31, 2025. " +
		"The tariff truce expires on August 9. " +
		"The ministers met on July 2 in Port Elm. " +
		"The plan runs from 2026 to 2030."
	a := numRunStages(t, body, "2025-07-01")
	got := map[string]model.NumericClaim{}
	for _, c := range a.Result.NumericClaims {
		if c.Unit == "date" {
			got[c.Value] = c
		}
	}
	for _, want := range []string{"March 2025 to June 30, 2028", "no later than May 31, 2025", "August 9"} {
		if _, ok := got[want]; !ok {
			t.Errorf("missing date claim %q in %v", want, got)
		}
	}
	if len(got) != 3 {
		t.Errorf("got %d date claims %v, want 3: a meeting date and a span of years are not claims", len(got), got)
	}
	if c := got["no later than May 31, 2025"]; c.Qualifier != "no later than" || !strings.Contains(c.About, "enter into force") {
		t.Errorf("deadline claim %+v", c)
	}
}
