package extract

import (
	"slices"
	"testing"
)

func TestCompaniesNamedAfterADescriptor(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"The carmaker Vesta cut its forecast.", []string{"Vesta"}},
		{"Shares in German chipmaker Kestrel Semis fell.", []string{"Kestrel Semis"}},
		{"A defence contractor Nordwerk won the tender.", []string{"Nordwerk"}},
		{"The lender Harbourside's profit rose.", []string{"Harbourside"}},
		// Not a name: a title, a day, a gazetteer country, lower case.
		{"The company Chief Executive Jane Rowe resigned.", nil},
		{"The company CEO Jane Rowe resigned.", nil},
		{"The firm Monday said it would appeal.", nil},
		{"The lender Belgium relies on is small.", nil},
		{"The carmaker said profits fell.", nil},
	} {
		a := runEntityStages(t, c.body, nil)
		if got := entityNames(a.Result.Organizations); !slices.Equal(got, c.want) {
			t.Errorf("%q: organizations = %v, want %v", c.body, got, c.want)
		}
	}
}
