package extract

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/attributions"
	"github.com/kg-project/kg/loader/extract/commitments"
	"github.com/kg-project/kg/loader/extract/events"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/token"
)

func TestEventLexiconLoads(t *testing.T) {
	lex, err := events.LoadEventLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Types) < 7 {
		t.Errorf("event lexicon has %d types, want every type but other", len(lex.Types))
	}
	for _, ty := range lex.Types {
		if !lexicon.Known(lexicon.EventKinds, ty.Name) || ty.Triggers.Len() == 0 {
			t.Errorf("type %q: unknown or without triggers", ty.Name)
		}
	}
}

func TestCommitmentLexiconLoads(t *testing.T) {
	lex, err := commitments.LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, k := range lex.Kinds {
		seen[k.Name] = true
	}
	for _, k := range lexicon.CommitmentKinds {
		if !seen[k] {
			t.Errorf("kind %q missing from the lexicon", k)
		}
	}
	if len(lex.SecondActor) == 0 || lex.Verbs.Len() == 0 || lex.Conditions.Len() == 0 {
		t.Error("second_actor, verbs or conditions empty")
	}
	if len(lex.Mission) == 0 || lex.Amounts.Len() == 0 || lex.AmountKind == "" || lex.Readiness.Len() == 0 ||
		lex.TriggerMarkers.Len() == 0 || lex.Triggers.Len() == 0 {
		t.Error("mission, amounts, amount_kind, readiness or condition triggers empty")
	}
	for _, m := range lex.TriggerMarkers.List {
		if !lex.Conditions.HasRaw(m.Raw) {
			t.Errorf("trigger marker %q is not a condition marker", m.Raw)
		}
	}
}

func TestAttributionLexiconLoads(t *testing.T) {
	lex, err := attributions.LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for g := range lex.Generic {
		if _, ok := lex.Documents.First(token.Tokens(g, 0, len(g))); !ok {
			t.Errorf("generic document %q does not match the documents list", g)
		}
	}
}

func TestLexiconRejectsBadContent(t *testing.T) {
	cases := []struct {
		name, path, body string
		load             func(fstest.MapFS) error
	}{
		{"unknown event type", events.EventLexiconPath, "types:\n  - type: party\n    triggers: [party]\n",
			func(f fstest.MapFS) error { _, err := events.LoadEventLexicon(f); return err }},
		{"duplicate trigger", events.EventLexiconPath, "types:\n  - type: summit\n    triggers: [summit, Summit]\n",
			func(f fstest.MapFS) error { _, err := events.LoadEventLexicon(f); return err }},
		{"unknown kind", commitments.LexiconPath, "kinds:\n  - kind: charity\n    keywords: [gift]\n",
			func(f fstest.MapFS) error { _, err := commitments.LoadLexicon(f); return err }},
		{"unknown status", commitments.LexiconPath, "kinds:\n  - kind: other\n    keywords: []\nstatus:\n  rumoured: [rumour]\n",
			func(f fstest.MapFS) error { _, err := commitments.LoadLexicon(f); return err }},
		{"second actor without slot", commitments.LexiconPath, "kinds:\n  - kind: other\n    keywords: []\nstatus:\n  denied: [no]\n  signed: [signed]\n  proposed: [plan]\n  reported: [said]\n  agreed: [will]\nsecond_actor: [led by]\n",
			func(f fstest.MapFS) error { _, err := commitments.LoadLexicon(f); return err }},
		{"unknown mission kind", commitments.LexiconPath, "kinds:\n  - kind: other\n    keywords: []\nstatus:\n  denied: [no]\n  signed: [signed]\n  proposed: [plan]\n  reported: [said]\n  agreed: [will]\nmission: [charity]\n",
			func(f fstest.MapFS) error { _, err := commitments.LoadLexicon(f); return err }},
		{"unknown amount kind", commitments.LexiconPath, "kinds:\n  - kind: other\n    keywords: []\nstatus:\n  denied: [no]\n  signed: [signed]\n  proposed: [plan]\n  reported: [said]\n  agreed: [will]\namount_kind: charity\n",
			func(f fstest.MapFS) error { _, err := commitments.LoadLexicon(f); return err }},
		{"unknown located kind", commitments.LexiconPath, "kinds:\n  - kind: other\n    keywords: []\nstatus:\n  denied: [no]\n  signed: [signed]\n  proposed: [plan]\n  reported: [said]\n  agreed: [will]\nlocated_beneficiary: [charity]\n",
			func(f fstest.MapFS) error { _, err := commitments.LoadLexicon(f); return err }},
		{"empty attribution list", attributions.LexiconPath, "verbs: [said]\n",
			func(f fstest.MapFS) error { _, err := attributions.LoadLexicon(f); return err }},
	}
	for _, tc := range cases {
		err := tc.load(fstest.MapFS{tc.path: {Data: []byte(tc.body)}})
		if !errors.Is(err, lexicon.ErrLexicon) {
			t.Errorf("%s: got %v, want ErrLexicon", tc.name, err)
		}
	}
	if _, err := events.LoadEventLexicon(fstest.MapFS{}); err == nil {
		t.Error("missing lexicon file: no error")
	}
	bad := fstest.MapFS{events.EventLexiconPath: {Data: []byte("types: [\n")}}
	if _, err := events.LoadEventLexicon(bad); err == nil {
		t.Error("malformed YAML: no error")
	}
}
