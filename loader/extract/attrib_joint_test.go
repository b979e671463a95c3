package extract

import "testing"

func TestAttributionListOfStatesOpeningSentence(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind:     "secondary",
		body:     "The fund grew.\nBelgium, France and Ukraine said they were also working on pledges.\n",
		mentions: []factMention{{"Belgium", "country:BEL", "country", ""}, {"France", "country:FRA", "country", ""}, {"Ukraine", "country:UKR", "country", ""}},
	})
	if len(ats) != 1 || ats[0].Source != "Belgium, France and Ukraine" {
		for _, a := range ats {
			t.Logf("%s: %s", a.Source, a.Claim)
		}
		t.Fatalf("want one attribution to all three states")
	}
}
