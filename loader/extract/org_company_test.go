package extract

import (
	"slices"
	"testing"
)

func TestCompaniesFromLegalSuffixAndHeadNouns(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"The order went to Nordwerk GmbH on Monday.", []string{"Nordwerk GmbH"}},
		{"Shares of Harbour Holdings plc rose.", []string{"Harbour Holdings plc"}},
		{"A unit of Vesta and Lund Corp. bought the site.", []string{"Vesta and Lund Corp"}},
		{"Investors in Marrow & Finch Ltd were paid.", []string{"Marrow & Finch Ltd"}},
		// Two companies coordinated: the first ends in a head noun.
		{"The Alps Mining Group and Nordic Shipping Lines ASA signed.", []string{"Alps Mining Group", "Nordic Shipping Lines ASA"}},
		{"The engines come from Vesta Motors, which builds them in Turin.", []string{"Vesta Motors"}},
		{"He left Lakeside Pharmaceuticals last year.", []string{"Lakeside Pharmaceuticals"}},
		{"The Harbour Power and Lighting Company said prices would rise.", []string{"Harbour Power and Lighting Company"}},
		{"The deal with Kestrel Motors Co. Ltd was signed.", []string{"Kestrel Motors Co. Ltd"}},
		{"Bonds of the Bank of Freedonia Holdings Ltd fell.", []string{"Bank of Freedonia Holdings Ltd"}},
		// A person's name before a suffix is the company's.
		{"Jane Rowe Ltd said it would appeal.", []string{"Jane Rowe Ltd"}},
	} {
		a := runEntityStages(t, c.body, nil)
		if got := entityNames(a.Result.Organizations); !slices.Equal(got, c.want) {
			t.Errorf("%q: organizations = %v, want %v", c.body, got, c.want)
		}
		if len(a.Result.Persons) != 0 {
			t.Errorf("%q: persons = %v, want none", c.body, entityNames(a.Result.Persons))
		}
	}
}

func TestCompaniesNotFromOtherCapitalisedWords(t *testing.T) {
	for _, body := range []string{
		// A head noun inside a longer name, or before a title.
		"The Qatar Energy Minister spoke first.",
		"The Texas AG Jane Rowe sued.",
		// A sentence opener and a head noun: no company cue.
		"Clean Energy is what the voters want.",
		"However Energy prices fell.",
		// Headlines capitalise every word.
		"Investors Dump Shares In Vesta Motors\n\nThe text follows.",
		// Lower case, and a determiner alone.
		"The motors and the energy systems failed.",
		"They bought The Holdings.",
	} {
		a := runEntityStages(t, body, nil)
		if got := entityNames(a.Result.Organizations); len(got) != 0 {
			t.Errorf("%q: organizations = %v, want none", body, got)
		}
	}
}

func TestCompanyAtSentenceStartWithCue(t *testing.T) {
	a := runEntityStages(t, "Vesta Motors shares rose after the results.", nil)
	if got := entityNames(a.Result.Organizations); !slices.Equal(got, []string{"Vesta Motors"}) {
		t.Errorf("organizations = %v, want [Vesta Motors]", got)
	}
}
