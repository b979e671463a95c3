package query_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/query"
	"github.com/kg-project/kg/loader/quads/quadstest"
	"github.com/kg-project/kg/schema"
)

func newReader(t *testing.T) *query.Reader {
	t.Helper()
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := quadstest.Load(qs); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	return query.NewReader(qs)
}

func intp(n int) *int       { return &n }
func strp(s string) *string { return &s }

func TestActorByNameAnySpelling(t *testing.T) {
	r := newReader(t)
	ctx := r.WithLoader(context.Background())
	for _, name := range []string{"Jana Novák", "jana novak", "NOVAK", "  Novák "} {
		a, err := r.ActorByName(ctx, name)
		if err != nil {
			t.Fatalf("ActorByName(%q): %v", name, err)
		}
		if a == nil || a.ID != "person:jana-novak" || a.Kind != query.ActorPerson || a.Name != "Jana Novák" {
			t.Fatalf("ActorByName(%q) = %+v", name, a)
		}
	}
	if a, err := r.ActorByName(ctx, "nobody at all"); err != nil || a != nil {
		t.Fatalf("unknown name: %+v, %v", a, err)
	}
	if a, _ := r.ActorByName(ctx, "Lisbon"); a != nil {
		t.Fatalf("a place was returned as an actor: %+v", a)
	}
}

func TestActorsPaginationCoversEveryActorOnce(t *testing.T) {
	r := newReader(t)
	ctx := context.Background()
	all, err := r.Actors(ctx, nil, nil, intp(500), nil)
	if err != nil {
		t.Fatal(err)
	}
	if all.TotalCount != 6 { // 2 persons, 3 countries, 1 outlet
		t.Fatalf("totalCount = %d, want 6", all.TotalCount)
	}
	var seen []string
	var after *string
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("pagination does not end")
		}
		c, err := r.Actors(ctx, nil, nil, intp(2), after)
		if err != nil {
			t.Fatal(err)
		}
		if c.TotalCount != all.TotalCount {
			t.Fatalf("totalCount changed between pages: %d", c.TotalCount)
		}
		if pages > 0 != c.PageInfo.HasPreviousPage {
			t.Fatalf("page %d: hasPreviousPage = %v", pages, c.PageInfo.HasPreviousPage)
		}
		for _, e := range c.Edges {
			seen = append(seen, e.Node.ID)
		}
		if !c.PageInfo.HasNextPage {
			break
		}
		after = c.PageInfo.EndCursor
	}
	if len(seen) != all.TotalCount {
		t.Fatalf("pages returned %d actors, want %d: %v", len(seen), all.TotalCount, seen)
	}
	for i, e := range all.Edges {
		if seen[i] != e.Node.ID {
			t.Fatalf("order differs at %d: %s vs %s", i, seen[i], e.Node.ID)
		}
	}
}

func TestActorsFilters(t *testing.T) {
	r := newReader(t)
	ctx := context.Background()
	kind := query.ActorCountry
	c, err := r.Actors(ctx, &kind, nil, nil, nil)
	if err != nil || c.TotalCount != 3 {
		t.Fatalf("countries: %v, %+v", err, c)
	}
	c, err = r.Actors(ctx, nil, strp("BRAN"), nil, nil)
	if err != nil || c.TotalCount != 1 || c.Edges[0].Node.ID != "person:otto-brandt" {
		t.Fatalf("search: %v, %+v", err, c)
	}
}

func TestPageSizeLimit(t *testing.T) {
	r := newReader(t)
	_, err := r.Actors(context.Background(), nil, nil, intp(501), nil)
	if err == nil || !query.IsUserError(err) {
		t.Fatalf("first: 501 gave %v, want a UserError", err)
	}
	if _, err := r.Actors(context.Background(), nil, nil, nil, strp("not a cursor!")); !query.IsUserError(err) {
		t.Fatalf("bad cursor gave %v", err)
	}
}

func TestCommitmentBestStatusPrefersPrimarySource(t *testing.T) {
	r := newReader(t)
	ctx := r.WithLoader(context.Background())
	c, err := r.Commitments(ctx, query.CommitmentFilter{By: strp("Germany")}, nil, nil)
	if err != nil || c.TotalCount != 1 {
		t.Fatalf("by Germany: %v, %+v", err, c)
	}
	cm := c.Edges[0].Node
	if cm.Status == nil || *cm.Status != query.StatusAgreed {
		t.Fatalf("status = %v, want AGREED (the statement outranks the report)", cm.Status)
	}
	if cm.ToName == nil || *cm.ToName != "Moldova" || cm.Condition == nil {
		t.Fatalf("commitment = %+v", cm)
	}
	ev, err := r.Evidence(ctx, cm.ID, nil, nil)
	if err != nil || ev.TotalCount != 2 || len(ev.Edges) != 2 {
		t.Fatalf("evidence: %v, %+v", err, ev)
	}
	statuses := map[query.CommitmentStatus]bool{}
	for _, edge := range ev.Edges {
		e := edge.Node
		if e.Status != nil {
			statuses[*e.Status] = true
		}
		src, err := r.EvidenceSource(ctx, e.ID)
		if err != nil || src == nil {
			t.Fatalf("evidence source: %v", err)
		}
		if got := string([]rune(src.Text)[e.Start:e.End]); got != e.Text {
			t.Fatalf("evidence text %q, source has %q", e.Text, got)
		}
	}
	if !statuses[query.StatusAgreed] || !statuses[query.StatusReported] {
		t.Fatalf("evidence statuses = %v, want agreed and reported", statuses)
	}
	sources, err := r.FactSources(ctx, cm.ID, nil, nil)
	if err != nil || sources.TotalCount != 2 || sources.Edges[0].Node.ID != "doc:fixture-statement" {
		t.Fatalf("sources newest first: %v, %+v", err, sources)
	}
	st := query.StatusDraft
	if c, _ := r.Commitments(ctx, query.CommitmentFilter{Status: &st}, nil, nil); c.TotalCount != 0 {
		t.Fatalf("status filter DRAFT matched %d", c.TotalCount)
	}
	made, err := r.ActorCommitmentsMade(ctx, "country:PRT", nil, nil)
	if err != nil || made.TotalCount != 1 {
		t.Fatalf("Portugal's commitments: %v, %+v", err, made)
	}
}

func TestEventsFilters(t *testing.T) {
	r := newReader(t)
	ctx := context.Background()
	for _, tc := range []struct {
		f    query.EventFilter
		want int
	}{
		{query.EventFilter{}, 1},
		{query.EventFilter{Type: strp("meeting"), Place: strp("lisbon")}, 1},
		{query.EventFilter{Participant: strp("otto BRANDT")}, 1},
		{query.EventFilter{Participant: strp("person:otto-brandt")}, 1},
		{query.EventFilter{Participant: strp("Moldova")}, 0},
		{query.EventFilter{From: strp("2025-03-01"), To: strp("2025-03-03")}, 1},
		{query.EventFilter{From: strp("2025-03-04")}, 0},
	} {
		c, err := r.Events(ctx, tc.f, nil, nil)
		if err != nil || c.TotalCount != tc.want {
			t.Errorf("Events(%+v): %v, total %v, want %d", tc.f, err, c, tc.want)
		}
	}
	if _, err := r.Events(ctx, query.EventFilter{From: strp("March 3")}, nil, nil); !query.IsUserError(err) {
		t.Fatalf("bad date gave %v", err)
	}
}

func TestClaimsAndSources(t *testing.T) {
	r := newReader(t)
	ctx := r.WithLoader(context.Background())
	c, err := r.Claims(ctx, query.ClaimFilter{Via: strp("daily ledger")}, nil, nil)
	if err != nil || c.TotalCount != 1 || c.Edges[0].Node.ID != "claim:novak-engineers" {
		t.Fatalf("via: %v, %+v", err, c)
	}
	c, err = r.Claims(ctx, query.ClaimFilter{Source: strp("draft")}, nil, nil)
	if err != nil || c.TotalCount != 1 {
		t.Fatalf("source draft: %v, %+v", err, c)
	}
	ref, err := r.ClaimSource(ctx, "claim:draft-engineers")
	if err != nil || ref == nil || ref.Kind != query.RefDocument {
		t.Fatalf("claim source: %v, %+v", err, ref)
	}
	c, err = r.Claims(ctx, query.ClaimFilter{Search: strp("200 ENGINEERS")}, nil, nil)
	if err != nil || c.TotalCount != 1 {
		t.Fatalf("search: %v, %+v", err, c)
	}
	primary := query.SourcePrimary
	s, err := r.Sources(ctx, &primary, nil, nil, nil)
	if err != nil || s.TotalCount != 1 || s.Edges[0].Node.ID != "doc:fixture-statement" {
		t.Fatalf("primary sources: %v, %+v", err, s)
	}
	s, err = r.Sources(ctx, nil, strp("Daily Ledger"), nil, nil)
	if err != nil || s.TotalCount != 1 || s.Edges[0].Node.ID != "doc:fixture-report" {
		t.Fatalf("sources by outlet: %v, %+v", err, s)
	}
	mentions, err := r.MentioningSources(ctx, "country:PRT", nil, nil)
	if err != nil || mentions.TotalCount != 2 {
		t.Fatalf("sources mentioning Portugal: %v, %+v", err, mentions)
	}
	sents, err := r.SourceSentences(ctx, "doc:fixture-report", nil, nil)
	if err != nil || sents.TotalCount != 3 || sents.Edges[2].Node.Index != 2 {
		t.Fatalf("sentences: %v, %+v", err, sents)
	}
}

func TestNodeTypes(t *testing.T) {
	r := newReader(t)
	ctx := context.Background()
	for id, want := range map[string]string{
		"person:jana-novak":            "*query.Actor",
		"place:lisbon":                 "*query.Place",
		"doc:fixture-report":           "*query.Source",
		"event:lisbon-meeting":         "*query.Event",
		"commitment:engineers-moldova": "*query.Commitment",
		"claim:novak-engineers":        "*query.Claim",
		"number:experts-300":           "*query.NumericClaim",
		"docref:draft":                 "*query.SourceRef",
	} {
		n, err := r.Node(ctx, id)
		if err != nil || n == nil {
			t.Fatalf("Node(%s): %v, %v", id, n, err)
		}
		if got := typeName(n); got != want || n.GetID() != id {
			t.Errorf("Node(%s) is %s %s, want %s", id, got, n.GetID(), want)
		}
	}
	if n, err := r.Node(ctx, "person:nobody"); n != nil || err != nil {
		t.Fatalf("absent node: %v, %v", n, err)
	}
}

func typeName(n query.Node) string {
	switch n.(type) {
	case *query.Actor:
		return "*query.Actor"
	case *query.Place:
		return "*query.Place"
	case *query.Source:
		return "*query.Source"
	case *query.Event:
		return "*query.Event"
	case *query.Commitment:
		return "*query.Commitment"
	case *query.Claim:
		return "*query.Claim"
	case *query.NumericClaim:
		return "*query.NumericClaim"
	case *query.SourceRef:
		return "*query.SourceRef"
	}
	return "other"
}

func TestBatcherGroupsConcurrentLoads(t *testing.T) {
	var mu sync.Mutex
	var batches [][]int
	b := query.NewBatcher(func(_ context.Context, keys []int) ([]int, error) {
		mu.Lock()
		batches = append(batches, append([]int(nil), keys...))
		mu.Unlock()
		out := make([]int, len(keys))
		for i, k := range keys {
			out[i] = k * 10
		}
		return out, nil
	}, 5*time.Millisecond, 100)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := b.Load(context.Background(), i%10)
			if err != nil || v != (i%10)*10 {
				t.Errorf("Load(%d) = %d, %v", i%10, v, err)
			}
		}()
	}
	wg.Wait()
	if b.Fetches() != 1 || len(batches[0]) != 10 {
		t.Fatalf("20 loads of 10 keys made %d fetches: %v", b.Fetches(), batches)
	}
	if v, _ := b.Load(context.Background(), 3); v != 30 || b.Fetches() != 1 {
		t.Fatalf("a cached key was fetched again")
	}
	failing := query.NewBatcher(func(context.Context, []int) ([]int, error) { return nil, errors.New("boom") }, 0, 10)
	if _, err := failing.LoadAll(context.Background(), []int{1, 2}); err == nil {
		t.Fatal("fetch error lost")
	}
}

// TestLoaderBatchesAPageAndItsFields checks there is no N+1: a page of
// actors is read in one batch, and the roles of every actor on it,
// asked for concurrently as gqlgen does, in one more.
func TestLoaderBatchesAPageAndItsFields(t *testing.T) {
	r := newReader(t)
	r.SetBatchWait(20 * time.Millisecond)
	ctx := r.WithLoader(context.Background())
	l, _ := query.LoaderFrom(ctx)
	page, err := r.Actors(ctx, nil, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if l.Fetches() != 1 {
		t.Fatalf("a page of %d actors took %d fetches", len(page.Edges), l.Fetches())
	}
	var wg sync.WaitGroup
	for _, e := range page.Edges {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.ActorRoles(ctx, e.Node.ID, nil, nil); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got := l.Fetches(); got != 2 {
		t.Fatalf("roles of %d actors took %d fetches in all, want 2", len(page.Edges), got)
	}
}

// TestSharedListsFollowTheStore checks a cached list sees a node added
// after it was first read.
func TestSharedListsFollowTheStore(t *testing.T) {
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := quadstest.Load(qs); err != nil {
		t.Fatal(err)
	}
	r := query.NewReader(qs)
	ctx := context.Background()
	before, err := r.Actors(ctx, nil, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := schema.ID("person:ada-quill")
	label := schema.SourceIRI("extra")
	err = qs.ApplyDeltas([]graph.Delta{
		{Action: graph.Add, Quad: quad.Quad{Subject: n, Predicate: schema.Type, Object: schema.ClassPerson, Label: label}},
		{Action: graph.Add, Quad: quad.Quad{Subject: n, Predicate: schema.Name, Object: quad.String("Ada Quill"), Label: label}},
	}, graph.IgnoreOpts{})
	if err != nil {
		t.Fatal(err)
	}
	after, err := r.Actors(ctx, nil, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.TotalCount != before.TotalCount+1 || after.Edges[0].Node.Name != "Ada Quill" {
		t.Fatalf("after adding an actor: %d actors (was %d), first %q", after.TotalCount, before.TotalCount, after.Edges[0].Node.Name)
	}
}

// TestLoaderBatchesNestedConnections checks the nested connections keep
// the batching: the actors and the sentences of every source of a page,
// asked for concurrently, are read together, not source by source.
func TestLoaderBatchesNestedConnections(t *testing.T) {
	r := newReader(t)
	r.SetBatchWait(50 * time.Millisecond)
	ctx := r.WithLoader(context.Background())
	l, _ := query.LoaderFrom(ctx)
	page, err := r.Sources(ctx, nil, nil, nil, nil)
	if err != nil || len(page.Edges) < 2 {
		t.Fatalf("sources: %v, %+v", err, page)
	}
	before := l.Fetches()
	var wg sync.WaitGroup
	for _, e := range page.Edges {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if c, err := r.SourceActors(ctx, e.Node.ID, nil, nil); err != nil || c.TotalCount == 0 {
				t.Errorf("actors of %s: %v, %+v", e.Node.ID, err, c)
			}
		}()
		go func() {
			defer wg.Done()
			if c, err := r.SourceSentences(ctx, e.Node.ID, intp(2), nil); err != nil || c.TotalCount == 0 {
				t.Errorf("sentences of %s: %v, %+v", e.Node.ID, err, c)
			}
		}()
	}
	wg.Wait()
	if got := l.Fetches() - before; got > 2 {
		t.Fatalf("the actors and sentences of %d sources took %d fetches, want at most 2", len(page.Edges), got)
	}
}
