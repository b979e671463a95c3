package query_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/query"
	"github.com/kg-project/kg/schema"
)

// reportedCommitment builds a store with one commitment stated by five
// sources: a primary statement (agreed), two reports of one outlet, a
// reprint of one of them in the same words under another outlet, and an
// independent report (all drafts).
func reportedCommitment(t *testing.T) *query.Reader {
	t.Helper()
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	c := schema.ID("commitment:test-pledge")
	var qq []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value, label quad.IRI) {
		qq = append(qq, quad.Make(s, p, o, label))
	}
	type src struct {
		id, date, kind, outlet, sentence, status string
	}
	for _, s := range []src{
		{"statement", "2026-03-02", "primary", "", "The partners agree to fund the depot.", "agreed"},
		{"wire-a", "2026-03-01", "secondary", "org:wire", "A draft says the partners would fund a depot.", "draft"},
		{"wire-b", "2026-03-01", "secondary", "org:wire", "Officials said a depot could be funded.", "draft"},
		{"reprint", "", "secondary", "org:daily", "A draft says the partners would fund a depot.", "draft"},
		{"weekly", "2026-02-27", "secondary", "org:weekly", "The depot plan was first floated last week.", "draft"},
	} {
		doc := schema.SourceIRI(s.id)
		add(doc, schema.Type, schema.ClassSource, doc)
		add(doc, schema.SourceKind, quad.String(s.kind), doc)
		if s.date != "" {
			add(doc, schema.DatePublished, quad.String(s.date), doc)
		}
		if s.outlet != "" {
			add(doc, schema.Publisher, schema.ID(s.outlet), doc)
		}
		sent := schema.ID("sent:" + s.id + ":0")
		add(sent, schema.Type, schema.ClassSentence, doc)
		add(sent, schema.Text, quad.String(s.sentence), doc)
		add(doc, schema.HasSentence, sent, doc)
		ev := schema.ID("ev:" + s.id + ":0-10:aaaaaaaaaaaa")
		add(ev, schema.Type, schema.ClassEvidence, doc)
		add(ev, schema.DerivedFrom, doc, doc)
		add(ev, schema.HasSentence, sent, doc)
		add(ev, schema.Text, quad.String(s.sentence[:10]), doc)
		add(ev, schema.Status, quad.String(s.status), doc)
		add(c, schema.Type, schema.ClassCommitment, doc)
		add(c, schema.What, quad.String("fund the depot"), doc)
		add(c, schema.Evidence, ev, doc)
	}
	if err := qs.ApplyDeltas(deltas(qq), graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	return query.NewReader(qs)
}

func deltas(qq []quad.Quad) []graph.Delta {
	out := make([]graph.Delta, len(qq))
	for i, q := range qq {
		out[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	return out
}

func TestCorroborationCountsIndependentSources(t *testing.T) {
	r := reportedCommitment(t)
	n, err := r.Corroboration(context.Background(), "commitment:test-pledge")
	if err != nil {
		t.Fatal(err)
	}
	// statement, the wire (two reports, one outlet) with its reprint (same
	// words), weekly: three independent sources of five.
	if n != 3 {
		t.Errorf("corroboration = %d, want 3", n)
	}
}

func TestCommitmentHistoryInDateOrder(t *testing.T) {
	r := reportedCommitment(t)
	ctx := context.Background()
	h, err := r.CommitmentHistory(ctx, "commitment:test-pledge", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range h.Edges {
		s := e.Node
		got = append(got, s.Source.ID+" "+s.Status)
		if spans, err := r.StatusChangeEvidence(ctx, s, nil, nil); err != nil || spans.TotalCount != 1 {
			t.Errorf("%s: %v, %+v", s.Source.ID, err, spans)
		}
	}
	want := []string{"doc:weekly DRAFT", "doc:wire-a DRAFT", "doc:wire-b DRAFT", "doc:statement AGREED", "doc:reprint DRAFT"}
	if len(got) != len(want) {
		t.Fatalf("history = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("history = %v, want %v", got, want)
		}
	}
}

func TestCommitmentTraceMarksThePrimaryStatement(t *testing.T) {
	r := reportedCommitment(t)
	tr, err := r.Trace(context.Background(), "commitment:test-pledge")
	if err != nil {
		t.Fatal(err)
	}
	if tr.Earliest == nil || tr.Earliest.ID != "doc:weekly" {
		t.Errorf("earliest = %+v, want the earliest dated report", tr.Earliest)
	}
	said := 0
	for _, s := range tr.Steps {
		if s.Primary {
			said++
			if s.Relation != "said" || s.ID != "doc:statement" {
				t.Errorf("primary step %+v", s)
			}
		} else if s.Kind == "SOURCE" && s.Relation != "cites" {
			t.Errorf("report step %+v", s)
		}
	}
	if said != 1 || len(tr.Steps) != 5 {
		t.Errorf("%d steps, %d primary", len(tr.Steps), said)
	}
	if _, err := r.Trace(context.Background(), "doc:weekly"); err == nil || !query.IsUserError(err) {
		t.Errorf("trace of a source: %v", err)
	}
}
