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
