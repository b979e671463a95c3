package extract

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// officeDoc is an invented report in which "the presidential office"
// pledges, carried by outlet (a gazetteer outlet, or "" for none) and
// naming Taiwan when named is set.
func officeDoc(t *testing.T, outlet string, named bool) []model.Commitment {
	t.Helper()
	body := "The presidential office pledged to keep expanding coast guard patrols.\n"
	ms := []factMention{{"presidential office", "org:presidential-office", "organization", ""}}
	if named {
		body += "Taiwan welcomed the decision.\n"
		ms = append(ms, factMention{"Taiwan", "country:TWN", "country", ""})
	}
	a := factDoc{kind: "secondary", body: body, mentions: ms}.analysis(t)
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	a.Gaz = gaz
	if outlet != "" {
		a.Result.Document.Outlet = &outlet
	}
	if named {
		a.Result.Countries = append(a.Result.Countries, model.Entity{ID: "country:TWN", Name: "Taiwan", Kind: "country"})
	}
	runFactStages(t, a)
	return a.Result.Commitments
}

func TestCommitmentBareOfficeOfANationalOutletIsItsState(t *testing.T) {
	checkCommits(t, officeDoc(t, "Central News Agency", true),
		[]wantCommit{{"org:presidential-office,country:TWN", "", "other", "agreed"}})
}

func TestCommitmentBareOfficeStaysAloneWithoutAHomeState(t *testing.T) {
	// no outlet known, or the outlet's state is never named: whose
	// office it is stays open
	checkCommits(t, officeDoc(t, "", true), []wantCommit{{"org:presidential-office", "", "other", "agreed"}})
	checkCommits(t, officeDoc(t, "Central News Agency", false), []wantCommit{{"org:presidential-office", "", "other", "agreed"}})
}
