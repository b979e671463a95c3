package extract

import (
	"slices"
	"testing"
)

func TestPersonsBeforeSeniorOfficialAppositive(t *testing.T) {
	a := runEntityStages(t, "Daniel Okafor, a senior official at the World Bank, called the plan a step forward. A senior official at the bank agreed.", nil)
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"Daniel Okafor"}) {
		t.Fatalf("persons = %v, want Daniel Okafor", got)
	}
	if r := a.Result.Persons[0].RoleLabels; len(r) == 0 || r[0][:len("senior official")] != "senior official" {
		t.Errorf("roles = %v, want the senior official role", r)
	}
}

func TestBodyComplementEndsAtCountryBeforeName(t *testing.T) {
	a := runEntityStages(t, "The mission met Governor of the Central Bank of Belgium Tarek Amer and Finance Secretary Omar Farouk on Monday.", nil)
	if _, ok := entityNamed(a.Result.Organizations, "Central Bank of Belgium"); !ok {
		t.Errorf("organizations = %v, want Central Bank of Belgium", entityNames(a.Result.Organizations))
	}
	if got := entityNames(a.Result.Persons); !slices.Contains(got, "Tarek Amer") {
		t.Errorf("persons = %v, want Tarek Amer", got)
	}
}
