package model

import "testing"

type keyA struct{ p *int }
type keyB struct{ p *int }

// Entries are told apart by key type and value; Cache replaces an entry.
func TestCacheKeys(t *testing.T) {
	a := &Analysis{Body: "Ministers met."}
	x, y := new(int), new(int)
	if _, ok := Cached[[]int](a, keyA{x}); ok {
		t.Fatal("entry found before Cache")
	}
	a.Cache(keyA{x}, []int{1})
	a.Cache(keyB{x}, []int{2})
	a.Cache(keyA{y}, "other type")
	if v, ok := Cached[[]int](a, keyA{x}); !ok || v[0] != 1 {
		t.Errorf("keyA{x} = %v %v", v, ok)
	}
	if v, ok := Cached[[]int](a, keyB{x}); !ok || v[0] != 2 {
		t.Errorf("keyB{x} = %v %v", v, ok)
	}
	if _, ok := Cached[[]int](a, keyA{y}); ok {
		t.Error("a value of another type is returned")
	}
	a.Cache(keyA{x}, []int{3})
	if v, _ := Cached[[]int](a, keyA{x}); v[0] != 3 || len(a.cache) != 3 {
		t.Errorf("replaced entry = %v, %d entries", v, len(a.cache))
	}
}

// AddMention keeps mentions ordered by start, longer first, without
// duplicates, and the lookups find them.
func TestMentionIndex(t *testing.T) {
	a := &Analysis{Body: "The Freedonian foreign minister met Sylvania's envoy."}
	a.AddMention(Mention{Start: 36, End: 44, Key: "country:sylvania", Kind: "country"})
	a.AddMention(Mention{Start: 4, End: 14, Key: "country:freedonia", Kind: "country"})
	a.AddMention(Mention{Start: 4, End: 31, Key: "organization:fm", Kind: "organization"})
	a.AddMention(Mention{Start: 4, End: 14, Key: "country:freedonia", Kind: "country"})
	a.AddMention(Mention{Start: 9, End: 9})
	if len(a.Mentions) != 3 || a.Mentions[0].End != 31 || a.Mentions[1].End != 14 {
		t.Fatalf("mentions = %+v", a.Mentions)
	}
	if m, ok := a.MentionEndingAt(44); !ok || m.Key != "country:sylvania" {
		t.Errorf("MentionEndingAt(44) = %+v %v", m, ok)
	}
	if !a.OverlapsKind(20, 22, "organization") || a.OverlapsKind(20, 22, "country") {
		t.Error("OverlapsKind wrong inside the organization")
	}
	if i := a.MentionAt(45, 50); i != -1 {
		t.Errorf("MentionAt past the mentions = %d", i)
	}
}
