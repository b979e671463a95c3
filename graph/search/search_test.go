package search_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph/search"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/schema"
)

// synced returns a fixture store and an in-memory index in step with it.
func synced(t *testing.T) (store.Store, *search.Index) {
	t.Helper()
	st := fixtureStore(t)
	ix, err := search.OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Sync(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return st, ix
}

func find(t *testing.T, ix *search.Index, text string, kinds ...string) []search.Hit {
	t.Helper()
	hits, total, err := ix.Search(context.Background(), text, kinds, 50)
	if err != nil {
		t.Fatalf("Search(%q): %v", text, err)
	}
	if total < len(hits) {
		t.Errorf("Search(%q): total %d < %d hits", text, total, len(hits))
	}
	return hits
}

func ids(hits []search.Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

func rank(hits []search.Hit, id string) int {
	for i, h := range hits {
		if h.ID == id {
			return i
		}
	}
	return -1
}

func TestSearchByNameFirst(t *testing.T) {
	_, ix := synced(t)
	for _, q := range []string{"Oleksandra Kovalénko", "Oleksandra Kovalenko", "oleksandra kovalenko", "KOVALENKO"} {
		hits := find(t, ix, q)
		if len(hits) == 0 || hits[0].ID != "person:oleksandra-kovalenko" {
			t.Errorf("Search(%q) = %v, want the person first", q, ids(hits))
			continue
		}
		h := hits[0]
		if h.Kind != "PERSON" || h.Label != "Oleksandra Kovalénko" || !slices.Equal(h.SourceIDs, []string{"doc:brief-one"}) {
			t.Errorf("Search(%q) hit = %+v", q, h)
		}
	}
}

func TestSearchByAlias(t *testing.T) {
	_, ix := synced(t)
	hits := find(t, ix, "Sasha Kovalenko")
	if len(hits) == 0 || hits[0].ID != "person:oleksandra-kovalenko" {
		t.Fatalf("alias search = %v", ids(hits))
	}
	hits = find(t, ix, "sasha")
	if rank(hits, "person:oleksandra-kovalenko") != 0 {
		t.Errorf("alias word search = %v", ids(hits))
	}
}

func TestSearchPrefixTypoAndAccents(t *testing.T) {
	_, ix := synced(t)
	for _, q := range []string{"koval", "Kovalenco", "kovalènko", "Olek"} {
		hits := find(t, ix, q, "PERSON")
		if len(hits) == 0 || hits[0].ID != "person:oleksandra-kovalenko" {
			t.Errorf("Search(%q, PERSON) = %v, want the person", q, ids(hits))
		}
	}
	if hits := find(t, ix, "zzqx"); len(hits) != 0 {
		t.Errorf("nonsense matched %v", ids(hits))
	}
}

func TestSearchClaimsCommitmentsSentences(t *testing.T) {
	_, ix := synced(t)
	hits := find(t, ix, "observers")
	for _, want := range []string{"claim:kovalenko-observers", "commitment:host-observers", "sent:brief-one:1"} {
		if rank(hits, want) < 0 {
			t.Errorf("Search(observers) lacks %s: %v", want, ids(hits))
		}
	}
	// Stemming: the singular finds the plural; a condition word finds the commitment.
	if rank(find(t, ix, "observer"), "commitment:host-observers") < 0 {
		t.Error("singular did not find the commitment")
	}
	if rank(find(t, ix, "talks resume", "COMMITMENT"), "commitment:host-observers") != 0 {
		t.Error("condition words did not find the commitment")
	}
	// An event is found by its participants and place.
	if rank(find(t, ix, "meeting Geneva", "EVENT"), "event:geneva-meeting") != 0 {
		t.Error("event not found by type and place")
	}
	// A sentence hit carries its source and a snippet around the match.
	for _, h := range hits {
		if h.ID == "sent:brief-one:1" {
			if !slices.Equal(h.SourceIDs, []string{"doc:brief-one"}) || h.Snippet == "" {
				t.Errorf("sentence hit = %+v", h)
			}
		}
	}
}

func TestSearchKindFilter(t *testing.T) {
	_, ix := synced(t)
	for _, h := range find(t, ix, "observers", "claim") {
		if h.Kind != "CLAIM" {
			t.Errorf("kind filter CLAIM returned %s %s", h.Kind, h.ID)
		}
	}
	hits := find(t, ix, "Moldova", "ACTOR")
	if len(hits) == 0 || hits[0].ID != "country:MDA" {
		t.Errorf("Search(Moldova, ACTOR) = %v", ids(hits))
	}
	for _, h := range hits {
		if h.Kind != "PERSON" && h.Kind != "COUNTRY" && h.Kind != "ORGANIZATION" {
			t.Errorf("ACTOR filter returned %s %s", h.Kind, h.ID)
		}
	}
	_, _, err := ix.Search(context.Background(), "Moldova", []string{"PLANET"}, 10)
	if !errors.Is(err, search.ErrUnknownKind) {
		t.Errorf("unknown kind: err = %v", err)
	}
}

func TestSearchRankingNameBeatsSentence(t *testing.T) {
	_, ix := synced(t)
	hits := find(t, ix, "Kovalenko")
	person, sentence := rank(hits, "person:oleksandra-kovalenko"), rank(hits, "sent:brief-one:1")
	if person != 0 || sentence < 0 || hits[person].Score <= hits[sentence].Score {
		t.Errorf("Search(Kovalenko) = %v: the person must rank first, above the sentence that mentions her", ids(hits))
	}
	hits = find(t, ix, "Otto Brandt")
	if rank(hits, "person:otto-brandt") != 0 {
		t.Errorf("Search(Otto Brandt) = %v", ids(hits))
	}
}

func TestSearchPaging(t *testing.T) {
	_, ix := synced(t)
	all, total, err := ix.Search(context.Background(), "Geneva", nil, 50)
	if err != nil || total < 3 {
		t.Fatalf("Search(Geneva): %d hits of %d, %v", len(all), total, err)
	}
	page, total2, err := ix.SearchPage(context.Background(), "Geneva", nil, 2, 1)
	if err != nil || total2 != total || len(page) != 2 || page[0].ID != all[1].ID || page[1].ID != all[2].ID {
		t.Errorf("page 2 of Geneva = %v (total %d), all = %v", ids(page), total2, ids(all))
	}
}

func TestSearchErrors(t *testing.T) {
	_, ix := synced(t)
	ctx := context.Background()
	if _, _, err := ix.Search(ctx, "  ,. ", nil, 10); !errors.Is(err, search.ErrEmptyQuery) {
		t.Errorf("empty text: %v", err)
	}
	if _, _, err := ix.Search(ctx, "Geneva", nil, search.MaxFirst+1); !errors.Is(err, search.ErrTooMany) {
		t.Errorf("first too large: %v", err)
	}
	hits, _, err := ix.Search(ctx, "Geneva", nil, 0)
	if err != nil || len(hits) == 0 {
		t.Errorf("default first: %v %v", hits, err)
	}
}

func TestRemoveSourceRemovesItsHits(t *testing.T) {
	st, ix := synced(t)
	ctx := context.Background()
	if len(find(t, ix, "greenhouse")) == 0 {
		t.Fatal("greenhouse not found before removal")
	}
	label := schema.SourceIRI("brief-two")
	if err := st.RemoveDocument(ctx, label); err != nil {
		t.Fatal(err)
	}
	if err := ix.Refresh(ctx, st.QuadStore(), label); err != nil {
		t.Fatal(err)
	}
	if hits := find(t, ix, "greenhouse"); len(hits) != 0 {
		t.Errorf("hits of a removed source remain: %v", ids(hits))
	}
	// A person both documents mention stays, now stated by one source.
	hits := find(t, ix, "Otto Brandt", "PERSON")
	if len(hits) == 0 || hits[0].ID != "person:otto-brandt" || !slices.Equal(hits[0].SourceIDs, []string{"doc:brief-one"}) {
		t.Errorf("shared person after removal = %+v", hits)
	}
	// Removing the other leaves nothing of either.
	if err := st.RemoveDocument(ctx, schema.SourceIRI("brief-one")); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 0 {
		t.Errorf("%d index entries left in an empty store", n)
	}
}

func TestSyncIdempotentAndFollowsChanges(t *testing.T) {
	st, ix := synced(t)
	ctx := context.Background()
	n1, _ := ix.Count()
	stats, err := ix.Sync(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	n2, _ := ix.Count()
	if stats.Indexed != 0 || stats.Removed != 0 || stats.Unchanged != 2 || stats.Nodes != 0 || n1 != n2 {
		t.Errorf("second Sync = %+v, entries %d -> %d; want nothing done", stats, n1, n2)
	}
	if h, ok, _ := ix.Indexed(schema.SourceIRI("brief-one")); !ok || h != "h1" {
		t.Errorf("indexed hash of brief-one = %q, %v", h, ok)
	}
	// A changed document is re-indexed: its new sentence is found.
	d2, r2 := docTwo(t, "\nA lighthouse keeper retired.")
	put(t, st, d2, r2, "h2-changed")
	stats, err = ix.Sync(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Indexed != 1 || stats.Unchanged != 1 {
		t.Errorf("Sync after a change = %+v", stats)
	}
	if rank(find(t, ix, "lighthouse"), "sent:brief-two:2") < 0 {
		t.Error("new sentence of the changed document not found")
	}
}

func TestOpenOnDiskPersists(t *testing.T) {
	st := fixtureStore(t)
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db.search")
	ix, err := search.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = search.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	stats, err := ix.Sync(ctx, st)
	if err != nil || stats.Unchanged != 2 || stats.Indexed != 0 {
		t.Errorf("Sync after reopening = %+v, %v; want everything unchanged", stats, err)
	}
	if hits := find(t, ix, "Kovalenko"); len(hits) == 0 || hits[0].ID != "person:oleksandra-kovalenko" {
		t.Errorf("search after reopening = %v", ids(hits))
	}
}

func TestDir(t *testing.T) {
	cases := map[string]string{
		"bolt:/data/kg.db":  "/data/kg.db.search",
		"bolt://data/kg.db": "data/kg.db.search",
		"mem:":              "",
		"postgres://h/db":   "",
		"bolt:kg.db":        "kg.db.search",
	}
	for url, want := range cases {
		if got := search.Dir(url); got != want {
			t.Errorf("Dir(%q) = %q, want %q", url, got, want)
		}
	}
}
