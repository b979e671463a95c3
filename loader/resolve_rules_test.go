package loader

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// commitmentDoc is one invented document's commitments: id -> kind, what,
// condition; all by Freedonia to Ruritania.
type commitmentDoc map[string][3]string

var (
	freedonia = schema.ID("country:FRE")
	ruritania = schema.ID("country:RUR")
)

// quadsOf writes a document's commitments as the quads mapper would,
// with the summit they were made at when summit is set.
func (d commitmentDoc) quadsOf(label quad.IRI, summit bool) []quad.Quad {
	q := []quad.Quad{
		{Subject: freedonia, Predicate: schema.Name, Object: quad.String("Freedonia"), Label: label},
		{Subject: ruritania, Predicate: schema.Name, Object: quad.String("Ruritania"), Label: label},
	}
	for id, c := range d {
		n := schema.ID("commitment:" + id)
		q = append(q,
			quad.Quad{Subject: n, Predicate: schema.Type, Object: schema.ClassCommitment, Label: label},
			quad.Quad{Subject: n, Predicate: schema.CommitmentKind, Object: quad.String(c[0]), Label: label},
			quad.Quad{Subject: n, Predicate: schema.CommittedBy, Object: freedonia, Label: label},
			quad.Quad{Subject: n, Predicate: schema.CommittedTo, Object: ruritania, Label: label},
			quad.Quad{Subject: n, Predicate: schema.What, Object: quad.String(c[1]), Label: label})
		if c[2] != "" {
			q = append(q, quad.Quad{Subject: n, Predicate: schema.Condition, Object: quad.String(c[2]), Label: label})
		}
	}
	if summit {
		q = append(q, eventQuads(label, "s-0303", "2026-03-03", true)...)
	}
	return q
}

// resolveAfter stores the earlier documents, then resolves doc; it returns
// where each of doc's commitments goes (its own id when it stays). With
// summit, every document reports the same summit.
func resolveAfter(t *testing.T, earlier []commitmentDoc, doc commitmentDoc, summit bool) map[string]string {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i, d := range earlier {
		label := schema.SourceIRI("earlier-" + string(rune('a'+i)))
		if _, err := st.PutDocument(ctx, label, "h", d.quadsOf(label, summit)); err != nil {
			t.Fatal(err)
		}
	}
	label := schema.SourceIRI("new")
	in := doc.quadsOf(label, summit)
	out, err := resolveFacts(ctx, st.QuadStore(), label, in)
	if err != nil {
		t.Fatal(err)
	}
	moved := map[string]string{}
	for i, q := range in {
		if q.Predicate == schema.Type && q.Object == schema.ClassCommitment {
			moved[localCommitment(q.Subject)] = localCommitment(out[i].Subject)
		}
	}
	return moved
}

// localCommitment returns a commitment IRI's id after "commitment:".
func localCommitment(v quad.Value) string {
	return string(v.(quad.IRI))[len(schema.IDBase+schema.PrefixCommitment):]
}

func TestResolveCommitmentRules(t *testing.T) {
	for _, c := range []struct {
		name    string
		earlier []commitmentDoc
		doc     commitmentDoc
		want    map[string]string
	}{{
		name:    "same wording, other key: merged",
		earlier: []commitmentDoc{{"aid-1": {"military support", "build defensive fortifications along the border", ""}}},
		doc: commitmentDoc{
			"aid-9":  {"military support", "help to build border fortifications", ""},
			"aid-10": {"military support", "train pilots", ""},
		},
		want: map[string]string{"aid-9": "aid-1", "aid-10": "aid-10"},
	}, {
		name:    "only one of its kind on both sides, conditional or not: merged",
		earlier: []commitmentDoc{{"force-1": {"multinational force", "a reassurance force", ""}}},
		doc:     commitmentDoc{"force-2": {"multinational force", "troops from willing nations", "once the fighting stops"}},
		want:    map[string]string{"force-2": "force-1"},
	}, {
		name:    "catch-all kind with other wording: kept apart",
		earlier: []commitmentDoc{{"other-1": {"other", "send medical teams to Ruritania", ""}}},
		doc:     commitmentDoc{"other-2": {"other", "send wheat to Ruritania", ""}},
		want:    map[string]string{"other-2": "other-2"},
	}, {
		name:    "key taken by a different commitment of a document with several: a key of its own",
		earlier: []commitmentDoc{{"aid-1": {"military support", "deliver artillery shells", ""}}},
		doc: commitmentDoc{
			"aid-1": {"military support", "repair damaged bridges", ""},
			"aid-2": {"military support", "train pilots", ""},
		},
		want: map[string]string{"aid-2": "aid-2"},
	}, {
		name:    "two facts of one document never share a node",
		earlier: []commitmentDoc{{"aid-1": {"military support", "deliver artillery shells and rockets", ""}}},
		doc: commitmentDoc{
			"aid-5": {"military support", "deliver artillery shells", ""},
			"aid-6": {"military support", "deliver artillery rockets", ""},
		},
		want: map[string]string{"aid-5": "aid-1", "aid-6": "aid-6"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			got := resolveAfter(t, c.earlier, c.doc, true)
			for id, want := range c.want {
				if got[id] != want {
					t.Errorf("%s -> %s, want %s (all: %v)", id, got[id], want, got)
				}
			}
		})
	}
	// The key-collision case: the new document's aid-1 leaves the stored
	// aid-1 (different wording) for a key of its own.
	got := resolveAfter(t, []commitmentDoc{{"aid-1": {"military support", "deliver artillery shells", ""}}},
		commitmentDoc{"aid-1": {"military support", "repair damaged bridges", ""}, "aid-2": {"military support", "train pilots", ""}}, true)
	if got["aid-1"] == "aid-1" || len(got["aid-1"]) <= len("aid-1") {
		t.Errorf("colliding key kept: aid-1 -> %s", got["aid-1"])
	}
	// Reports of no common event: the same wording, even the same key, is
	// another story's commitment.
	earlier := []commitmentDoc{{"aid-1": {"military support", "build defensive fortifications along the border", ""}}}
	got = resolveAfter(t, earlier, commitmentDoc{"aid-9": {"military support", "help to build border fortifications", ""}}, false)
	if got["aid-9"] != "aid-9" {
		t.Errorf("merged without a common event: aid-9 -> %s", got["aid-9"])
	}
	got = resolveAfter(t, earlier, commitmentDoc{"aid-1": {"military support", "build defensive fortifications along the border", ""}}, false)
	if got["aid-1"] == "aid-1" {
		t.Errorf("same key without a common event kept the stored node")
	}
}

// eventQuads writes an event of Freedonia and Ruritania in Fenwick.
func eventQuads(label quad.IRI, id, date string, place bool) []quad.Quad {
	n := schema.ID("event:" + id)
	q := []quad.Quad{
		{Subject: n, Predicate: schema.Type, Object: schema.ClassEvent, Label: label},
		{Subject: n, Predicate: schema.EventType, Object: quad.String("summit"), Label: label},
		{Subject: n, Predicate: schema.Participant, Object: freedonia, Label: label},
		{Subject: n, Predicate: schema.Participant, Object: ruritania, Label: label},
	}
	if date != "" {
		q = append(q, quad.Quad{Subject: n, Predicate: schema.Date, Object: quad.String(date), Label: label})
	}
	if place {
		q = append(q, quad.Quad{Subject: n, Predicate: schema.Location, Object: schema.ID("place:fenwick"), Label: label})
	}
	return q
}

func TestResolveEventRules(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		stored [][]quad.Quad
		date   string
		place  bool
		want   string
	}{
		{"undated onto dated, same place", [][]quad.Quad{eventQuads("", "s-0303", "2026-03-03", true)}, "", true, "s-0303"},
		{"undated without a place stays", [][]quad.Quad{eventQuads("", "s-0303", "2026-03-03", true)}, "", false, "new"},
		{"other day stays", [][]quad.Quad{eventQuads("", "s-0303", "2026-03-03", true)}, "2026-03-09", true, "new"},
		{"same day, other key: merged", [][]quad.Quad{eventQuads("", "s-0303", "2026-03-03", true)}, "2026-03-03", false, "s-0303"},
		{"undated between two days: ambiguous, stays", [][]quad.Quad{
			eventQuads("", "s-0303", "2026-03-03", true), eventQuads("", "s-0309", "2026-03-09", true)}, "", true, "new"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, err := store.Open(ctx, "mem:")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			for i, qs := range c.stored {
				label := schema.SourceIRI("earlier-" + string(rune('a'+i)))
				for j := range qs {
					qs[j].Label = label
				}
				if _, err := st.PutDocument(ctx, label, "h", qs); err != nil {
					t.Fatal(err)
				}
			}
			label := schema.SourceIRI("new")
			out, err := resolveFacts(ctx, st.QuadStore(), label, eventQuads(label, "new", c.date, c.place))
			if err != nil {
				t.Fatal(err)
			}
			if got := string(out[0].Subject.(quad.IRI)); got != string(schema.ID("event:"+c.want)) {
				t.Errorf("event -> %s, want event:%s", got, c.want)
			}
		})
	}
}
