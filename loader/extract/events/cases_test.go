package events_test

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/internal/extracttest"
	"github.com/kg-project/kg/loader/extract/model"
)

// The tests of this package's external test files run the fact stages
// (events, attributions, commitments) over documents built by hand
// (extracttest.FactDoc) and check the events found.

// eventsOf runs the fact stages over f's Analysis, checks the events'
// evidence and returns the Analysis and its events.
func eventsOf(t *testing.T, f extracttest.FactDoc) (*model.Analysis, []model.Event) {
	t.Helper()
	a := f.Analysis(t)
	extracttest.RunFactStages(t, a)
	for _, ev := range a.Result.Events {
		extracttest.CheckEvidence(t, a, "event "+ev.Type, ev.Evidence)
	}
	return a, a.Result.Events
}

// eventCase is a fact document and its checks on the Analysis and the
// events the fact stages find in it; name is the case's subtest.
type eventCase struct {
	name  string
	doc   extracttest.FactDoc
	check func(t *testing.T, a *model.Analysis, evs []model.Event)
}

// runEventCases runs each case as a subtest.
func runEventCases(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, evs := eventsOf(t, tc.doc)
			tc.check(t, a, evs)
		})
	}
}
