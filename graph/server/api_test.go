package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/kg-project/kg/graph/server"
)

// The front-end and fact-checking API (schema/api.graphqls) on the corpus.

type graphView struct {
	Truncated bool
	Nodes     []struct{ ID, Label, Kind string }
	Edges     []struct {
		ID, Source, Target, Label string
		Weight                    float64
		EvidenceCount             int
		Evidence                  connection[struct {
			Start, End int
			Text       string
			Source     struct{ ID string }
		}]
	}
}

const graphFields = `truncated nodes { id label kind } edges { id source target label weight evidenceCount
	evidence { totalCount edges { node { start end text source { id } } } } }`

// checkEdgesEvidenced fails unless every edge of g joins two of its nodes
// and has evidence.
func checkEdgesEvidenced(t *testing.T, g graphView) {
	t.Helper()
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = true
	}
	for _, e := range g.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s has an end outside the view", e.ID)
		}
		if e.EvidenceCount < 1 || len(e.Evidence.Edges) == 0 || e.Evidence.TotalCount != e.EvidenceCount || e.Weight < 1 {
			t.Errorf("edge %s: evidenceCount %d, %d spans of %d, weight %v", e.ID, e.EvidenceCount,
				len(e.Evidence.Edges), e.Evidence.TotalCount, e.Weight)
		}
		for _, ev := range e.Evidence.nodes() {
			if ev.Text == "" || ev.End <= ev.Start || ev.Source.ID == "" {
				t.Errorf("edge %s: empty evidence %+v", e.ID, ev)
			}
		}
	}
}

func TestAPISearchRanksAndResolvesNodes(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	type hit struct {
		ID, Kind, Label string
		Score           float64
		Node            *struct {
			Typename string `json:"__typename"`
			ID       string
		}
	}
	var resp struct{ Search connection[hit] }
	const hitFields = `totalCount edges { node { id kind label score node { __typename id } } }`
	if err := c.Post(`{ search(text: "coalition of the willing", first: 10) { `+hitFields+` } }`, &resp); err != nil {
		t.Fatal(err)
	}
	hits := resp.Search.nodes()
	if len(hits) == 0 || resp.Search.TotalCount < len(hits) {
		t.Fatalf("search: %+v", resp.Search)
	}
	if hits[0].ID != "org:coalition-of-the-willing" || hits[0].Kind != "organization" {
		t.Errorf("best hit %+v, want the coalition", hits[0])
	}
	for i, h := range hits {
		if i > 0 && h.Score > hits[i-1].Score {
			t.Errorf("hit %d scores above the one before", i)
		}
		if h.Node == nil || h.Node.ID != h.ID {
			t.Errorf("hit %s resolves to %+v", h.ID, h.Node)
		}
	}

	resp.Search.Edges = nil
	if err := c.Post(`{ search(text: "guarantees", kinds: ["commitment"], first: 5) { `+hitFields+` } }`, &resp); err != nil {
		t.Fatal(err)
	}
	if len(resp.Search.Edges) == 0 {
		t.Fatal("no commitment found for guarantees")
	}
	for _, h := range resp.Search.nodes() {
		if h.Kind != "commitment" || h.Node == nil || h.Node.Typename != "Commitment" {
			t.Errorf("kind filter let through %+v", h)
		}
	}

	var any map[string]any
	if err := c.Post(`{ search(text: "coalition", first: 501) { totalCount } }`, &any); err == nil || !strings.Contains(err.Error(), "500") {
		t.Errorf("first: 501 gave %v", err)
	}
	if err := c.Post(`{ search(text: "coalition", kinds: ["planet"]) { totalCount } }`, &any); err == nil || !strings.Contains(err.Error(), "unknown kind") {
		t.Errorf("unknown kind gave %v", err)
	}
}

func TestAPINeighborhoodOfTheCoalition(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	var resp struct{ Neighborhood graphView }
	if err := c.Post(`{ neighborhood(id: "org:coalition-of-the-willing", depth: 2, limit: 300) { `+graphFields+` } }`, &resp); err != nil {
		t.Fatal(err)
	}
	g := resp.Neighborhood
	if len(g.Nodes) < 10 || len(g.Edges) < 10 {
		t.Fatalf("neighborhood of %d nodes and %d edges", len(g.Nodes), len(g.Edges))
	}
	if g.Nodes[0].ID != "org:coalition-of-the-willing" {
		t.Errorf("first node %+v, want the start", g.Nodes[0])
	}
	kinds := map[string]int{}
	for _, n := range g.Nodes {
		kinds[n.Kind]++
	}
	for _, k := range []string{"COMMITMENT", "EVENT", "SOURCE", "COUNTRY"} {
		if kinds[k] == 0 {
			t.Errorf("no %s within two hops of the coalition (kinds %v)", k, kinds)
		}
	}
	checkEdgesEvidenced(t, g)

	// A small limit truncates, and kinds filter.
	var small struct{ Neighborhood graphView }
	if err := c.Post(`{ neighborhood(id: "org:coalition-of-the-willing", depth: 2, limit: 5, kinds: ["COMMITMENT"]) { `+graphFields+` } }`, &small); err != nil {
		t.Fatal(err)
	}
	if !small.Neighborhood.Truncated || len(small.Neighborhood.Nodes) != 5 {
		t.Errorf("limit 5: %d nodes, truncated %v", len(small.Neighborhood.Nodes), small.Neighborhood.Truncated)
	}
	for _, n := range small.Neighborhood.Nodes[1:] {
		if n.Kind != "COMMITMENT" {
			t.Errorf("kinds filter let %+v through", n)
		}
	}
	var any map[string]any
	for q, want := range map[string]string{
		`{ neighborhood(id: "org:coalition-of-the-willing", limit: 1001) { truncated } }`: "limit must be between 1 and 1000",
		`{ neighborhood(id: "org:coalition-of-the-willing", depth: 5) { truncated } }`:    "depth must be between 1 and 4",
		`{ neighborhood(id: "person:nobody-at-all") { truncated } }`:                      "no such node",
	} {
		if err := c.Post(q, &any); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s gave %v, want %q", q, err, want)
		}
	}
}

func TestAPISubgraph(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	var around struct{ Neighborhood graphView }
	if err := c.Post(`{ neighborhood(id: "org:coalition-of-the-willing", limit: 20) { `+graphFields+` } }`, &around); err != nil {
		t.Fatal(err)
	}
	if len(around.Neighborhood.Edges) == 0 {
		t.Fatal("no edge around the coalition")
	}
	e := around.Neighborhood.Edges[0]
	var resp struct{ Subgraph graphView }
	err := c.Post(`query($ids: [ID!]!) { subgraph(ids: $ids) { `+graphFields+` } }`, &resp,
		client.Var("ids", []string{e.Source, e.Target, "person:nobody-at-all"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Subgraph.Nodes) != 2 {
		t.Errorf("subgraph nodes %+v, want the two existing ones", resp.Subgraph.Nodes)
	}
	found := false
	for _, se := range resp.Subgraph.Edges {
		found = found || se.ID == e.ID
	}
	if !found {
		t.Errorf("subgraph lost edge %s", e.ID)
	}
	checkEdgesEvidenced(t, resp.Subgraph)
}

// personSentences maps each person mentioned in the corpus to the
// sentences and sources that mention it.
func personSentences(t *testing.T, c *client.Client) (map[string]map[string]bool, map[string]map[string]bool) {
	t.Helper()
	var resp struct {
		Actors struct {
			Edges []struct {
				Node struct {
					ID       string
					Mentions struct {
						Edges []struct {
							Node struct {
								Source   struct{ ID string }
								Sentence *struct{ ID string }
							}
						}
					}
				}
			}
		}
	}
	if err := c.Post(`{ actors(kind: PERSON, first: 200) { edges { node { id mentions(first: 100) { edges { node { source { id } sentence { id } } } } } } } }`, &resp); err != nil {
		t.Fatal(err)
	}
	sents, docs := map[string]map[string]bool{}, map[string]map[string]bool{}
	for _, e := range resp.Actors.Edges {
		for _, m := range e.Node.Mentions.Edges {
			if m.Node.Sentence == nil {
				continue
			}
			if sents[e.Node.ID] == nil {
				sents[e.Node.ID], docs[e.Node.ID] = map[string]bool{}, map[string]bool{}
			}
			sents[e.Node.ID][m.Node.Sentence.ID] = true
			docs[e.Node.ID][m.Node.Source.ID] = true
		}
	}
	return sents, docs
}

func disjoint(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

func TestAPIPathBetweenPersonsNeverInOneSentence(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.MaxComplexity = 1 << 20 // every mention of every person, in one query
	_, c := corpusServer(t, cfg)
	sents, docs := personSentences(t, c)
	var ids []string
	for id := range sents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// Prefer two persons no source mentions together; else two who never
	// share a sentence.
	var from, to string
	for _, strict := range []bool{true, false} {
		for i := 0; i < len(ids) && from == ""; i++ {
			for _, b := range ids[i+1:] {
				a := ids[i]
				if disjoint(sents[a], sents[b]) && (!strict || disjoint(docs[a], docs[b])) {
					from, to = a, b
					break
				}
			}
		}
		if from != "" {
			break
		}
	}
	if from == "" {
		t.Fatal("every two persons of the corpus share a sentence")
	}
	var resp struct{ Path *graphView }
	if err := c.Post(`query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxDepth: 6) { `+graphFields+` } }`, &resp,
		client.Var("a", from), client.Var("b", to)); err != nil {
		t.Fatal(err)
	}
	p := resp.Path
	if p == nil {
		t.Fatalf("no path from %s to %s", from, to)
	}
	if len(p.Nodes) < 3 || p.Nodes[0].ID != from || p.Nodes[len(p.Nodes)-1].ID != to || len(p.Edges) != len(p.Nodes)-1 {
		t.Fatalf("path %s -> %s: nodes %+v, %d edges", from, to, p.Nodes, len(p.Edges))
	}
	for i, e := range p.Edges {
		a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
		if !(e.Source == a && e.Target == b) && !(e.Source == b && e.Target == a) {
			t.Errorf("edge %d %s does not join %s and %s", i, e.ID, a, b)
		}
	}
	checkEdgesEvidenced(t, *p)
	t.Logf("path %s -> %s through %d nodes", from, to, len(p.Nodes))

	var none struct{ Path *graphView }
	if err := c.Post(`query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxDepth: 1) { truncated } }`, &none,
		client.Var("a", from), client.Var("b", to)); err != nil {
		t.Fatal(err)
	}
	if none.Path != nil {
		t.Errorf("persons never in one sentence joined by one edge: %+v", none.Path)
	}
}

func TestAPITimeline(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	type entry struct {
		Date, Kind, ID, Label string
		Node                  *struct{ ID string }
	}
	var resp struct{ Timeline connection[entry] }
	if err := c.Post(`{ timeline(actor: "Emmanuel Macron", first: 500) { totalCount edges { node { date kind id label node { id } } } } }`, &resp); err != nil {
		t.Fatal(err)
	}
	tl := resp.Timeline.nodes()
	if len(tl) == 0 || resp.Timeline.TotalCount != len(tl) {
		t.Fatalf("timeline of %d entries, totalCount %d", len(tl), resp.Timeline.TotalCount)
	}
	kinds := map[string]int{}
	for i, e := range tl {
		kinds[e.Kind]++
		if i > 0 && e.Date < tl[i-1].Date {
			t.Errorf("entry %d (%s) before %s", i, e.Date, tl[i-1].Date)
		}
		if e.Node == nil || e.Node.ID != e.ID || e.Label == "" {
			t.Errorf("entry %+v", e)
		}
	}
	if kinds["event"] == 0 {
		t.Errorf("no event in the timeline: %+v", tl)
	}
	var bounded struct{ Timeline connection[entry] }
	if err := c.Post(`{ timeline(actor: "person:emmanuel-macron", from: "2026-01-01", to: "2026-12-31", first: 500) { edges { node { date kind id label } } } }`, &bounded); err != nil {
		t.Fatal(err)
	}
	if n := len(bounded.Timeline.Edges); n == 0 || n > len(tl) {
		t.Errorf("2026 timeline has %d entries of %d", n, len(tl))
	}
	for _, e := range bounded.Timeline.nodes() {
		if e.Date < "2026-01-01" || e.Date > "2026-12-31" {
			t.Errorf("entry outside the range: %+v", e)
		}
	}
	var any map[string]any
	if err := c.Post(`{ timeline(actor: "Emmanuel Macron", from: "January") { totalCount } }`, &any); err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("bad date gave %v", err)
	}
}

type traceResp struct {
	Trace struct {
		Subject *struct{ ID string }
		Steps   []struct {
			ID, Kind, Label, Relation string
			Date                      *string
			Primary                   bool
			Source                    *struct{ ID, Kind string }
			Evidence                  connection[struct{ Text string }]
		}
		Earliest *struct {
			ID   string
			Date *string
			Kind string
		}
	}
}

const traceQuery = `query($id: ID!) { trace(id: $id) { subject { id }
	steps { id kind label relation date primary source { id kind } evidence(first: 10) { totalCount edges { node { text } } } }
	earliest { id date kind } } }`

func TestAPITraceClaimToTheStatement(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	var claims struct {
		Claims struct {
			Edges []struct {
				Node struct {
					ID       string
					Source   *struct{ ID, Kind string }
					ViaChain []struct{ ID string }
				}
			}
		}
	}
	if err := c.Post(`{ claims(first: 500) { edges { node { id source { id kind } viaChain { id } } } } }`, &claims); err != nil {
		t.Fatal(err)
	}
	traced := 0
	for _, e := range claims.Claims.Edges {
		n := e.Node
		if n.Source == nil || n.Source.Kind != "DOCUMENT" || len(n.ViaChain) == 0 {
			continue
		}
		var tr traceResp
		if err := c.Post(traceQuery, &tr, client.Var("id", n.ID)); err != nil {
			t.Fatal(err)
		}
		steps := tr.Trace.Steps
		if tr.Trace.Subject == nil || tr.Trace.Subject.ID != n.ID || len(steps) < 3 {
			t.Fatalf("trace of %s: %+v", n.ID, tr.Trace)
		}
		if steps[0].Relation != "cites" || steps[0].Kind != "SOURCE" || steps[0].Source == nil {
			t.Errorf("trace of %s starts with %+v, want the report", n.ID, steps[0])
		}
		rel := map[string]string{}
		for _, s := range steps {
			if len(s.Evidence.Edges) == 0 || s.Evidence.TotalCount < len(s.Evidence.Edges) {
				t.Errorf("trace of %s: step %s %s has no evidence", n.ID, s.Relation, s.ID)
			}
			if _, ok := rel[s.ID]; !ok {
				rel[s.ID] = s.Relation
			}
		}
		if rel[n.ViaChain[0].ID] != "via" || rel[n.Source.ID] != "said" {
			t.Errorf("trace of %s: relations %v, want via %s and said %s", n.ID, rel, n.ViaChain[0].ID, n.Source.ID)
		}
		for _, s := range steps {
			if s.Relation == "derivedFrom" && s.Primary && s.Source != nil && s.Source.Kind == "PRIMARY" {
				traced++
				if tr.Trace.Earliest == nil || tr.Trace.Earliest.Date == nil {
					t.Errorf("trace of %s: earliest %+v, want a dated source", n.ID, tr.Trace.Earliest)
				}
				break
			}
		}
	}
	if traced == 0 {
		t.Error("no claim relayed from a cited document traces back to a primary statement in the store")
	}
	var any map[string]any
	if err := c.Post(`{ trace(id: "org:coalition-of-the-willing") { earliest { id } } }`, &any); err == nil || !strings.Contains(err.Error(), "claim or commitment") {
		t.Errorf("trace of an actor gave %v", err)
	}
}

type commitmentsResp struct {
	Commitments struct {
		Edges []struct {
			Node struct {
				ID            string
				Corroboration int
				Sources       struct{ TotalCount int }
				History       connection[struct {
					Status   string
					Date     *string
					Source   struct{ ID, Kind string }
					Evidence struct{ TotalCount int }
				}]
			}
		}
	}
}

func TestAPICommitmentTraceHistoryAndCorroboration(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.MaxComplexity = 1 << 20 // the history of every commitment, in one query
	_, c := corpusServer(t, cfg)
	var resp commitmentsResp
	if err := c.Post(`{ commitments(first: 500) { edges { node { id corroboration sources(first: 0) { totalCount }
		history(first: 100) { totalCount edges { node { status date source { id kind } evidence(first: 0) { totalCount } } } } } } } }`, &resp); err != nil {
		t.Fatal(err)
	}
	draftThenAgreed := ""
	for _, e := range resp.Commitments.Edges {
		n := e.Node
		if n.Corroboration < 1 || n.Corroboration > n.Sources.TotalCount {
			t.Errorf("%s: corroboration %d of %d sources", n.ID, n.Corroboration, n.Sources.TotalCount)
		}
		statuses := map[string]bool{}
		undated := false
		history := n.History.nodes()
		if len(history) != n.History.TotalCount || len(history) < n.Sources.TotalCount {
			t.Errorf("%s: %d history entries of %d, %d sources", n.ID, len(history), n.History.TotalCount, n.Sources.TotalCount)
		}
		for i, h := range history {
			statuses[h.Status] = true
			if h.Evidence.TotalCount == 0 {
				t.Errorf("%s: history entry without evidence", n.ID)
			}
			if h.Date == nil {
				undated = true
			} else if undated {
				t.Errorf("%s: dated entry %d after an undated one", n.ID, i)
			} else if i > 0 && history[i-1].Date != nil && *h.Date < *history[i-1].Date {
				t.Errorf("%s: history out of date order", n.ID)
			}
		}
		if statuses["DRAFT"] && statuses["AGREED"] && draftThenAgreed == "" {
			draftThenAgreed = n.ID
		}
	}
	if draftThenAgreed == "" {
		t.Fatal("no commitment is a draft in one source and agreed in another")
	}
	var tr traceResp
	if err := c.Post(traceQuery, &tr, client.Var("id", draftThenAgreed)); err != nil {
		t.Fatal(err)
	}
	primary, reports := 0, 0
	for _, s := range tr.Trace.Steps {
		if s.Kind != "SOURCE" {
			continue
		}
		if s.Primary {
			primary++
			if s.Relation != "said" {
				t.Errorf("primary statement step %+v, want relation said", s)
			}
		} else {
			reports++
		}
	}
	if primary == 0 || reports == 0 || tr.Trace.Earliest == nil {
		t.Errorf("trace of %s: %d primary, %d reports, earliest %+v", draftThenAgreed, primary, reports, tr.Trace.Earliest)
	}
}

func TestAPIConflictsCountryCounts(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	type value struct {
		Value    string
		Number   *float64
		Unit     *string
		Sources  connection[struct{ ID string }]
		Evidence connection[struct{ Text string }]
		Claims   struct{ TotalCount int }
	}
	type conflict struct {
		About  string
		Unit   *string
		Values []value
	}
	var resp struct{ Conflicts connection[conflict] }
	if err := c.Post(`{ conflicts { totalCount edges { node { about unit values { value number unit
		sources { edges { node { id } } } evidence { totalCount edges { node { text } } } claims(first: 0) { totalCount } } } } } }`, &resp); err != nil {
		t.Fatal(err)
	}
	conflicts := resp.Conflicts.nodes()
	if len(conflicts) != resp.Conflicts.TotalCount {
		t.Errorf("%d conflicts of %d", len(conflicts), resp.Conflicts.TotalCount)
	}
	var countries *[]value
	for i, cf := range conflicts {
		if len(cf.Values) < 2 {
			t.Errorf("conflict %q has %d values", cf.About, len(cf.Values))
		}
		srcs := map[string]bool{}
		for _, v := range cf.Values {
			if len(v.Sources.Edges) == 0 || len(v.Evidence.Edges) == 0 || v.Evidence.TotalCount < v.Claims.TotalCount {
				t.Errorf("conflict %q: value %s without sources or evidence", cf.About, v.Value)
			}
			for _, s := range v.Sources.nodes() {
				srcs[s.ID] = true
			}
			if v.Unit != nil && *v.Unit == "countries" {
				countries = &conflicts[i].Values
			}
		}
		if len(srcs) < 2 {
			t.Errorf("conflict %q within one source", cf.About)
		}
	}
	if countries == nil {
		t.Fatalf("no conflict over a count of countries: %+v", conflicts)
	}
	texts := map[string]bool{}
	for _, v := range *countries {
		texts[v.Value] = true
	}
	if !texts["27"] || !texts["more than 27"] {
		t.Errorf("country count conflict values %v, want 27 and more than 27", texts)
	}
	var filtered struct {
		Conflicts connection[struct{ About string }]
	}
	if err := c.Post(`{ conflicts(about: "countries") { totalCount edges { node { about } } } }`, &filtered); err != nil {
		t.Fatal(err)
	}
	if len(filtered.Conflicts.Edges) == 0 {
		t.Error("conflicts(about: countries) found nothing")
	}
	filtered.Conflicts.Edges = nil
	if err := c.Post(`{ conflicts(about: "no such subject anywhere") { totalCount edges { node { about } } } }`, &filtered); err != nil ||
		len(filtered.Conflicts.Edges) != 0 || filtered.Conflicts.TotalCount != 0 {
		t.Errorf("unrelated about: %v %+v", err, filtered.Conflicts)
	}
}

func TestAPIActorBySurnameAlone(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	want := ""
	for _, name := range []string{"Volodymyr Zelenskyy", "zelenskiy", "Zelensky", "ZELENSKYY"} {
		var resp struct{ Actor *struct{ ID, Kind string } }
		if err := c.Post(`query($n: String!) { actor(name: $n) { id kind } }`, &resp, client.Var("n", name)); err != nil {
			t.Fatal(err)
		}
		if resp.Actor == nil || resp.Actor.Kind != "PERSON" {
			t.Fatalf("actor(%q) = %+v", name, resp.Actor)
		}
		if want == "" {
			want = resp.Actor.ID
		} else if resp.Actor.ID != want {
			t.Errorf("actor(%q) = %s, want %s", name, resp.Actor.ID, want)
		}
	}
}

func TestAPIPaginationAcrossPagesOnTheCorpus(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	seen := map[string]bool{}
	var after *string
	total, pages := -1, 0
	for {
		var p struct {
			Commitments struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   *string
				}
				Edges []struct{ Node struct{ ID string } }
			}
		}
		if err := c.Post(`query($after: String) { commitments(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
			&p, client.Var("after", after)); err != nil {
			t.Fatal(err)
		}
		pages++
		total = p.Commitments.TotalCount
		for _, e := range p.Commitments.Edges {
			if seen[e.Node.ID] {
				t.Fatalf("%s on two pages", e.Node.ID)
			}
			seen[e.Node.ID] = true
		}
		if !p.Commitments.PageInfo.HasNextPage {
			break
		}
		if pages > 100 {
			t.Fatal("pagination does not end")
		}
		after = p.Commitments.PageInfo.EndCursor
	}
	if total < 5 || len(seen) != total || pages != (total+3)/4 {
		t.Errorf("%d pages, %d seen, totalCount %d", pages, len(seen), total)
	}
	var any map[string]any
	if err := c.Post(`{ commitments(first: 501) { totalCount } }`, &any); err == nil || !strings.Contains(err.Error(), "at most 500") {
		t.Errorf("first: 501 gave %v", err)
	}
}

func TestAPILimitsCoverTheNewFields(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.MaxDepth = 5
	_, c := corpusServer(t, cfg)
	var any map[string]any
	deep := `{ trace(id: "x") { steps { evidence { edges { node { source { outlet { name } } } } } } } }`
	if err := c.Post(deep, &any); err == nil || !strings.Contains(err.Error(), "exceeds the limit of 5") {
		t.Errorf("deep trace query gave %v", err)
	}
	cfg = server.DefaultConfig()
	cfg.MaxComplexity = 500
	_, c = corpusServer(t, cfg)
	if err := c.Post(`{ neighborhood(id: "org:coalition-of-the-willing", limit: 1000) { truncated } }`, &any); err == nil || !strings.Contains(err.Error(), "complexity") {
		t.Errorf("neighborhood of 1000 under a complexity limit of 500 gave %v", err)
	}
	if err := c.Post(`{ neighborhood(id: "org:coalition-of-the-willing", limit: 100) { truncated } }`, &any); err != nil {
		t.Errorf("neighborhood of 100 under a complexity limit of 500: %v", err)
	}
}

func TestAPIPersistedNeighborhoodQuery(t *testing.T) {
	_, c := corpusServer(t, server.DefaultConfig())
	q := `{ neighborhood(id: "org:coalition-of-the-willing", limit: 10) { nodes { id } edges { id evidenceCount } } }`
	sum := sha256.Sum256([]byte(q))
	ext := client.Extensions(map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}})
	var resp struct{ Neighborhood graphView }
	if err := c.Post("", &resp, ext); err == nil || !strings.Contains(err.Error(), "PersistedQueryNotFound") {
		t.Fatalf("unknown hash gave %v", err)
	}
	if err := c.Post(q, &resp, ext); err != nil {
		t.Fatalf("registering the query: %v", err)
	}
	resp.Neighborhood.Nodes = nil
	if err := c.Post("", &resp, ext); err != nil {
		t.Fatalf("hash only: %v", err)
	}
	if len(resp.Neighborhood.Nodes) == 0 {
		t.Fatal("persisted query answered no nodes")
	}
}

func TestAPIRoutesSearchExportExplorer(t *testing.T) {
	s, _ := corpusServer(t, server.DefaultConfig())
	for path, want := range map[string]string{
		"/search?q=coalition":      "org:coalition-of-the-willing",
		"/export?format=cytoscape": `"elements"`,
		"/explore":                 "<html",
		"/explore/app.js":          "neighborhood",
	} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK || !strings.Contains(strings.ToLower(rec.Body.String()), strings.ToLower(want)) {
			t.Errorf("GET %s: %d, body without %q", path, rec.Code, want)
		}
	}
}
