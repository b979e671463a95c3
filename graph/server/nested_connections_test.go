package server_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/kg-project/kg/graph/server"
)

// The lists nested on sources, facts and the API's results are connections:
// they page across requests like the top-level lists, in a stable order,
// with a totalCount that counts the whole list and the same cap on first.

const pageInfoFields = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`

// pageThrough follows a connection page by page, first items at a time,
// from fetch(after), checks each page's information and returns every node
// in order.
func pageThrough[N any](t *testing.T, first int, fetch func(after *string) connection[N]) []N {
	t.Helper()
	var all []N
	var after *string
	total := -1
	for pages := 0; ; pages++ {
		if pages > 1000 {
			t.Fatal("paging does not end")
		}
		p := fetch(after)
		if total >= 0 && p.TotalCount != total {
			t.Fatalf("page %d: totalCount %d, was %d", pages, p.TotalCount, total)
		}
		total = p.TotalCount
		info := p.PageInfo
		if info.HasPreviousPage != (pages > 0) {
			t.Errorf("page %d: hasPreviousPage %v", pages, info.HasPreviousPage)
		}
		if len(p.Edges) > first || (info.HasNextPage && len(p.Edges) != first) {
			t.Fatalf("page %d: %d edges for first %d (hasNextPage %v)", pages, len(p.Edges), first, info.HasNextPage)
		}
		if n := len(p.Edges); n > 0 && (info.StartCursor == nil || *info.StartCursor != p.Edges[0].Cursor ||
			info.EndCursor == nil || *info.EndCursor != p.Edges[n-1].Cursor) {
			t.Errorf("page %d: start and end cursors are not those of its first and last edges", pages)
		}
		all = append(all, p.nodes()...)
		if !info.HasNextPage {
			break
		}
		after = info.EndCursor
	}
	if len(all) != total {
		t.Fatalf("paged through %d nodes, totalCount %d", len(all), total)
	}
	return all
}

func TestNestedSourceSentencesPageInTextOrder(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	var srcs struct {
		Sources connection[struct {
			ID        string
			Sentences struct{ TotalCount int }
		}]
	}
	if err := c.Post(`{ sources(first: 10) { edges { node { id sentences(first: 0) { totalCount } } } } }`, &srcs); err != nil {
		t.Fatal(err)
	}
	type sentence struct {
		ID                string
		Index, Start, End int
		Source            struct{ ID string }
	}
	checked := 0
	for _, src := range srcs.Sources.nodes() {
		if src.Sentences.TotalCount < 15 {
			continue
		}
		checked++
		all := pageThrough(t, 7, func(after *string) connection[sentence] {
			var resp struct {
				Node struct{ Sentences connection[sentence] }
			}
			err := c.Post(`query($id: ID!, $after: String) { node(id: $id) { ... on Source {
				sentences(first: 7, after: $after) { `+pageInfoFields+` edges { cursor node { id index start end source { id } } } } } } }`,
				&resp, client.Var("id", src.ID), client.Var("after", after))
			if err != nil {
				t.Fatal(err)
			}
			return resp.Node.Sentences
		})
		if len(all) != src.Sentences.TotalCount {
			t.Errorf("%s: %d sentences paged, totalCount %d when asked with first: 0", src.ID, len(all), src.Sentences.TotalCount)
		}
		for i, s := range all {
			if s.Index != i || s.Source.ID != src.ID || s.End <= s.Start {
				t.Errorf("%s: sentence %d of the pages is %+v", src.ID, i, s)
			}
			if i > 0 && s.Start < all[i-1].End {
				t.Errorf("%s: sentence %d starts at %d, before the end of the one before (%d)", src.ID, i, s.Start, all[i-1].End)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no source of the corpus has 15 sentences")
	}
}

func TestNestedEventEvidencePagesBySourceAndOffset(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	var events struct {
		Events connection[struct {
			ID           string
			Evidence     struct{ TotalCount int }
			Participants connection[struct{ ID string }]
		}]
	}
	if err := c.Post(`{ events(first: 100) { edges { node { id evidence(first: 0) { totalCount }
		participants(first: 1) { edges { node { id } } } } } } }`, &events); err != nil {
		t.Fatal(err)
	}
	// The event with the most spans that has a participant.
	best, participant, most := "", "", 0
	for _, e := range events.Events.nodes() {
		if e.Evidence.TotalCount > most && len(e.Participants.Edges) > 0 {
			best, participant, most = e.ID, e.Participants.Edges[0].Node.ID, e.Evidence.TotalCount
		}
	}
	if most < 5 {
		t.Fatalf("no event of the corpus has 5 spans (most: %d)", most)
	}
	type span struct {
		ID         string
		Start, End int
		Source     struct{ ID string }
	}
	all := pageThrough(t, 2, func(after *string) connection[span] {
		var resp struct {
			Node struct{ Evidence connection[span] }
		}
		err := c.Post(`query($id: ID!, $after: String) { node(id: $id) { ... on Event {
			evidence(first: 2, after: $after) { `+pageInfoFields+` edges { cursor node { id start end source { id } } } } } } }`,
			&resp, client.Var("id", best), client.Var("after", after))
		if err != nil {
			t.Fatal(err)
		}
		return resp.Node.Evidence
	})
	t.Logf("%s: %d spans in pages of 2", best, len(all))
	seen := map[string]bool{}
	for i, s := range all {
		if seen[s.ID] {
			t.Errorf("span %s on two pages", s.ID)
		}
		seen[s.ID] = true
		if i == 0 {
			continue
		}
		prev := all[i-1]
		if s.Source.ID < prev.Source.ID || (s.Source.ID == prev.Source.ID && s.Start < prev.Start) {
			t.Errorf("span %d (%s at %d) comes after %s at %d", i, s.Source.ID, s.Start, prev.Source.ID, prev.Start)
		}
	}

	// totalCount counts what the graph views count: the participant edge
	// of an event rests on all of the event's spans.
	var sub struct {
		Subgraph struct {
			Edges []struct {
				Label         string
				EvidenceCount int
			}
		}
	}
	if err := c.Post(`query($ids: [ID!]!) { subgraph(ids: $ids) { edges { label evidenceCount } } }`, &sub,
		client.Var("ids", []string{best, participant})); err != nil {
		t.Fatal(err)
	}
	for _, e := range sub.Subgraph.Edges {
		if e.Label == "participant" && e.EvidenceCount != len(all) {
			t.Errorf("participant edge of %s rests on %d spans, evidence totalCount %d", best, e.EvidenceCount, len(all))
		}
	}

	// The sources of the event, paged one at a time, are those of its spans.
	sources := pageThrough(t, 1, func(after *string) connection[struct{ ID string }] {
		var resp struct {
			Node struct {
				Sources connection[struct{ ID string }]
			}
		}
		err := c.Post(`query($id: ID!, $after: String) { node(id: $id) { ... on Event {
			sources(first: 1, after: $after) { `+pageInfoFields+` edges { cursor node { id } } } } } }`,
			&resp, client.Var("id", best), client.Var("after", after))
		if err != nil {
			t.Fatal(err)
		}
		return resp.Node.Sources
	})
	spanSources := map[string]bool{}
	for _, s := range all {
		spanSources[s.Source.ID] = true
	}
	if len(sources) != len(spanSources) {
		t.Errorf("%d sources paged, the spans come from %d", len(sources), len(spanSources))
	}
	for _, s := range sources {
		if !spanSources[s.ID] {
			t.Errorf("source %s states none of the spans", s.ID)
		}
	}
}

func TestNestedTimelineAndSearchPage(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	type entry struct{ Date, Kind, ID string }
	timeline := pageThrough(t, 3, func(after *string) connection[entry] {
		var resp struct{ Timeline connection[entry] }
		err := c.Post(`query($after: String) { timeline(actor: "org:coalition-of-the-willing", first: 3, after: $after) {
			`+pageInfoFields+` edges { cursor node { date kind id } } } }`, &resp, client.Var("after", after))
		if err != nil {
			t.Fatal(err)
		}
		return resp.Timeline
	})
	if len(timeline) < 4 {
		t.Fatalf("timeline of %d entries: too short to page", len(timeline))
	}
	t.Logf("timeline of %d entries in pages of 3", len(timeline))
	for i := 1; i < len(timeline); i++ {
		if a, b := timeline[i-1], timeline[i]; b.Date < a.Date || (a.Date == b.Date && a.Kind == "commitment" && b.Kind == "event") {
			t.Errorf("timeline entry %d %+v after %+v", i, b, a)
		}
	}

	type hit struct {
		ID    string
		Score float64
	}
	var best struct{ Search connection[hit] }
	if err := c.Post(`{ search(text: "coalition", first: 12) { totalCount edges { node { id score } } } }`, &best); err != nil {
		t.Fatal(err)
	}
	hits := pageThrough(t, 4, func(after *string) connection[hit] {
		var resp struct{ Search connection[hit] }
		err := c.Post(`query($after: String) { search(text: "coalition", first: 4, after: $after) {
			`+pageInfoFields+` edges { cursor node { id score } } } }`, &resp, client.Var("after", after))
		if err != nil {
			t.Fatal(err)
		}
		return resp.Search
	})
	t.Logf("%d hits in pages of 4", len(hits))
	if len(hits) != best.Search.TotalCount || len(best.Search.Edges) != 12 {
		t.Fatalf("%d hits paged, %d in one page of 12, totalCount %d", len(hits), len(best.Search.Edges), best.Search.TotalCount)
	}
	for i, h := range best.Search.nodes() {
		if hits[i].ID != h.ID {
			t.Errorf("hit %d: %s in pages of 4, %s in one page", i, hits[i].ID, h.ID)
		}
	}
}

func TestNestedFirstCappedAndCursorChecked(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	var any map[string]any
	for _, field := range []string{"sentences", "actors", "events", "commitments"} {
		q := fmt.Sprintf(`{ sources(first: 1) { edges { node { %s(first: 501) { totalCount } } } } }`, field)
		if err := c.Post(q, &any); err == nil || !strings.Contains(err.Error(), "first must be at most 500 (got 501)") {
			t.Errorf("Source.%s(first: 501) gave %v", field, err)
		}
	}
	for q, want := range map[string]string{
		`{ events(first: 1) { edges { node { evidence(first: 501) { totalCount } } } } }`:                                  "first must be at most 500 (got 501)",
		`{ commitments(first: 1) { edges { node { history(first: 501) { totalCount } } } } }`:                              "first must be at most 500 (got 501)",
		`{ conflicts(first: 501) { totalCount } }`:                                                                         "first must be at most 500 (got 501)",
		`{ timeline(actor: "Emmanuel Macron", first: 501) { totalCount } }`:                                                "first must be at most 500 (got 501)",
		`{ search(text: "coalition", first: 501) { totalCount } }`:                                                         "first must be at most 500 (got 501)",
		`{ events(first: 1) { edges { node { participants(first: -1) { totalCount } } } } }`:                               "must not be negative",
		`{ sources(first: 1) { edges { node { sentences(after: "not a cursor") { totalCount } } } } }`:                     "invalid cursor",
		`{ search(text: "coalition", after: "bm90IGEgcmFuaw") { totalCount } }`:                                            "invalid cursor",
		`{ neighborhood(id: "org:coalition-of-the-willing", limit: 5) { edges { evidence(first: 501) { totalCount } } } }`: "first must be at most 500 (got 501)",
	} {
		if err := c.Post(q, &any); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s gave %v, want %q", q, err, want)
		}
	}
}

// Mentions are keyed by source and offset like evidence: paging them goes
// on from the cursor instead of starting over.
func TestActorMentionsPageAcrossPages(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	type mention struct{ ID string }
	all := pageThrough(t, 5, func(after *string) connection[mention] {
		var resp struct {
			Actor struct{ Mentions connection[mention] }
		}
		err := c.Post(`query($after: String) { actor(name: "Coalition of the Willing") {
			mentions(first: 5, after: $after) { `+pageInfoFields+` edges { cursor node { id } } } } }`, &resp, client.Var("after", after))
		if err != nil {
			t.Fatal(err)
		}
		return resp.Actor.Mentions
	})
	seen := map[string]bool{}
	for _, m := range all {
		if seen[m.ID] {
			t.Fatalf("mention %s on two pages", m.ID)
		}
		seen[m.ID] = true
	}
	if len(all) <= 5 {
		t.Fatalf("%d mentions: one page only", len(all))
	}
}
