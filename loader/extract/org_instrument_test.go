package extract

import (
	"slices"
	"testing"
)

func TestFundsAreInstrumentsUnlessTheyAct(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		// Money paid into or drawn from a fund: an instrument.
		{"Donors paid 40 million euros into the Harbour Recovery Fund.", nil},
		{"Loans under the Coastal Resilience Facility were approved.", nil},
		// A fund that speaks, owns or employs: a body.
		{"The Harbour Recovery Fund said it would lend more.", []string{"Harbour Recovery Fund"}},
		{"The Harbour Recovery Fund's board met.", []string{"Harbour Recovery Fund"}},
		{"She is director of the Harbour Recovery Fund.", []string{"Harbour Recovery Fund"}},
		// Seen acting once, the fund is a body wherever named.
		{"Donors paid into the Harbour Recovery Fund. The Harbour Recovery Fund said more was needed.", []string{"Harbour Recovery Fund"}},
	} {
		a := runEntityStages(t, c.body, nil)
		if got := entityNames(a.Result.Organizations); !slices.Equal(got, c.want) {
			t.Errorf("%q: organizations = %v, want %v", c.body, got, c.want)
		}
	}
}

func TestInstrumentsAndCompaniesAreNotPersons(t *testing.T) {
	for _, body := range []string{
		"The Coastal Resilience Facility said loans would rise.",
		"The Clean Harbour Act says little about ports.",
		"Vesta Motors said output would rise.",
	} {
		a := runEntityStages(t, body, nil)
		if got := entityNames(a.Result.Persons); len(got) != 0 {
			t.Errorf("%q: persons = %v, want none", body, got)
		}
	}
}
