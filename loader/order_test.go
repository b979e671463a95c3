package loader

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
)

func TestReorderReleasesInFileOrder(t *testing.T) {
	o := newReorder()
	var got []string
	push := func(j job) {
		for _, r := range o.push(j) {
			if r.done {
				got = append(got, fmt.Sprintf("end%d", r.file))
			} else {
				got = append(got, r.from)
			}
		}
	}
	push(job{file: 2, from: "c1"})
	push(job{file: 1, from: "b1"})
	push(job{file: 2, done: true})
	push(job{file: 0, from: "a1"})
	push(job{file: 0, from: "a2"})
	push(job{file: 0, done: true}) // releases file 1 so far, not file 2
	push(job{file: 1, from: "b2"})
	push(job{file: 1, done: true}) // releases the rest of 1, then all of 2
	want := []string{"a1", "a2", "end0", "b1", "b2", "end1", "c1", "end2"}
	if !slices.Equal(got, want) {
		t.Fatalf("released %v, want %v", got, want)
	}
	if len(o.pending) != 0 {
		t.Fatalf("still held back: %v", o.pending)
	}
}

// recordingStore records the order documents are written in.
type recordingStore struct {
	store.Store
	mu     sync.Mutex
	labels []quad.IRI
}

func (s *recordingStore) PutDocument(ctx context.Context, label quad.IRI, hash string, quads []quad.Quad) (store.Outcome, error) {
	s.mu.Lock()
	s.labels = append(s.labels, label)
	s.mu.Unlock()
	return s.Store.PutDocument(ctx, label, hash, quads)
}

// Early files extract slowest, yet documents are written in file order.
func TestLoadWritesInFileOrder(t *testing.T) {
	dir := t.TempDir()
	const files = 12
	var want []quad.IRI
	for i := range files {
		name := fmt.Sprintf("d%02d.txt", i)
		write(t, filepath.Join(dir, name), fmt.Sprintf("doc %d\nactor: p%d\n", i, i))
	}
	s := &recordingStore{Store: backends(t)["mem"]()}
	slow := func(doc *document.Document) (*extract.Result, error) {
		var i int
		fmt.Sscanf(filepath.Base(doc.Path), "d%02d.txt", &i)
		time.Sleep(time.Duration(files-i) * 2 * time.Millisecond)
		return fakeExtract(doc)
	}
	l := &Loader{Store: s, Extract: slow, ToQuads: fakeQuads, Workers: 4}
	sum := load(t, l, dir)
	if sum.Loaded != files {
		t.Fatalf("summary: %v", sum)
	}
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, docs...)
	slices.Sort(want)
	if !slices.Equal(s.labels, want) {
		t.Fatalf("written in order %v, want %v", s.labels, want)
	}
}
