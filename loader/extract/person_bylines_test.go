package extract

import (
	"slices"
	"testing"
)

func TestBylineForms(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"bracketed closing byline", "Ports to merge\n\nThe ports will merge next year, officials said on Monday.\n\nThe merger was agreed in May.\n\n(By Jane Roe and Tom Lee)\n\nJoin the list\n", []string{"Jane Roe", "Tom Lee"}},
		{"byline with its date after a caption", "Ports to merge\nPorts to merge\nCranes at the port / AFP\nBy Jane Roe March 3, 2025\nThe ports will merge next year, officials said on Monday.\n", []string{"Jane Roe"}},
		{"bureau byline", "Ports to merge\nBy rnw Lisbon bureau March 3, 2025\nThe ports will merge next year, officials said on Monday.\n", []string{"rnw Lisbon bureau"}},
		{"live-blog entry byline run into its date", "Port talks live\nThe ports will merge next year, officials said on Monday.\nJane Roe3 March 2025 10:30\nTalks resumed in the morning at the port.\n", []string{"Jane Roe"}},
		{"a place and a date is no byline", "Port talks\nThe ports will merge next year, officials said on Monday.\nLisbon, 3 March 2025\nTalks resumed.\n", nil},
		{"a sentence with a date is no byline", "Port talks\nThe ports will merge next year, officials said on Monday.\nTalks resumed 3 March 2025\nMore later.\n", nil},
	}
	for _, c := range cases {
		a := runEntityStages(t, c.body, nil)
		if got := a.Result.Document.Authors; !slices.Equal(got, c.want) {
			t.Errorf("%s: authors = %v, want %v", c.name, got, c.want)
		}
		if c.name == "bureau byline" {
			for _, p := range a.Result.Persons {
				t.Errorf("bureau byline: person %q listed; a bureau is no person", p.Name)
			}
		}
	}
}

func TestBureauBylineCityIsNoStateOrPlace(t *testing.T) {
	a := runEntityStages(t, "Talks resume\nBy hwn Paris bureau March 3, 2025\n\nBelgium and Ukraine met on Monday.", nil)
	if got := entityNames(a.Result.Countries); !slices.Equal(got, []string{"Belgium", "Ukraine"}) {
		t.Errorf("countries = %v, want Belgium and Ukraine only", got)
	}
	if got := entityNames(a.Result.Places); len(got) != 0 {
		t.Errorf("places = %v, want none", got)
	}
}
