package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/kg-project/kg/loader/document"
)

// TestOrderedPoolKeepsOrder: items come out in input order although the
// workers finish them out of order, read errors pass through in place and
// skip the work.
func TestOrderedPoolKeepsOrder(t *testing.T) {
	const n = 60
	seq := func(yield func(*document.Document, error) bool) {
		for i := range n {
			if i%7 == 3 {
				if !yield(nil, fmt.Errorf("bad file %d", i)) {
					return
				}
				continue
			}
			if !yield(&document.Document{ID: fmt.Sprint(i)}, nil) {
				return
			}
		}
	}
	var got []string
	worked := 0
	work := func(it *extractItem) {
		if it.doc == nil {
			t.Errorf("work called on a read error")
			return
		}
		var k int
		fmt.Sscan(it.doc.ID, &k)
		time.Sleep(time.Duration((k*37)%5) * time.Millisecond) // finish out of order
		it.out = []byte("doc " + it.doc.ID)
	}
	emit := func(it *extractItem) {
		if it.err != nil {
			got = append(got, it.err.Error())
			return
		}
		worked++
		got = append(got, string(it.out))
	}
	orderedPool(seq, 3, work, emit)
	if len(got) != n {
		t.Fatalf("got %d items, want %d", len(got), n)
	}
	for i, g := range got {
		want := "doc " + fmt.Sprint(i)
		if i%7 == 3 {
			want = fmt.Sprintf("bad file %d", i)
		}
		if g != want {
			t.Fatalf("item %d = %q, want %q", i, g, want)
		}
	}
	if worked == 0 {
		t.Fatal("no document worked")
	}
}
