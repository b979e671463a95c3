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

func TestName(t *testing.T) {
	values := map[quad.IRI]string{
		schema.Name: "Jane Roe", schema.Title: "A headline", schema.EventType: "meeting",
		schema.Date: "2026-01-02", schema.What: "send aid", schema.ClaimText: "it rained",
		schema.ValueText: "5 billion", schema.About: "aid",
	}
	value := func(p quad.IRI) string { return values[p] }
	for k, want := range map[string]string{
		kind.Person: "Jane Roe", kind.Country: "Jane Roe", kind.Source: "A headline",
		kind.Event: "meeting 2026-01-02", kind.Commitment: "send aid", kind.Claim: "it rained",
		kind.NumericClaim: "5 billion aid",
	} {
		if got := kind.Name(k, value); got != want {
			t.Errorf("Name(%s) = %q, want %q", k, got, want)
		}
	}
	if got := kind.Name(kind.Event, func(quad.IRI) string { return "" }); got != "" {
		t.Errorf("Name of an event without values = %q, want empty", got)
	}
	if got := kind.Name(kind.Event, func(p quad.IRI) string { return map[quad.IRI]string{schema.Date: "2026"}[p] }); got != "2026" {
		t.Errorf("Name of an event with only a date = %q, want the date", got)
	}
}
