package extract

import (
	"slices"
	"testing"
)

func TestPlacesVenuesRegionsAndPrepositions(t *testing.T) {
	body := "Leaders met at Lancaster House before flying to the Kherson region. Talks continued in Lviv on Monday, in March, and in Paris."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Places)
	want := []string{"Lancaster House", "Kherson region", "Lviv", "Paris"}
	if !slices.Equal(got, want) {
		t.Errorf("places = %v, want %v", got, want)
	}
}

func TestPlacesDatelineCity(t *testing.T) {
	a := runEntityStages(t, "ODESA, March 3, 2025 (Reuters) - Ships left port.", nil)
	if got := entityNames(a.Result.Places); !slices.Equal(got, []string{"Odesa"}) {
		t.Errorf("places = %v, want the dateline city", got)
	}
}

func TestPlacesCapitalForGovernmentIsNotAPlace(t *testing.T) {
	a := runEntityStages(t, "Moscow said the plan was unacceptable, and Washington's envoy agreed.", nil)
	if len(a.Result.Places) != 0 {
		t.Errorf("places = %v, want none", entityNames(a.Result.Places))
	}
	if got := entityNames(a.Result.Countries); !slices.Equal(got, []string{"Russia", "United States"}) {
		t.Errorf("countries = %v", got)
	}
}

func TestPlacesNotFromNonPlaces(t *testing.T) {
	body := "Results in Q3 were posted via Telegram, in Soviet times, at Christmas and in October. It came to Tom Baker from Ana Costa."
	a := runEntityStages(t, body, nil)
	if len(a.Result.Places) != 0 {
		t.Errorf("places = %v, want none", entityNames(a.Result.Places))
	}
}

func TestMacroRegionsAreNoPlaces(t *testing.T) {
	body := "Ministers from across the Northern Reaches met in Paris on Monday.\nAid to the Northern Reaches region will grow, they said in Paris.\n"
	a := runEntityStages(t, body, nil)
	if got := entityNames(a.Result.Places); len(got) != 1 || got[0] != "Paris" {
		t.Errorf("places = %v, want only Paris: a macro-region is not annotated", got)
	}
}

func TestCompassRegions(t *testing.T) {
	a := runEntityStages(t, "Residents evacuated from southern Ukraine went home. The French foreign ministry said so. The White House said more.", nil)
	if _, ok := entityNamed(a.Result.Places, "southern Ukraine"); !ok {
		t.Errorf("places = %v, want southern Ukraine", entityNames(a.Result.Places))
	}
	if _, ok := entityNamed(a.Result.Countries, "Ukraine"); !ok {
		t.Errorf("countries = %v, want Ukraine kept", entityNames(a.Result.Countries))
	}
	// The fact stages assume mentions do not nest.
	for i := 1; i < len(a.Mentions); i++ {
		if a.Mentions[i].Start < a.Mentions[i-1].End {
			t.Errorf("mentions %q and %q overlap", a.Mentions[i-1].Text, a.Mentions[i].Text)
		}
	}
}

func TestPlacesNotAbstractNames(t *testing.T) {
	a := runEntityStages(t, "Health through Vaccination in Lakeside. Funds came in Special Revenue Acceleration loans and in Harbour Town.", nil)
	got := entityNames(a.Result.Places)
	want := []string{"Lakeside", "Harbour Town"}
	if !slices.Equal(got, want) {
		t.Fatalf("places = %v, want %v", got, want)
	}
}

func TestPlacesCrossingsAndSentenceInitialPrepositions(t *testing.T) {
	a := runEntityStages(t, "In Lakeside aid trucks waited. They urged Ukraine to open the Ukraine-Russia Hollow border crossing and the Marsh crossing.", nil)
	got := entityNames(a.Result.Places)
	want := []string{"Lakeside", "Hollow border crossing", "Marsh crossing"}
	if !slices.Equal(got, want) {
		t.Fatalf("places = %v, want %v", got, want)
	}
}

func TestPlacesVenueHeads(t *testing.T) {
	body := "Delegates gathered at the Lakeside Resort, then at Harbour Plaza, and troops left the Kestrel Barracks."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Places)
	want := []string{"Lakeside Resort", "Harbour Plaza", "Kestrel Barracks"}
	if !slices.Equal(got, want) {
		t.Errorf("places = %v, want %v", got, want)
	}
}
