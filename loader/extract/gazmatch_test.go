package extract

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

func mentionKeys(a *model.Analysis) map[string]string {
	out := map[string]string{}
	for _, m := range a.Mentions {
		out[m.Text+"@"+entItoa(m.Start)] = m.Key
	}
	return out
}

func entItoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func TestSeatsAsGovernmentOrPlace(t *testing.T) {
	for _, c := range []struct {
		body, text, key string
	}{
		{"Moscow said it would not come.", "Moscow", "country:RUS"},
		{"The talks in Moscow ended.", "Moscow", "place:moscow"},
		{"Help came to Kyiv's aid.", "Kyiv", "country:UKR"},
		{"Kyiv pushed for changes.", "Kyiv", "country:UKR"},
		{"Paris and Washington declared support.", "Washington", "country:USA"},
		{"Leaders met at the Elysee on Monday.", "Elysee", "place:elysee"},
		{"The Elysee said no.", "Elysee", "country:FRA"},
		{"The Paris summit opened.", "Paris", "place:paris"},
		{"MOSCOW, March 3 (Reuters) - Talks began.", "MOSCOW", "place:moscow"},
		{" date 2026-03-03 MOSCOW: Talks began.", "MOSCOW", "place:moscow"},
		{" date 2026-03-03 MOSCOW — (AP) — Talks began.", "MOSCOW", "place:moscow"},
		{"The Moscow-based bank lent more.", "Moscow", "place:moscow"},
		{"Moscow, June 30 (Interfax) The minister said no.", "Moscow", "place:moscow"},
		{"It was the first visit of a Belgian king to Moscow.", "Moscow", "place:moscow"},
		{"The envoy spoke, to Moscow's anger.", "Moscow", "country:RUS"},
		{"They arrived at France's Elysee Palace.", "Elysee Palace", "place:elysee-palace"},
	} {
		a := runEntityStages(t, c.body, nil)
		found := false
		for _, m := range a.Mentions {
			if m.Text == c.text {
				found = true
				if m.Key != c.key {
					t.Errorf("%q: %s -> %s, want %s", c.body, c.text, m.Key, c.key)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %v", c.body, c.text, mentionKeys(a))
		}
	}
}

func TestDemonymsAreCountries(t *testing.T) {
	a := runEntityStages(t, "The Americans and a Belgian diplomat met Ukrainian officials. Europe and the West watched.", nil)
	want := []string{"United States", "Belgium", "Ukraine"}
	got := entityNames(a.Result.Countries)
	if len(got) != len(want) {
		t.Fatalf("countries = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("countries = %v, want %v", got, want)
		}
	}
}

func TestSeatBeforeClosingQuoteIsGovernment(t *testing.T) {
	a := runEntityStages(t, "She said it would \"raise the cost for the Kremlin\".", nil)
	if len(a.Result.Places) != 0 || len(a.Result.Countries) != 1 || a.Result.Countries[0].Name != "Russia" {
		t.Errorf("places %v countries %v, want the Kremlin as Russia", entityNames(a.Result.Places), entityNames(a.Result.Countries))
	}
}

func TestToAndFromNeedMotionForAPlace(t *testing.T) {
	for body, key := range map[string]string{
		"They flew to Moscow on Monday.":       "place:moscow",
		"It rejected a request from Kyiv.":     "country:UKR",
		"He returned from Kyiv.":               "place:kyiv",
		"They sent a message to Moscow today.": "country:RUS",
	} {
		a := runEntityStages(t, body, nil)
		if len(a.Mentions) != 1 || a.Mentions[0].Key != key {
			t.Errorf("%q: mentions %v, want one %s", body, mentionKeys(a), key)
		}
	}
}

func TestNotCountryMentions(t *testing.T) {
	a := runEntityStages(t, "Donors gave US$ 5 million to partners in need.", nil)
	if len(a.Result.Countries) != 0 || len(a.Result.Places) != 0 {
		t.Errorf("countries = %v, places = %v, want none", entityNames(a.Result.Countries), entityNames(a.Result.Places))
	}
}

func TestSpeakingSeatIsAlsoABody(t *testing.T) {
	a := runEntityStages(t, "The White House said the deal was done. Washington said more. Leaders met at the White House.", nil)
	if _, ok := entityNamed(a.Result.Organizations, "White House"); !ok {
		t.Errorf("organizations = %v, want the White House", entityNames(a.Result.Organizations))
	}
	if _, ok := entityNamed(a.Result.Organizations, "Washington"); ok {
		t.Errorf("organizations = %v: a capital speaking is its state", entityNames(a.Result.Organizations))
	}
	if _, ok := entityNamed(a.Result.Countries, "United States"); !ok {
		t.Errorf("countries = %v, want the United States the seat stands for", entityNames(a.Result.Countries))
	}
	for _, m := range a.Mentions {
		if m.Kind == "organization" {
			t.Errorf("mention %q is an organization: facts keep the state", m.Text)
		}
	}
}

func TestCityNamingATreaty(t *testing.T) {
	a := runEntityStages(t, "The United States left the Paris Agreement, the Paris climate accord and the Paris Conventions. Leaders agreed in Paris.", nil)
	if got := entityNames(a.Result.Countries); len(got) != 1 || got[0] != "United States" {
		t.Errorf("countries = %v, want only the United States", got)
	}
	p, ok := entityNamed(a.Result.Places, "Paris")
	if !ok || len(p.Evidence) != 1 {
		t.Errorf("places = %v, want Paris once (the venue)", entityNames(a.Result.Places))
	}
}
