package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/schema"
)

var errBroken = errors.New("broken on purpose")

// fakeExtract turns each "actor: NAME" line into a person and fails on a
// line "BROKEN": enough to drive the loader without the real pipeline.
func fakeExtract(doc *document.Document) (*extract.Result, error) {
	res := &extract.Result{Document: extract.Meta{ID: doc.ID}}
	for _, line := range strings.Split(doc.Body, "\n") {
		line = strings.TrimSpace(line)
		if line == "BROKEN" {
			return nil, errBroken
		}
		if name, ok := strings.CutPrefix(line, "actor: "); ok {
			res.Persons = append(res.Persons, extract.Entity{ID: "person:" + name, Name: name, Kind: "person"})
		}
	}
	return res, nil
}

// fakeQuads writes one quad per body line and one per person.
func fakeQuads(doc *document.Document, res *extract.Result) ([]quad.Quad, error) {
	label := schema.SourceIRI(doc.ID)
	var out []quad.Quad
	for i, line := range strings.Split(strings.TrimSpace(doc.Body), "\n") {
		out = append(out, quad.Quad{Subject: label, Predicate: schema.Text, Object: quad.String(fmt.Sprintf("%d %s", i, line)), Label: label})
	}
	for _, p := range res.Persons {
		out = append(out, quad.Quad{Subject: schema.ID(p.ID), Predicate: schema.MentionIn, Object: label, Label: label})
	}
	return out, nil
}

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func backends(t *testing.T) map[string]func() store.Store {
	open := func(url string) func() store.Store {
		return func() store.Store {
			s, err := store.Open(context.Background(), url)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	}
	return map[string]func() store.Store{
		"mem":  open("mem:"),
		"bolt": open("bolt:" + filepath.Join(t.TempDir(), "kg.db")),
	}
}

func load(t *testing.T, l *Loader, paths ...string) Summary {
	t.Helper()
	sum, err := l.Load(context.Background(), paths)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return sum
}

func count(t *testing.T, s store.Store) int64 {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestLoadReloadReplaceRemove(t *testing.T) {
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "a.txt"), "first line\nactor: ana\nactor: ben\n")
			write(t, filepath.Join(dir, "sub", "b.md"), "# heading\nactor: ana\n")
			write(t, filepath.Join(dir, "broken.txt"), "text\nBROKEN\n")
			write(t, filepath.Join(dir, "empty.txt"), "")
			write(t, filepath.Join(dir, "notes.pdf"), "%PDF")
			s := open()
			l := &Loader{Store: s, Extract: fakeExtract, ToQuads: fakeQuads, Workers: 3}

			sum := load(t, l, dir)
			if sum.Loaded != 2 || sum.Failed != 2 || sum.Skipped != 1 || sum.Unchanged != 0 {
				t.Fatalf("first load: %v", sum)
			}
			if sum.Actors != 2 {
				t.Errorf("actors = %d, want 2", sum.Actors)
			}
			for _, file := range []string{"broken.txt", "empty.txt"} {
				if !mentions(sum.Errors, filepath.Join(dir, file)) {
					t.Errorf("no error naming %s in %v", file, sum.Errors)
				}
			}
			if !errors.Is(errors.Join(sum.Errors...), errBroken) || !errors.Is(errors.Join(sum.Errors...), document.ErrEmpty) {
				t.Errorf("errors lost their cause: %v", sum.Errors)
			}
			// 3+2 line quads, 3 person quads, 2x2 markers.
			if n := count(t, s); n != 12 || sum.Quads != 8 {
				t.Fatalf("count = %d (summary %d), want 12 (8 written)", n, sum.Quads)
			}

			sum = load(t, l, dir)
			if sum.Unchanged != 2 || sum.Loaded != 0 || sum.Replaced != 0 || sum.Quads != 0 {
				t.Fatalf("reload: %v", sum)
			}
			if n := count(t, s); n != 12 {
				t.Fatalf("count after reload = %d, want 12", n)
			}

			write(t, filepath.Join(dir, "a.txt"), "changed line\nactor: cleo\n")
			sum = load(t, l, dir)
			if sum.Replaced != 1 || sum.Unchanged != 1 {
				t.Fatalf("changed file: %v", sum)
			}
			if n := count(t, s); n != 2+1+2+(2+1+2) {
				t.Fatalf("count after replace = %d, want 10", n)
			}
			if has(t, s, quad.String("0 first line")) {
				t.Fatalf("old quad of the replaced document is still there")
			}

			if err := l.Remove(context.Background(), "a"); err != nil {
				t.Fatalf("Remove: %v", err)
			}
			if n := count(t, s); n != 5 {
				t.Fatalf("count after remove = %d, want 5", n)
			}
			if err := l.Remove(context.Background(), "a"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("second Remove = %v, want ErrNotFound", err)
			}
		})
	}
}

func mentions(errs []error, path string) bool {
	for _, err := range errs {
		if strings.Contains(err.Error(), path) {
			return true
		}
	}
	return false
}

func has(t *testing.T, s store.Store, object quad.Value) bool {
	t.Helper()
	qs := s.QuadStore()
	ref := qs.ValueOf(object)
	if ref == nil {
		return false
	}
	it := qs.QuadIterator(quad.Object, ref)
	defer it.Close()
	return it.Next(context.Background())
}

func TestLoadDuplicateIDReported(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "x", "same.txt"), "one\n")
	write(t, filepath.Join(dir, "y", "same.txt"), "two\n")
	s := backends(t)["mem"]()
	sum := load(t, &Loader{Store: s, Extract: fakeExtract, ToQuads: fakeQuads}, dir)
	if sum.Loaded != 1 || sum.Failed != 1 || !errors.Is(sum.Errors[0], ErrDuplicateID) {
		t.Fatalf("duplicate ids: %v %v", sum, sum.Errors)
	}
}

func TestLoadManyFilesInParallel(t *testing.T) {
	dir := t.TempDir()
	const files = 60
	for i := range files {
		write(t, filepath.Join(dir, fmt.Sprintf("d%02d.txt", i)), fmt.Sprintf("doc %d\nactor: p%d\nactor: shared\n", i, i%7))
	}
	s := backends(t)["bolt"]()
	var progress bytes.Buffer
	l := &Loader{Store: s, Extract: fakeExtract, ToQuads: fakeQuads, Workers: 4, Progress: &progress, Terminal: true}
	sum := load(t, l, dir)
	if sum.Loaded != files || sum.Failed != 0 || sum.Actors != 8 {
		t.Fatalf("summary: %v", sum)
	}
	if n := count(t, s); n != files*(3+2+2) {
		t.Fatalf("count = %d, want %d", n, files*7)
	}
	if !strings.Contains(progress.String(), "\rloading 60 files: 60 documents") {
		t.Errorf("progress line = %q", progress.String())
	}
	docs, err := s.Documents(context.Background())
	if err != nil || len(docs) != files {
		t.Fatalf("Documents: %d, %v", len(docs), err)
	}
}

func TestLoadNoProgressWhenNotTerminal(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "x\n")
	var progress bytes.Buffer
	load(t, &Loader{Store: backends(t)["mem"](), Extract: fakeExtract, ToQuads: fakeQuads, Progress: &progress}, dir)
	if progress.Len() != 0 {
		t.Fatalf("progress written to a non-terminal: %q", progress.String())
	}
	if IsTerminal(&progress) {
		t.Fatalf("a buffer is not a terminal")
	}
}

func TestLoadVersionReloads(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "x\n")
	s := backends(t)["mem"]()
	l := &Loader{Store: s, Extract: fakeExtract, ToQuads: fakeQuads, Version: "1"}
	load(t, l, dir)
	l.Version = "2"
	if sum := load(t, l, dir); sum.Replaced != 1 {
		t.Fatalf("new extractor version should replace: %v", sum)
	}
}

func TestLoadCancelled(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "x\n")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	l := &Loader{Store: backends(t)["mem"](), Extract: fakeExtract, ToQuads: fakeQuads}
	if _, err := l.Load(ctx, []string{dir}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Load on a cancelled context = %v", err)
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{Loaded: 5, Quads: 12345, Actors: 57}
	want := "documents: 5 loaded, 0 replaced, 0 unchanged, 0 failed; quads: 12345; actors: 57"
	if s.String() != want {
		t.Fatalf("String() = %q, want %q", s.String(), want)
	}
}
