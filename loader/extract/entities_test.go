package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/loader/extract/entities"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Bart De Wever":       "bart-de-wever",
		"Élysée Palace":       "elysee-palace",
		"  John   Irish ":     "john-irish",
		"O'Brien":             "obrien",
		"Armed Forces of X-Y": "armed-forces-of-x-y",
		"Łukasz Nowak":        "lukasz-nowak",
	} {
		if got := entities.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEntitiesAssemblyOrderAndEvidence(t *testing.T) {
	a := runEntityStages(t, "Belgium and France met in Paris. Belgium agreed.", nil)
	if got := entityNames(a.Result.Countries); !slices.Equal(got, []string{"Belgium", "France"}) {
		t.Fatalf("countries = %v, want first-mention order [Belgium France]", got)
	}
	bel := a.Result.Countries[0]
	if bel.ID != "country:BEL" || len(bel.Evidence) != 2 || !slices.Equal(bel.Mentions, []string{"Belgium"}) {
		t.Errorf("Belgium = %+v, want id country:BEL, two spans, one distinct mention", bel)
	}
	if bel.Evidence[1].Start != 33 {
		t.Errorf("second Belgium span starts at %d, want 33", bel.Evidence[1].Start)
	}
	for i := 1; i < len(a.Mentions); i++ {
		if a.Mentions[i].Start < a.Mentions[i-1].Start {
			t.Fatalf("mentions not sorted by start: %+v", a.Mentions)
		}
	}
}

func TestEntitiesCodePointOffsets(t *testing.T) {
	a := runEntityStages(t, "Élus — meeting in Paris — voted.", nil)
	p, ok := entityNamed(a.Result.Places, "Paris")
	if !ok {
		t.Fatalf("no place Paris in %v", entityNames(a.Result.Places))
	}
	if p.Evidence[0].Start != 18 || p.Evidence[0].End != 23 {
		t.Errorf("Paris span = %d-%d, want code points 18-23", p.Evidence[0].Start, p.Evidence[0].End)
	}
}
