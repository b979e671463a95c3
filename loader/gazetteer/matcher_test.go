package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

// found renders matches as "text=id/form" for compact comparison.
func found(ms []Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s=%s/%s", m.Text, m.Entry.ID, m.Form))
	}
	return strings.Join(parts, " ")
}

func TestMatcherFind(t *testing.T) {
	g := loadSmall(t)
	cases := map[string]string{
		"Volodymyr Zelenskiy met Emmanuel Macron.":       "Volodymyr Zelenskiy=volodymyr-zelenskyy/alias Emmanuel Macron=emmanuel-macron/name",
		"VOLODYMYR ZELENSKYY SPEAKS":                     "VOLODYMYR ZELENSKYY=volodymyr-zelenskyy/name",
		"the U.S. and the US, not us or Us or USB":       "U.S.=USA/alias US=USA/alias",
		"U.S.-led talks":                                 "U.S.=USA/alias",
		"Turkey and Türkiye, not a turkey dinner":        "Turkey=TUR/name Türkiye=TUR/alias",
		"Nato and NATO but not nato":                     "Nato=nato/name NATO=nato/name",
		"the Coalition of the Willing":                   "Coalition of the Willing=coalition-of-the-willing/name",
		"a coalition of the willing":                     "coalition of the willing=coalition-of-the-willing/alias",
		"RFE/RL reported; Radio Liberty too":             "RFE/RL=rferl/alias Radio Liberty=rferl/alias",
		"RFE RL":                                         "",
		"at the Élysée Palace in Paris":                  "Élysée Palace=elysee-palace/name Paris=paris/name",
		"the Elysee said":                                "Elysee=FRA/seat",
		"Zelensky's plan":                                "",
		"Volodymyr Zelensky's plan":                      "Volodymyr Zelensky=volodymyr-zelenskyy/alias",
		"French and Ukrainian troops; Americans":         "French=FRA/demonym Ukrainian=UKR/adjective Americans=USA/demonym",
		"Emmanuel\n\nMacron":                             "",
		"Emmanuel\nMacron":                               "Emmanuel\nMacron=emmanuel-macron/name",
		"Kiev, Kyiv":                                     "Kiev=UKR/seat Kyiv=UKR/seat",
		"FRA and TUR codes are not mentions; the USA is": "USA=USA/alias",
	}
	for text, want := range cases {
		if got := found(g.Find(text)); got != want {
			t.Errorf("Find(%q)\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestMatcherOffsets(t *testing.T) {
	g := loadSmall(t)
	text := "Après «Volodymyr Zelenskiy», Paris."
	for _, m := range g.Find(text) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("match %q has offsets [%d,%d) = %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
	if got := found(g.Find(text)); got != "Volodymyr Zelenskiy=volodymyr-zelenskyy/alias Paris=paris/name" {
		t.Errorf("Find = %q", got)
	}
}

func TestMatcherHitsListEveryEntry(t *testing.T) {
	g := loadSmall(t)
	ms := g.Find("in Paris")
	if len(ms) != 1 || len(ms[0].Hits) != 2 || ms[0].Hits[1].Entry.ID != "FRA" || ms[0].Hits[1].Form != FormSeat {
		t.Fatalf("Find(in Paris) = %+v, want the city then France as seat", ms)
	}
}

// TestMatcherConcurrentUse: one gazetteer serves many goroutines (run
// with -race to check).
func TestMatcherConcurrentUse(t *testing.T) {
	g := loadSmall(t)
	want := found(g.Find("Emmanuel Macron in Paris"))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			got := found(g.Find("Emmanuel Macron in Paris"))
			if len(g.Lookup("zelenskiy")) != 0 || len(g.BySurname("Macron")) != 1 {
				got = "lookup failed"
			}
			done <- got
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Find = %q, want %q", got, want)
		}
	}
}
