package loader

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph/export"
	"github.com/kg-project/kg/graph/store"
	"github.com/kg-project/kg/loader/document"
)

// storeLines lists a store's quads as sorted N-Quads lines.
func storeLines(t *testing.T, s store.Store) []string {
	t.Helper()
	qs := s.QuadStore()
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		if q := qs.Quad(it.Result()); q.IsValid() {
			out = append(out, q.NQuad())
		}
	}
	slices.Sort(out)
	return out
}

// An export loads back through kg load into the same quads, each label
// a document; loading it again changes nothing.
func TestLoadNQuadsExport(t *testing.T) {
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "docs", "a.txt"), "first line\nactor: ana\n")
			write(t, filepath.Join(dir, "docs", "b.md"), "# b\nactor: ben\n")
			src := open()
			load(t, &Loader{Store: src, Extract: fakeExtract, ToQuads: fakeQuads}, filepath.Join(dir, "docs"))
			var nq bytes.Buffer
			if err := export.Write(context.Background(), &nq, src.QuadStore(), export.NQuads, ""); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, "dump", "kg.nq")
			write(t, file, nq.String())

			dst, _ := store.Open(context.Background(), "mem:")
			t.Cleanup(func() { dst.Close() })
			l := &Loader{Store: dst, Extract: fakeExtract, ToQuads: fakeQuads}
			sum := load(t, l, file)
			if sum.Loaded != 2 || sum.Failed != 0 {
				t.Fatalf("load export: %v %v", sum, sum.Errors)
			}
			if a, b := storeLines(t, src), storeLines(t, dst); !slices.Equal(a, b) {
				t.Fatalf("re-imported store differs:\n%v\nwant\n%v", b, a)
			}
			if n := count(t, dst); sum.Quads+4 != n {
				t.Errorf("summary counts %d quads, store holds %d (4 markers)", sum.Quads, n)
			}
			if sum := load(t, l, filepath.Join(dir, "dump")); sum.Unchanged != 2 || sum.Loaded+sum.Replaced != 0 {
				t.Errorf("second load: %v", sum)
			}
			// The same label from a text file and a dataset is one document.
			if sum := load(t, l, filepath.Join(dir, "docs", "a.txt"), file); !errors.Is(errors.Join(sum.Errors...), ErrDuplicateID) {
				t.Errorf("document in a file and a dataset: %v", sum.Errors)
			}
		})
	}
}

// A dataset that does not parse is an error naming path and line, and the
// other files still load; a statement without a label is an error too.
func TestLoadNQuadsBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := `<urn:kg:x> <http://schema.org/name> "X" <urn:kg:doc:good> .` + "\n"
	write(t, filepath.Join(dir, "good.nq"), good)
	write(t, filepath.Join(dir, "broken.nq"), `<urn:kg:y> <http://schema.org/name> "Y" <urn:kg:doc:broken> .`+"\n<urn:kg:y> oops\n")
	write(t, filepath.Join(dir, "nolabel.nq"), `<urn:kg:z> <http://schema.org/name> "Z" <urn:kg:doc:labelled> .`+"\n"+`<urn:kg:z> <http://schema.org/name> "Z" .`+"\n")
	write(t, filepath.Join(dir, "notes.ttl"), "@prefix x: <urn:x:> .\n")
	s, _ := store.Open(context.Background(), "mem:")
	t.Cleanup(func() { s.Close() })
	l := &Loader{Store: s, Extract: fakeExtract, ToQuads: fakeQuads}

	sum := load(t, l, dir)
	if sum.Loaded != 2 || sum.Failed != 2 || sum.Skipped != 1 {
		t.Fatalf("folder: %v %v", sum, sum.Errors)
	}
	if !mentions(sum.Errors, filepath.Join(dir, "broken.nq")+":2:") || !mentions(sum.Errors, filepath.Join(dir, "nolabel.nq")+":2:") {
		t.Errorf("errors do not name path and line: %v", sum.Errors)
	}
	all := errors.Join(sum.Errors...)
	if !errors.Is(all, export.ErrSyntax) || !errors.Is(all, export.ErrNoLabel) {
		t.Errorf("errors lost their cause: %v", sum.Errors)
	}
	if _, ok, _ := s.DocumentHash(context.Background(), "urn:kg:doc:broken"); ok {
		t.Error("a document of the broken file was stored")
	}
	// Named explicitly, a type kg does not read is an error, not a skip.
	ttl := filepath.Join(dir, "notes.ttl")
	sum = load(t, l, ttl)
	if sum.Failed != 1 || sum.Skipped != 0 || !errors.Is(errors.Join(sum.Errors...), document.ErrUnknownType) || !mentions(sum.Errors, ttl) {
		t.Errorf("named .ttl: %v %v", sum, sum.Errors)
	}
}

// A dataset sent as bytes (kg load --server) loads the same way.
func TestLoadBytesNQuads(t *testing.T) {
	s, _ := store.Open(context.Background(), "mem:")
	t.Cleanup(func() { s.Close() })
	l := &Loader{Store: s, Extract: fakeExtract, ToQuads: fakeQuads}
	nq := `<urn:kg:doc:sent> <http://schema.org/datePublished> "2026-01-06"^^<http://www.w3.org/2001/XMLSchema#date> <urn:kg:doc:sent> .` + "\n"
	sum, err := l.LoadBytes(context.Background(), "upload.nq", []byte(nq))
	if err != nil || sum.Loaded != 1 || sum.Quads != 1 {
		t.Fatalf("LoadBytes: %v %v %v", sum, sum.Errors, err)
	}
	if got := storeLines(t, s); !slices.Contains(got, `<urn:kg:doc:sent> <http://schema.org/datePublished> "2026-01-06" <urn:kg:doc:sent> .`) {
		t.Errorf("stored %v: want the date as the store keeps it, a plain string", got)
	}
	sum, _ = l.LoadBytes(context.Background(), "bad.nq", []byte("nonsense\n"))
	if sum.Failed != 1 || !mentions(sum.Errors, "bad.nq:1:") {
		t.Errorf("bad upload: %v %v", sum, sum.Errors)
	}
}
