package extract

import "testing"

func TestAttributionQuoteOverCircumstanceFragment(t *testing.T) {
	ats := attributionsOf(t, factDoc{
		kind: "secondary",
		body: "“We will rebuild every school. This is our duty,” Finance Minister Anna Berg, who leads the fund, said during the opening session.\n" +
			"“The deal is done,” Ola Lind was quoted as saying in a statement.\n" +
			"Ola Lind said in a statement that the port would reopen.\n" +
			"The port opened on Monday. “We, the ten ports, are open. Anna Berg did not expect us to be ready. This is a decisive week,” Ola Lind, who runs the port, said during the opening session.\n",
		mentions: []factMention{{"Anna Berg", "person:anna-berg", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}, {"Ola Lind", "person:ola-lind", "person", ""}},
	})
	want := []string{"We will rebuild every school. This is our duty", "The deal is done", "the port would reopen", "We, the ten ports, are open. Anna Berg did not expect us to be ready. This is a decisive week"}
	if len(ats) != len(want) {
		for _, a := range ats {
			t.Logf("%s: %s", a.Source, a.Claim)
		}
		t.Fatalf("got %d attributions, want %d", len(ats), len(want))
	}
	for i, w := range want {
		if ats[i].Claim != w {
			t.Errorf("claim %d = %q, want %q", i, ats[i].Claim, w)
		}
	}
}
