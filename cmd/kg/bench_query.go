package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/server"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/internal/bench"
	"github.com/kg-project/kg/loader/quads"
	"github.com/kg-project/kg/schema"
)

// benchActor is an actor the query phase asks about.
type benchActor struct {
	ID   string // local id: person:...
	Name string
}

// phaseQuery serves the loaded bolt store through kg's GraphQL handler
// and through Cayley's own HTTP API (Gizmo), both on loopback listeners,
// and measures the same questions asked of each.
func phaseQuery(ctx context.Context, c *benchConfig, log io.Writer) (*phaseResult, error) {
	storeURL := c.QueryStore
	if storeURL == "" {
		storeURL = "bolt:" + boltStorePath(c)
	}
	st, err := store.Open(ctx, storeURL)
	if err != nil {
		return nil, err
	}
	// The store is not closed: a Gizmo query runs in a goroutine that
	// outlives a cancelled request, and bolt faults if its file is
	// unmapped under it. The phase's process ends right after.
	count, err := st.Count(ctx)
	if err != nil {
		return nil, err
	}
	qs := st.QuadStore()
	// The full-text index of Query.search, brought up to date first as
	// `kg serve` does (setup, not measured).
	ix, err := search.OpenFor(storeURL)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	fmt.Fprintf(log, "kg bench: updating the search index\n")
	syncStart := time.Now()
	if _, err := ix.Sync(ctx, st); err != nil {
		return nil, err
	}
	syncTime := time.Since(syncStart)
	scfg := server.DefaultConfig()
	scfg.Search = ix
	scfg.Changes = st
	kgSrv := httptest.NewServer(server.New(qs, scfg))
	defer kgSrv.Close()
	gzSrv := httptest.NewServer(bench.GizmoHandler(qs, 1000, 60*time.Second))
	defer gzSrv.Close()
	client := bench.NewClient()
	endpoint := kgSrv.URL + "/graphql"

	fields, err := queryFields(ctx, client, endpoint)
	if err != nil {
		return nil, err
	}
	actors, err := benchActors(ctx, qs)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "kg bench: %d quads; asking about %d actors (%s, ...)\n", count, len(actors), actors[0].Name)

	type questionSpec struct {
		key, name string
		field     string // Query field the GraphQL side needs
		graphql   func(a benchActor) (string, map[string]any)
		gizmo     func(a benchActor) string
		minN      int
	}
	questions := []questionSpec{
		{key: "actor", name: "actor by name", field: "actor", minN: 200,
			graphql: func(a benchActor) (string, map[string]any) {
				return bench.GraphQLActor, map[string]any{"name": a.Name}
			},
			gizmo: func(a benchActor) string { return bench.GizmoActor(quads.NormalizeName(a.Name)) }},
		{key: "commitments", name: "actor's commitmentsMade", field: "actor", minN: 200,
			graphql: func(a benchActor) (string, map[string]any) {
				return bench.GraphQLCommitments, map[string]any{"name": a.Name}
			},
			gizmo: func(a benchActor) string { return bench.GizmoCommitments(quads.NormalizeName(a.Name)) }},
		{key: "neighborhood", name: "neighborhood depth 2", field: "neighborhood", minN: 50,
			graphql: func(a benchActor) (string, map[string]any) {
				return bench.GraphQLNeighborhood, map[string]any{"id": a.ID}
			},
			gizmo: func(a benchActor) string { return bench.GizmoNeighborhood(schema.ID(a.ID), 200) }},
		{key: "search", name: "search", field: "search", minN: 20,
			graphql: func(a benchActor) (string, map[string]any) {
				return bench.GraphQLSearch, map[string]any{"text": searchTerm(a.Name)}
			},
			gizmo: func(a benchActor) string { return bench.GizmoSearch(searchTerm(a.Name)) }},
	}
	var figs []bench.Figure
	for _, q := range questions {
		if !fields[q.field] {
			figs = append(figs, bench.Figure{Key: "query." + q.key + ".p99", Name: q.name + " p99", Missing: "not in schema"})
			continue
		}
		askKG := func(ctx context.Context, i int) error {
			query, vars := q.graphql(actors[i%len(actors)])
			_, err := bench.GraphQL(ctx, client, endpoint, query, vars)
			return err
		}
		askGizmo := func(ctx context.Context, i int) error {
			res, err := bench.Gizmo(ctx, client, gzSrv.URL, q.gizmo(actors[i%len(actors)]))
			if err == nil && len(res) == 0 {
				err = fmt.Errorf("%s: gizmo found nothing for %q", q.key, actors[i%len(actors)].Name)
			}
			return err
		}
		fs, err := measureQuestion(ctx, c, log, q.key, q.name, q.minN, actors, askKG, askGizmo)
		if err != nil {
			// One question failing (a resolver error, a timeout) is
			// reported as such; the other figures still count.
			fmt.Fprintf(log, "kg bench: %s: %v\n", q.name, err)
			figs = append(figs, bench.Figure{Key: "query." + q.key + ".p99", Name: q.name + " p99", Missing: "failed: " + err.Error()})
			continue
		}
		figs = append(figs, fs...)

		if q.key != "actor" {
			continue
		}
		fmt.Fprintf(log, "kg bench: %s with %d clients ...\n", q.name, c.Clients)
		kgRate, kgCLat, kgFailed, kgErr := bench.Concurrent(ctx, c.Clients, c.Duration, askKG)
		gzRate, gzCLat, gzFailed, gzErr := bench.Concurrent(ctx, c.Clients, c.Duration, askGizmo)
		rps := bench.NewFigure("query.actor.rps", fmt.Sprintf("actor by name, %d clients", c.Clients), "req/s",
			kgRate.PerSecond(), gzRate.PerSecond(), "Gizmo via Cayley HTTP", false)
		rps.Note = fmt.Sprintf("p99 under load %s vs %s; failed %d vs %d", ms(kgCLat.P99), ms(gzCLat.P99), kgFailed, gzFailed)
		for _, e := range []error{kgErr, gzErr} {
			if e != nil {
				fmt.Fprintf(log, "kg bench: %s, %d clients: %v\n", q.name, c.Clients, e)
				rps.Note += "; first failure: " + e.Error()
			}
		}
		figs = append(figs, rps)
	}
	names := make([]string, len(actors))
	for i, a := range actors {
		names[i] = a.Name
	}
	return &phaseResult{Figures: figs, Info: map[string]any{"storeQuads": count, "actors": names, "searchIndexSyncSeconds": syncTime.Seconds()}}, nil
}

// queryFields lists the fields of the schema's Query type.
func queryFields(ctx context.Context, c *http.Client, endpoint string) (map[string]bool, error) {
	data, err := bench.GraphQL(ctx, c, endpoint, bench.GraphQLQueryFields, nil)
	if err != nil {
		return nil, fmt.Errorf("introspect: %w", err)
	}
	var resp struct {
		Schema struct {
			QueryType struct {
				Fields []struct{ Name string }
			}
		} `json:"__schema"`
	}
	if err := json.Unmarshal(data, &resp); err != nil {
		return nil, fmt.Errorf("introspect: %w", err)
	}
	out := map[string]bool{}
	for _, f := range resp.Schema.QueryType.Fields {
		out[f.Name] = true
	}
	return out, nil
}

// benchActors picks up to 20 actors that make commitments (so every
// question has an answer), read straight from the quads: this is setup,
// not measured.
func benchActors(ctx context.Context, qs graph.QuadStore) ([]benchActor, error) {
	byRef := qs.ValueOf(schema.CommittedBy)
	if byRef == nil {
		return nil, fmt.Errorf("pick actors: the store has no commitments")
	}
	it := qs.QuadIterator(quad.Predicate, byRef)
	defer it.Close()
	seen := map[quad.IRI]bool{}
	var out []benchActor
	for len(out) < 20 && it.Next(ctx) {
		id, ok := qs.Quad(it.Result()).Object.(quad.IRI)
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		local, ok := schema.LocalID(id)
		if !ok {
			continue
		}
		var name string
		p := path.StartPath(qs, id).Out(schema.Name)
		err := p.Iterate(ctx).EachValue(qs, func(v quad.Value) {
			if s, ok := v.(quad.String); ok && name == "" {
				name = string(s)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("pick actors: name of %s: %w", local, err)
		}
		if name != "" {
			out = append(out, benchActor{ID: local, Name: name})
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("pick actors: %w", err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("pick actors: no committing actor has a name")
	}
	return out, nil
}

// searchTerm is the longest word of a name: what a user types.
func searchTerm(name string) string {
	best := ""
	for _, w := range strings.Fields(name) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func msf(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
func ms(d time.Duration) string   { return fmt.Sprintf("%.2f ms", msf(d)) }

// measureQuestion asks one question of both servers: a warm-up round over
// every actor (which also checks that both answer), then p50 and p99 of
// sequential requests on each.
func measureQuestion(ctx context.Context, c *benchConfig, log io.Writer, key, name string, minN int, actors []benchActor,
	askKG, askGizmo func(context.Context, int) error) ([]bench.Figure, error) {
	for i := range actors {
		if err := askKG(ctx, i); err != nil {
			return nil, fmt.Errorf("graphql: %w", err)
		}
		if err := askGizmo(ctx, i); err != nil {
			return nil, fmt.Errorf("gizmo: %w", err)
		}
	}
	fmt.Fprintf(log, "kg bench: %s ...\n", name)
	kgLat, err := bench.Sequential(ctx, minN, 0, c.Duration/2, askKG)
	if err != nil {
		return nil, fmt.Errorf("graphql: %w", err)
	}
	gzLat, err := bench.Sequential(ctx, min(minN, 20), 0, c.Duration/2, askGizmo)
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	note := fmt.Sprintf("n=%d vs %d; max %s vs %s", kgLat.N, gzLat.N, ms(kgLat.Max), ms(gzLat.Max))
	p50 := bench.NewFigure("query."+key+".p50", name+" p50", "ms", msf(kgLat.P50), msf(gzLat.P50), "Gizmo via Cayley HTTP", true)
	p99 := bench.NewFigure("query."+key+".p99", name+" p99", "ms", msf(kgLat.P99), msf(gzLat.P99), "Gizmo via Cayley HTTP", true)
	p50.Note, p99.Note = note, note
	return []bench.Figure{p50, p99}, nil
}
