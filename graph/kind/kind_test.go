package kind_test

import (
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/schema"
)

func TestOf(t *testing.T) {
	cases := []struct {
		classes []quad.IRI
		want    string
	}{
		{[]quad.IRI{schema.ClassPerson}, kind.Person},
		{[]quad.IRI{schema.ClassOutlet, schema.ClassOrganization}, kind.Organization},
		{[]quad.IRI{schema.ClassOrganization, schema.ClassPerson}, kind.Person},
		{[]quad.IRI{schema.ClassEvidence}, ""},
		{[]quad.IRI{schema.ClassRole}, ""},
		{nil, ""},
		{[]quad.IRI{schema.ClassCommitment}, kind.Commitment},
	}
	for _, c := range cases {
		if got := kind.Of(c.classes); got != c.want {
			t.Errorf("Of(%v) = %q, want %q", c.classes, got, c.want)
		}
	}
}

func TestExpand(t *testing.T) {
	got, unknown := kind.Expand([]string{"actor", " claim ", "PERSON", "planet"})
	want := []string{kind.Person, kind.Country, kind.Organization, kind.Claim}
	if !slices.Equal(got, want) || !slices.Equal(unknown, []string{"PLANET"}) {
		t.Errorf("Expand = %v, unknown %v", got, unknown)
	}
	for _, k := range kind.All() {
		if got, unknown := kind.Expand([]string{k}); len(unknown) > 0 || len(got) != 1 {
			t.Errorf("kind %s not accepted by Expand", k)
		}
	}
}
