package extract

import (
	"slices"
	"testing"
)

func TestPersonsAfterHonorificsWithSuffix(t *testing.T) {
	body := "The treaty was signed in the presence of His Excellency Jorge M. Salcedo, Jr., President of Chile, with Hon. Pedro Ramos III and Prof. Ana Teles."
	a := runEntityStages(t, body, nil)
	var mentions []string
	for _, p := range a.Result.Persons {
		mentions = append(mentions, p.Mentions...)
	}
	want := []string{"Jorge M. Salcedo, Jr.", "Pedro Ramos III", "Ana Teles"}
	if !slices.Equal(mentions, want) {
		t.Fatalf("person mentions = %v, want %v", mentions, want)
	}
}

func TestPersonsGluedToTitleComplement(t *testing.T) {
	body := "The envoy met Adviser to the Prime Minister on Trade and Industry Kamal Hussain, and Finance Secretary Omar Farouk Aziz in Cairo. President Lena Moor and Anna Maria Berg spoke."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	for _, want := range []string{"Kamal Hussain", "Omar Farouk Aziz", "Lena Moor"} {
		if !slices.Contains(got, want) {
			t.Errorf("persons = %v, want %s", got, want)
		}
	}
	for _, bad := range []string{"Industry Kamal Hussain", "Maria Berg"} {
		if slices.Contains(got, bad) {
			t.Errorf("persons = %v, want no %s", got, bad)
		}
	}
}

func TestPersonsWithStopWordInitial(t *testing.T) {
	a := runEntityStages(t, "The ceremony was attended by Hon. Pedro A. Reyes, Secretary for Foreign Affairs of Chile.", nil)
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"Pedro A. Reyes"}) {
		t.Fatalf("persons = %v, want Pedro A. Reyes", got)
	}
}

func TestPersonsFromBracketPhotoCredit(t *testing.T) {
	body := "Leaders lay flowers in Rome on Monday. (Anna Berg/Pool Photo via AP)\n\nThe talks went on (Rome/Paris).\n"
	a := runEntityStages(t, body, nil)
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"Anna Berg"}) {
		t.Fatalf("persons = %v, want the photographer only", got)
	}
	if r := a.Result.Persons[0].RoleLabels; len(r) != 1 {
		t.Errorf("photographer roles = %v, want the photo credit role", r)
	}
}
