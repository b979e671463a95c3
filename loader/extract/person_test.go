package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/loader/extract/credits"
)

func TestPersonsAfterTitles(t *testing.T) {
	body := "Belgian Prime Minister Jan Peeters met French President Emmanuel Macron and special envoy Anne-Marie de Vries in Paris. Peeters said little."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	want := []string{"Jan Peeters", "Emmanuel Macron", "Anne-Marie de Vries"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %v, want %v", got, want)
	}
	p := a.Result.Persons[0]
	if p.ID != "person:jan-peeters" || !slices.Equal(p.Mentions, []string{"Jan Peeters", "Peeters"}) {
		t.Errorf("Jan Peeters = %s %v, want slug id and the surname mention", p.ID, p.Mentions)
	}
	if a.Result.Persons[1].ID != "person:emmanuel-macron" || a.Result.Persons[1].InGazetteer != "emmanuel-macron" {
		t.Errorf("Macron = %+v, want the gazetteer id", a.Result.Persons[1])
	}
}

func TestPersonsAvoidNonNames(t *testing.T) {
	body := "The Coalition met on Tuesday. President Armed Forces rejected nothing. In March the Special Commission met.\n\nPROTECTION AND SECURITY\n"
	a := runEntityStages(t, body, nil)
	if len(a.Result.Persons) != 0 {
		t.Errorf("persons = %v, want none", entityNames(a.Result.Persons))
	}
}

func TestPersonsFromCredits(t *testing.T) {
	body := "The mayor greets the minister. © Jean DUPONT / AFP\n\nThe ports met.\n\n(Additional reporting by Ana Silva, Tom Lee; Writing by Rui Costa and Eva Marques)\n"
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	want := []string{"Jean Dupont", "Ana Silva", "Tom Lee", "Rui Costa", "Eva Marques"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %v, want %v", got, want)
	}
	if m := a.Result.Persons[0].Mentions; !slices.Equal(m, []string{"Jean DUPONT"}) {
		t.Errorf("photographer mentions = %v, want the surface form", m)
	}
	if a.Result.Persons[0].ID != "person:jean-dupont" {
		t.Errorf("photographer id = %s", a.Result.Persons[0].ID)
	}
	if _, ok := entityNamed(a.Result.Organizations, "AFP"); !ok {
		t.Errorf("organizations = %v, want AFP from the credit", entityNames(a.Result.Organizations))
	}
}

func TestPersonsAppositive(t *testing.T) {
	a := runEntityStages(t, "The talks were led by Maria Lopes, the Belgian Foreign Minister, on Monday.", nil)
	p, ok := entityNamed(a.Result.Persons, "Maria Lopes")
	if !ok {
		t.Fatalf("persons = %v, want Maria Lopes", entityNames(a.Result.Persons))
	}
	if !slices.Equal(p.RoleLabels, []string{"Minister of Foreign Affairs of Belgium"}) {
		t.Errorf("roles = %v", p.RoleLabels)
	}
}

func TestPersonsNotFromTitleCaseHeadlines(t *testing.T) {
	body := "Envoy Tom Baker Says Harbour Talks Were Productive\n\nThe talks went well, envoy Tom Baker said.\n"
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	if !slices.Equal(got, []string{"Tom Baker"}) {
		t.Errorf("persons = %v, want only the name found in running text", got)
	}
}

func TestPersonsSpeakers(t *testing.T) {
	body := "\"It works,\" said Maria Lopes. Deutsche Bank said little, and Jan Novak said more. Novak left."
	a := runEntityStages(t, body, nil)
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"Maria Lopes", "Jan Novak"}) {
		t.Errorf("persons = %v, want the two speakers and not the bank", got)
	}
	if p, _ := entityNamed(a.Result.Persons, "Jan Novak"); len(p.Evidence) != 2 {
		t.Errorf("Jan Novak evidence = %v, want the surname too", p.Evidence)
	}
}

func TestPersonsTrailingCredit(t *testing.T) {
	body := "WASHINGTON (AP) — Talks went on.\n\nAssociated Press writers Jill Roe in Washington and Sam Poe in Kyiv contributed to this report.\n"
	a := runEntityStages(t, body, nil)
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"Jill Roe", "Sam Poe"}) {
		t.Fatalf("persons = %v, want the two contributors", got)
	}
	if got := personRoles(t, a, "Sam Poe"); !slices.Equal(got, []string{"additional reporting (AP)"}) {
		t.Errorf("roles = %v, want the dateline credit as outlet", got)
	}
}

func TestPersonsMiddleInitial(t *testing.T) {
	a := runEntityStages(t, "Envoy John F. Baker met President Anna Costa. President Tom B. left.", nil)
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"John F. Baker", "Anna Costa"}) {
		t.Errorf("persons = %v", got)
	}
}

func TestPersonsArabicArticleSurname(t *testing.T) {
	body := "Freedonian Foreign Minister Karim Nabil al-Rashid met Ruritanian Investment Minister Samir el-Amin in Paris."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	want := []string{"Karim Nabil al-Rashid", "Samir el-Amin"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %v, want %v", got, want)
	}
}

func TestPersonsAfterTitleHonorificsAndShortSurnames(t *testing.T) {
	body := "The Minister of Finance, Dr. Karel Novak, says the deal holds. Ruritanian Vice Premier He Wenbo described the outcome. Macron travelled with billionaire Oskar Brandt.\n\nSource: Ivan Petrenko, Deputy Head of the Office of the President, as reported by Interfax."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	want := []string{"Karel Novak", "He Wenbo", "Emmanuel Macron", "Oskar Brandt", "Ivan Petrenko"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %v, want %v", got, want)
	}
}

func TestPersonsNotFromClausesPlatformsOrGovernments(t *testing.T) {
	body := "At the Grand Court, Brandt called the prince a friend. On Truth Social, the French President posted a map. " +
		"Ana Ruiz, the bank's chief economist, said rates would fall. " +
		"Maria Kowalska, Chief Executive Officer of the Freedonia Fund, stated that aid matters. The Macron administration is reviewing aid."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	want := []string{"Ana Ruiz", "Maria Kowalska"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %v, want %v", got, want)
	}
}

func TestPersonsOnALineOpeningAQuote(t *testing.T) {
	body := "Asked about the Plan, the Minister of Finance and Social Welfare, Dr. Karel Novak, Says:\n\"We Are Grateful.\""
	a := runEntityStages(t, body, nil)
	if got := entityNames(a.Result.Persons); !slices.Equal(got, []string{"Karel Novak"}) {
		t.Fatalf("persons = %v, want Karel Novak", got)
	}
}

func TestPersonsAfterHonorificsAndPersonNouns(t *testing.T) {
	a := runEntityStages(t, "Investor Oskar Brandt met Dr. Amara Diallo and Sir Tom Field in Lakeside.", nil)
	got := entityNames(a.Result.Persons)
	want := []string{"Oskar Brandt", "Amara Diallo", "Tom Field"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %v, want %v", got, want)
	}
}

func TestPersonsNotBodiesBeforeSpeech(t *testing.T) {
	a := runEntityStages(t, "Local Police said three people died. Harbour Rights International said the raids were unlawful.", nil)
	if got := entityNames(a.Result.Persons); len(got) != 0 {
		t.Errorf("persons = %v, want none", got)
	}
}

func TestDisplayNameKeepsRegnalNumbers(t *testing.T) {
	for in, want := range map[string]string{"Abdullah II": "Abdullah II", "KARL XIV": "Karl XIV", "Ludovic MARIN": "Ludovic Marin", "Wang LI": "Wang Li"} {
		if got := credits.DisplayName(in); got != want {
			t.Errorf("displayName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPersonsInListItems(t *testing.T) {
	body := "Participants:\n- Minister of Foreign Affairs Jane Roe (Freedonia)\n- State Secretary Tom Lee, Ministry of Trade of Ruritania\n- Ambassador Anna Berg, Permanent Representative\n"
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	want := []string{"Jane Roe", "Tom Lee", "Anna Berg"}
	if !slices.Equal(got, want) {
		t.Fatalf("persons = %v, want %v", got, want)
	}
}
