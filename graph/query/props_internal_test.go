package query

import (
	"context"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"

	"github.com/kg-project/kg/loader/quads/quadstest"
	"github.com/kg-project/kg/schema"
)

// TestHubReadMatchesFullRead reads an actor as a hub (predicate by
// predicate) and checks the actor and its roles come out as from a full
// read, without the mention links.
func TestHubReadMatchesFullRead(t *testing.T) {
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := quadstest.Load(qs); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	r := NewReader(qs)
	full, err := r.ActorByName(ctx, "novak")
	if err != nil || full == nil {
		t.Fatal(err)
	}
	fullRoles, _ := r.ActorRoles(ctx, full.ID, nil, nil)

	defer func(old int) { hubLimit = old }(hubLimit)
	hubLimit = 3
	p, err := fetchProps(ctx, qs, schema.ID(full.ID))
	if err != nil {
		t.Fatal(err)
	}
	if p.size <= hubLimit || len(p.values(schema.Mention)) != 0 {
		t.Fatalf("node not read as a hub: size %d, %d mentions", p.size, len(p.values(schema.Mention)))
	}
	hubReader := NewReader(qs) // nothing cached yet
	hub, err := hubReader.ActorByName(ctx, "novak")
	if err != nil || hub == nil {
		t.Fatal(err)
	}
	if hub.Name != full.Name || hub.Kind != full.Kind || len(hub.Aliases) != len(full.Aliases) {
		t.Fatalf("hub read %+v, full read %+v", hub, full)
	}
	hubRoles, _ := hubReader.ActorRoles(ctx, hub.ID, nil, nil)
	if hubRoles.TotalCount != fullRoles.TotalCount || hubRoles.TotalCount == 0 {
		t.Fatalf("roles: hub %d, full %d", hubRoles.TotalCount, fullRoles.TotalCount)
	}
}

// TestHubReadOfASource reads a source as a hub and checks its metadata
// and sentences survive.
func TestHubReadOfASource(t *testing.T) {
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := quadstest.Load(qs); err != nil {
		t.Fatal(err)
	}
	defer func(old int) { hubLimit = old }(hubLimit)
	hubLimit = 3
	r := NewReader(qs)
	ctx := context.Background()
	n, err := r.Node(ctx, "doc:fixture-report")
	if err != nil {
		t.Fatal(err)
	}
	src, ok := n.(*Source)
	if !ok || src.Title == nil || src.Date == nil || src.Text == "" {
		t.Fatalf("hub source = %+v", n)
	}
	sents, err := r.SourceSentences(ctx, src.ID, nil, nil)
	if err != nil || sents.TotalCount != 3 || len(sents.Edges) != 3 {
		t.Fatalf("hub source sentences: %v, %+v", err, sents)
	}
}
