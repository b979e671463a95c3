package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

func personRoles(t *testing.T, a *model.Analysis, name string) []string {
	t.Helper()
	p, ok := entityNamed(a.Result.Persons, name)
	if !ok {
		t.Fatalf("no person %s in %v", name, entityNames(a.Result.Persons))
	}
	return p.RoleLabels
}

func TestRolesFromTitles(t *testing.T) {
	body := "Belgian Prime Minister Jan Peeters met U.S. President Emmanuel Macron's special envoy Tom Baker and Macron's son-in-law Luc Moreau. President Ana Costa also came, with the American leader's wife Eva Stone."
	a := runEntityStages(t, body, nil)
	for name, want := range map[string][]string{
		"Jan Peeters":     {"Prime Minister of Belgium"},
		"Emmanuel Macron": {"President of the United States"},
		"Tom Baker":       {"special envoy of Emmanuel Macron"},
		"Luc Moreau":      {"son-in-law of Emmanuel Macron"},
		"Ana Costa":       {"President"},
		"Eva Stone":       {"wife of the American leader"},
	} {
		if got := personRoles(t, a, name); !slices.Equal(got, want) {
			t.Errorf("%s roles = %v, want %v", name, got, want)
		}
	}
	p, _ := entityNamed(a.Result.Persons, "Jan Peeters")
	if d := p.RoleDetails[0]; d.Title != "Prime Minister" || d.OfID != "country:BEL" || d.OfName != "Belgium" || len(d.Evidence) != 1 || d.Evidence[0].Text != "Belgian Prime Minister Jan Peeters" {
		t.Errorf("role details = %+v", d)
	}
}

func TestRolesPossessiveCountryAndCounterpart(t *testing.T) {
	body := "France's President Emmanuel Macron spoke. Belgian Prime Minister Jan Peeters, who is in Paris, met his French counterpart Luc Moreau."
	a := runEntityStages(t, body, nil)
	if got := personRoles(t, a, "Emmanuel Macron"); !slices.Equal(got, []string{"President of France"}) {
		t.Errorf("Macron roles = %v", got)
	}
	if got := personRoles(t, a, "Luc Moreau"); !slices.Equal(got, []string{"Prime Minister of France"}) {
		t.Errorf("counterpart roles = %v, want the possessor's office in France", got)
	}
}

func TestRolesFromCredits(t *testing.T) {
	body := "By Jane Roe\n\nLISBON, March 3, 2025 (Reuters) - Ministers met.\n\n(Additional reporting by Tom Lee; Writing by Jane Roe and Eva Marques)\n"
	a := runEntityStages(t, body, nil)
	for name, want := range map[string][]string{
		"Jane Roe":    {"author (Reuters byline)"},
		"Tom Lee":     {"additional reporting (Reuters)"},
		"Eva Marques": {"author (Reuters writing credit)"},
	} {
		if got := personRoles(t, a, name); !slices.Equal(got, want) {
			t.Errorf("%s roles = %v, want %v", name, got, want)
		}
	}
}

func TestRolesNoOfficeFromGazetteer(t *testing.T) {
	a := runEntityStages(t, "Emmanuel Macron arrived.", nil)
	if got := personRoles(t, a, "Emmanuel Macron"); len(got) != 0 {
		t.Errorf("roles = %v, want none: the text states no title", got)
	}
}

func TestRolesAppositiveWithInitials(t *testing.T) {
	a := runEntityStages(t, "Emmanuel Macron spoke. Macron, the U.S. special envoy, was expected.", nil)
	if got := personRoles(t, a, "Emmanuel Macron"); !slices.Equal(got, []string{"special envoy of the United States"}) {
		t.Errorf("roles = %v", got)
	}
}

func TestRolesTitleCommaName(t *testing.T) {
	body := "The defence secretary, Jane Roe, said more. Belgium's prime minister, Jan Peeters, agreed."
	a := runEntityStages(t, body, nil)
	if got := personRoles(t, a, "Jane Roe"); !slices.Equal(got, []string{"Secretary of Defense"}) && !slices.Equal(got, []string{"Defence Secretary"}) {
		t.Errorf("Jane Roe roles = %v", got)
	}
	if got := personRoles(t, a, "Jan Peeters"); !slices.Equal(got, []string{"Prime Minister of Belgium"}) {
		t.Errorf("Jan Peeters roles = %v", got)
	}
}

func TestRolesKeepModifiers(t *testing.T) {
	a := runEntityStages(t, "Former Belgian Prime Minister Jan Peeters spoke.", nil)
	if got := personRoles(t, a, "Jan Peeters"); !slices.Equal(got, []string{"former Prime Minister of Belgium"}) {
		t.Errorf("roles = %v, want the modifier kept", got)
	}
}

func TestRolesWithComplement(t *testing.T) {
	body := "Secretary General of NATO Jan Peeters spoke. Later Ana Costa, secretary of the Coalition of the Willing, agreed."
	a := runEntityStages(t, body, nil)
	if got := personRoles(t, a, "Jan Peeters"); !slices.Equal(got, []string{"Secretary General of NATO"}) {
		t.Errorf("Jan Peeters roles = %v", got)
	}
	if got := personRoles(t, a, "Ana Costa"); !slices.Equal(got, []string{"Secretary of the Coalition of the Willing"}) {
		t.Errorf("Ana Costa roles = %v", got)
	}
}

func TestRolesOfASeat(t *testing.T) {
	a := runEntityStages(t, "Kremlin spokesman Ivan Petrov and Elysee adviser Ana Costa spoke.", nil)
	if got := personRoles(t, a, "Ivan Petrov"); !slices.Equal(got, []string{"spokesman of Kremlin"}) {
		t.Errorf("roles = %v", got)
	}
	p, _ := entityNamed(a.Result.Persons, "Ivan Petrov")
	if p.RoleDetails[0].OfID != "country:RUS" {
		t.Errorf("of = %s, want the state the seat stands for", p.RoleDetails[0].OfID)
	}
}

func TestRolesOfAListOfTitledNames(t *testing.T) {
	body := "President of Belgium Jan Peeters, Secretary General of NATO Ana Costa, Prime Minister of Ukraine Tom Baker issued a statement."
	a := runEntityStages(t, body, nil)
	for name, want := range map[string][]string{
		"Jan Peeters": {"President of Belgium"},
		"Ana Costa":   {"Secretary General of NATO"},
		"Tom Baker":   {"Prime Minister of Ukraine"},
	} {
		if got := personRoles(t, a, name); !slices.Equal(got, want) {
			t.Errorf("%s roles = %v, want %v: the title after a comma is the next name's", name, got, want)
		}
	}
}

func TestRolesOfACapitalStandingForItsState(t *testing.T) {
	a := runEntityStages(t, "Washington's envoy Tom Baker met the White House spokesman Jan Peeters.", nil)
	for name, want := range map[string][]string{
		"Tom Baker":   {"envoy of the United States"},
		"Jan Peeters": {"spokesman of the White House"},
	} {
		if got := personRoles(t, a, name); !slices.Equal(got, want) {
			t.Errorf("%s roles = %v, want %v", name, got, want)
		}
	}
}

func TestRoleFromTitleOpeningAGazetteerName(t *testing.T) {
	body := "Belgium's King Karl IV spoke at the summit."
	a := runEntityStagesDoc(t, body, func(d *documentFields) { d.Date = "2024-05-01" })
	p, ok := entityNamed(a.Result.Persons, "Karl IV")
	if !ok {
		t.Fatalf("persons = %v, want Karl IV", entityNames(a.Result.Persons))
	}
	if !slices.Equal(p.RoleLabels, []string{"King of Belgium"}) {
		t.Errorf("roles = %v, want the realm the text names", p.RoleLabels)
	}
	b := runEntityStagesDoc(t, "King Karl IV spoke.", func(d *documentFields) { d.Date = "2019-05-01" })
	if p, _ := entityNamed(b.Result.Persons, "Karl IV"); len(p.RoleLabels) != 0 {
		t.Errorf("roles = %v, want none before the office began", p.RoleLabels)
	}
}

func TestRoleAcrossAnHonorific(t *testing.T) {
	a := runEntityStages(t, "Belgian President Sheikh Karim Nabil met the press.", nil)
	p, ok := entityNamed(a.Result.Persons, "Karim Nabil")
	if !ok {
		t.Fatalf("persons = %v, want Karim Nabil", entityNames(a.Result.Persons))
	}
	if !slices.Equal(p.RoleLabels, []string{"President of Belgium"}) {
		t.Errorf("roles = %v", p.RoleLabels)
	}
}

func TestTitleStartingInsideABodyName(t *testing.T) {
	a := runEntityStages(t, "US Treasury Secretary Jan Peeters met the press. The US Treasury said more.", nil)
	p, ok := entityNamed(a.Result.Persons, "Jan Peeters")
	if !ok || !slices.Equal(p.RoleLabels, []string{"Secretary of the Treasury of the United States"}) {
		t.Fatalf("persons = %v (%v), want Jan Peeters, Secretary of the Treasury of the United States", entityNames(a.Result.Persons), p.RoleLabels)
	}
	o, ok := entityNamed(a.Result.Organizations, "United States Department of the Treasury")
	if !ok || len(o.Evidence) != 1 {
		t.Errorf("organizations = %v, want the Treasury once (where it speaks)", entityNames(a.Result.Organizations))
	}
	if _, ok := entityNamed(a.Result.Countries, "United States"); !ok {
		t.Errorf("countries = %v, want the United States", entityNames(a.Result.Countries))
	}
}

func TestRolesNewTitlesAndDottedHonorific(t *testing.T) {
	a := runEntityStages(t, "The talks were opened by NATO chairperson Karl Lind and by the Minister of Finance, Dr. Olga Marsh, who spoke first.", nil)
	for name, want := range map[string][]string{"Karl Lind": {"Chairperson of NATO"}, "Olga Marsh": {"Minister of Finance"}} {
		p, ok := entityNamed(a.Result.Persons, name)
		if !ok {
			t.Errorf("persons = %v, want %s", entityNames(a.Result.Persons), name)
			continue
		}
		if !slices.Equal(p.RoleLabels, want) {
			t.Errorf("%s roles = %v, want %v", name, p.RoleLabels, want)
		}
	}
}
