package extract

import (
	"slices"
	"testing"
)

func TestCorefSurnames(t *testing.T) {
	body := "Prime Minister Bart De Vries met Emmanuel Macron. De Vries said Macron's plan was sound. Later, Macron left."
	a := runEntityStages(t, body, nil)
	p, ok := entityNamed(a.Result.Persons, "Bart De Vries")
	if !ok || !slices.Equal(p.Mentions, []string{"Bart De Vries", "De Vries"}) {
		t.Errorf("De Vries = %+v, want the particle surname resolved", p)
	}
	m, _ := entityNamed(a.Result.Persons, "Emmanuel Macron")
	if len(m.Evidence) != 3 {
		t.Errorf("Macron evidence = %v, want 3 spans", m.Evidence)
	}
	if len(a.Result.Persons) != 2 {
		t.Errorf("persons = %v, want 2", entityNames(a.Result.Persons))
	}
}

func TestCorefQuotedLowerCaseNameAndHead(t *testing.T) {
	body := "The so-called \"coalition of the willing\" met. The coalition agreed, and Coalition members left."
	a := runEntityStages(t, body, nil)
	o, ok := entityNamed(a.Result.Organizations, "Coalition of the Willing")
	if !ok {
		t.Fatalf("organizations = %v, want the coalition", entityNames(a.Result.Organizations))
	}
	if want := []string{"coalition of the willing", "coalition", "Coalition"}; !slices.Equal(o.Mentions, want) {
		t.Errorf("mentions = %v, want %v", o.Mentions, want)
	}
}

func TestCorefHeadNeedsTheBody(t *testing.T) {
	a := runEntityStages(t, "A coalition of states met. The coalition agreed.", nil)
	if len(a.Result.Organizations) != 0 {
		t.Errorf("organizations = %v, want none without a named body", entityNames(a.Result.Organizations))
	}
}

func TestBareHeadOfAChildBody(t *testing.T) {
	a := runEntityStages(t, "The Freedonian League approved the plan. The Commission will pay first. The Council met later.", nil)
	got := entityNames(a.Result.Organizations)
	want := []string{"Freedonian League", "League Commission"}
	if !slices.Equal(got, want) {
		t.Fatalf("organizations = %v, want %v (the Council is ambiguous)", got, want)
	}
	b := runEntityStages(t, "The Commission will pay first.", nil)
	if len(b.Result.Organizations) != 0 {
		t.Errorf("organizations = %v, want none without the parent body", entityNames(b.Result.Organizations))
	}
}

func TestTitledGivenName(t *testing.T) {
	body := "Crown Prince Karim bin Faisal arrived in Paris. Prince Karim said the talks went well."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Persons)
	if !slices.Equal(got, []string{"Karim bin Faisal"}) {
		t.Fatalf("persons = %v, want one person", got)
	}
}

func TestCorefQuotedOutletNeedsACapital(t *testing.T) {
	body := "The minister cited “ruritania herald” as a motto. Editors at “Ruritania Herald” disagreed."
	a := runEntityStages(t, body, nil)
	o, ok := entityNamed(a.Result.Organizations, "Ruritania Herald")
	if !ok {
		t.Fatalf("organizations = %v, want the quoted outlet", entityNames(a.Result.Organizations))
	}
	if !slices.Equal(o.Mentions, []string{"Ruritania Herald"}) {
		t.Errorf("mentions = %v, want only the capitalised quote", o.Mentions)
	}
}
