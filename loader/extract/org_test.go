package extract

import (
	"slices"
	"testing"
)

func TestOrgsFromHeadNouns(t *testing.T) {
	body := "The partners set up a Joint Planning Commission and will support the Armed Forces of Ukraine. A Harbour Protection Force for Belgium will follow. The Commission meets monthly."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Organizations)
	want := []string{"Joint Planning Commission", "Armed Forces of Ukraine", "Harbour Protection Force for Belgium"}
	if !slices.Equal(got, want) {
		t.Fatalf("organizations = %v, want %v", got, want)
	}
	o := a.Result.Organizations[0]
	if o.ID != "org:joint-planning-commission" || !slices.Equal(o.Mentions, []string{"Joint Planning Commission", "Commission"}) {
		t.Errorf("commission = %s %v, want slug id and the head-noun mention", o.ID, o.Mentions)
	}
	if _, ok := entityNamed(a.Result.Countries, "Ukraine"); !ok {
		t.Errorf("countries = %v, want Ukraine inside the body's name too", entityNames(a.Result.Countries))
	}
}

func TestOrgsNotFromHeadingsOrLowerCase(t *testing.T) {
	body := "SPECIAL COMMISSION PLANNED\n\nA special commission and multinational forces are planned."
	a := runEntityStages(t, body, nil)
	if len(a.Result.Organizations) != 0 {
		t.Errorf("organizations = %v, want none", entityNames(a.Result.Organizations))
	}
}

func TestOrgsGazetteerOutletsAndPlatforms(t *testing.T) {
	body := "A draft seen by the Reuters news agency was posted on X by NATO."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Organizations)
	if !slices.Equal(got, []string{"Reuters", "NATO"}) {
		t.Fatalf("organizations = %v, want [Reuters NATO]", got)
	}
	if a.Result.Organizations[0].Kind != "outlet" || a.Result.Organizations[1].Kind != "organization" {
		t.Errorf("kinds = %s, %s", a.Result.Organizations[0].Kind, a.Result.Organizations[1].Kind)
	}
}

func TestOrgsWithInnerAnd(t *testing.T) {
	a := runEntityStages(t, "He is secretary of the National Security and Defence Council of Ukraine.", nil)
	if got := entityNames(a.Result.Organizations); !slices.Equal(got, []string{"National Security and Defence Council of Ukraine"}) {
		t.Errorf("organizations = %v", got)
	}
}

func TestOrganizationsWrittenInLowerCase(t *testing.T) {
	body := "The French foreign ministry said the talks went well. The presidential office said the deal was signed. The ministry of the interior met. A cabinet meeting followed."
	a := runEntityStages(t, body, nil)
	got := entityNames(a.Result.Organizations)
	want := []string{"French foreign ministry", "presidential office"}
	if !slices.Equal(got, want) {
		t.Fatalf("organizations = %v, want %v", got, want)
	}
	if _, ok := entityNamed(a.Result.Countries, "France"); !ok {
		t.Errorf("countries = %v, want France from the nested adjective", entityNames(a.Result.Countries))
	}
}

func TestOrganizationsWithJoinedComplement(t *testing.T) {
	a := runEntityStages(t, "The Ministry of Health and Social Welfare of Freedonia is pleased to report. The Ministry of Labour and France signed.", nil)
	got := entityNames(a.Result.Organizations)
	want := []string{"Ministry of Health and Social Welfare", "Ministry of Labour"}
	if !slices.Equal(got, want) {
		t.Fatalf("organizations = %v, want %v", got, want)
	}
}

func TestOrganizationsNotNamesOfOtherThings(t *testing.T) {
	a := runEntityStages(t, "He flew on Harbour Force One. A new Coastal Resilience Fund was launched under the Coastal Fund Facility. The Harbour Protection Force met.", nil)
	got := entityNames(a.Result.Organizations)
	want := []string{"Harbour Protection Force"}
	if !slices.Equal(got, want) {
		t.Fatalf("organizations = %v, want %v", got, want)
	}
}

func TestOrganizationsEmployingPeople(t *testing.T) {
	a := runEntityStages(t, "\"Rates will fall,\" said Tomas Reyes, chief economist at Harbour Credit, a lender based in Lakeside. He met a fellow at the Lakeside Institute.", nil)
	got := entityNames(a.Result.Organizations)
	want := []string{"Harbour Credit", "Lakeside Institute"}
	if !slices.Equal(got, want) {
		t.Fatalf("organizations = %v, want %v", got, want)
	}
	if _, ok := entityNamed(a.Result.Places, "Harbour Credit"); ok {
		t.Errorf("places = %v: an employer is no place", entityNames(a.Result.Places))
	}
}

func TestLowerCaseBodyNamedBefore(t *testing.T) {
	a := runEntityStages(t, "The Belgian Foreign Ministry said talks would go on. Later the foreign ministry said more.", nil)
	got := entityNames(a.Result.Organizations)
	if len(got) != 1 {
		t.Fatalf("organizations = %v, want one body", got)
	}
}
