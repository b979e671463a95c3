package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

func commitmentsOf(t *testing.T, f factDoc) []model.Commitment {
	t.Helper()
	a := f.analysis(t)
	runFactStages(t, a)
	for _, c := range a.Result.Commitments {
		checkEvidence(t, a, "commitment "+c.What, c.Evidence)
	}
	return a.Result.Commitments
}

type wantCommit struct{ by, to, kind, status string }

func checkCommits(t *testing.T, got []model.Commitment, want []wantCommit) {
	t.Helper()
	if len(got) != len(want) {
		for _, c := range got {
			t.Logf("%v -> %v %s %s: %s", c.ByIDs, c.ToID, c.Kind, c.Status, c.What)
		}
		t.Fatalf("got %d commitments, want %d", len(got), len(want))
	}
	for i, w := range want {
		c := got[i]
		if strings.Join(c.ByIDs, ",") != w.by || c.ToID != w.to || c.Kind != w.kind || c.Status != w.status {
			t.Errorf("commitment %d = %v -> %q %s %s (%s); want %s -> %q %s %s", i, c.ByIDs, c.ToID, c.Kind, c.Status, c.What, w.by, w.to, w.kind, w.status)
		}
	}
}

func TestCommitmentsOfAStatement(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "primary", date: "2026-03-01",
		body: "Statement of the Northern Group\n" +
			"We agreed to provide air defence systems to Moldova once the border is secure.\n" +
			"The components will include the following:\n" +
			"- funding for the energy grid\n" +
			"- support for the state budget\n" +
			"- training of pilots\n" +
			"We will not send combat troops.\n" +
			"These measures may be reviewed every year.\n" +
			"The group also supports a proposed EU-led observer mission to monitor the border.\n",
		mentions: []factMention{{"Northern Group", "org:northern-group", "organization", ""},
			{"Moldova", "country:MDA", "country", ""}, {"EU", "org:eu", "organization", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"org:northern-group", "country:MDA", "military support", "agreed"},
		{"org:northern-group", "country:MDA", "financial support", "agreed"},
		{"org:northern-group", "country:MDA", "defence cooperation", "agreed"},
		{"org:northern-group", "country:MDA", "troop deployment", "denied"},
		{"org:northern-group", "country:MDA", "ceasefire monitoring", "agreed"},
		{"org:eu", "country:MDA", "ceasefire monitoring", "proposed"},
	})
	if got[0].Condition == nil || *got[0].Condition != "once the border is secure" {
		t.Errorf("condition = %v", got[0].Condition)
	}
	if len(got[1].Evidence) != 2 {
		t.Errorf("financial support should hold both list items, has %d spans", len(got[1].Evidence))
	}
	if len(got[3].Evidence) != 2 {
		t.Errorf("the sentence referring back should join the last commitment: %d spans", len(got[3].Evidence))
	}
}

func TestCommitmentsOfAReport(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary", date: "2026-03-02",
		body: "A draft communique of the Danube Forum seen by Reuters says the partners will finance a new grain corridor for Moldova.\n" +
			"Officials said Romania has offered to deploy soldiers for up to two years.\n" +
			"Romania ruled out sending troops.\n" +
			"Bulgaria would also take part in a mission to monitor the river under Romania's leadership.\n",
		mentions: []factMention{{"Danube Forum", "org:danube-forum", "organization", ""}, {"Reuters", "org:reuters", "outlet", ""},
			{"Moldova", "country:MDA", "country", ""}, {"Romania", "country:ROU", "country", ""},
			{"Romania", "country:ROU", "country", ""}, {"Bulgaria", "country:BGR", "country", ""}, {"Romania", "country:ROU", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"org:danube-forum", "country:MDA", "financial support", "draft"},
		{"country:ROU", "country:MDA", "troop deployment", "reported"},
		{"country:ROU", "country:MDA", "troop deployment", "denied"},
		// not what the draft says: a document naming a draft somewhere
		// does not make every commitment in it a draft; "would" with no
		// source is an offer
		{"country:BGR", "country:MDA", "ceasefire monitoring", "proposed"},
		{"country:ROU", "country:MDA", "ceasefire monitoring", "proposed"},
	})
	if got[1].Horizon != "up to two years" {
		t.Errorf("horizon = %q", got[1].Horizon)
	}
	if got[0].ID == got[1].ID || !strings.HasPrefix(got[0].ID, "commitment:financial-support-") {
		t.Errorf("ids %q %q", got[0].ID, got[1].ID)
	}
}

func TestCommitmentTopicIsNoCommitment(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "Envoys will continue negotiations on security guarantees for Moldova.\n" +
			"Until recently the focus was on pledges of weapons.\n",
		mentions: []factMention{{"Moldova", "country:MDA", "country", ""}},
	})
	if len(got) != 0 {
		t.Errorf("topics taken as commitments: %+v", got)
	}
}

func TestCommitmentOfASecondActor(t *testing.T) {
	got := commitmentsOf(t, factDoc{
		kind: "secondary",
		body: "A draft statement says the Harbour League will finance a port authority that Moldova wants to establish.\n" +
			"These funds would be managed under Romania's leadership, and a Bulgaria-led patrol would guard the port if it is attacked.\n",
		mentions: []factMention{{"Harbour League", "org:harbour-league", "organization", ""}, {"Moldova", "country:MDA", "country", ""},
			{"Romania", "country:ROU", "country", ""}, {"Bulgaria", "country:BGR", "country", ""}},
	})
	checkCommits(t, got, []wantCommit{
		{"org:harbour-league", "", "financial support", "draft"},
		{"country:MDA", "", "financial support", "proposed"},
		{"country:ROU", "", "financial support", "draft"},
		{"country:BGR", "", "financial support", "draft"},
	})
	if got[2].Condition != nil || got[3].Condition == nil {
		t.Errorf("conditions %v %v: only the Bulgarian patrol is conditional", got[2].Condition, got[3].Condition)
	}
}

// The words naming a claim's source are not part of the commitment.
func TestCommitmentIgnoresSourceWords(t *testing.T) {
	got := commitmentsOf(t, factDoc{kind: "secondary",
		body:     "Austria has not yet agreed to the plan, according to two officials familiar with the talks.\n",
		mentions: []factMention{{"Austria", "country:AUT", "country", ""}}})
	if len(got) != 0 {
		t.Errorf("got %+v", got)
	}
}
