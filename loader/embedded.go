package loader

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"path"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/schema"
)

// LoadFS loads the documents of a file system tree (such as the bundled
// data.FS) through the same extraction and single-writer path as Load, one
// document after the other. Paths are reported as prefix/PATH.
func (l *Loader) LoadFS(ctx context.Context, fsys fs.FS, dir, prefix string) (Summary, error) {
	if err := l.check(); err != nil {
		return Summary{}, fmt.Errorf("load %s: %w", dir, err)
	}
	sum := Summary{}
	w := newWriter(l)
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			sum.fail(fmt.Errorf("load %s: %w", path.Join(prefix, p), err))
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, ok := document.FormatOf(p); !ok {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			sum.fail(fmt.Errorf("load %s: %w", path.Join(prefix, p), err))
			return nil
		}
		l.loadBytes(ctx, w, path.Join(prefix, p), b, &sum)
		return ctx.Err()
	})
	sum.Actors = len(w.actors)
	if err != nil {
		return sum, fmt.Errorf("load %s: %w", dir, err)
	}
	return sum, nil
}

// LoadBytes loads the documents of one file given as bytes (a file sent to
// a running server, say) through the same path as Load; name is the file's
// path, which decides its format and document id.
func (l *Loader) LoadBytes(ctx context.Context, name string, data []byte) (Summary, error) {
	if err := l.check(); err != nil {
		return Summary{}, fmt.Errorf("load %s: %w", name, err)
	}
	sum := Summary{}
	w := newWriter(l)
	l.loadBytes(ctx, w, name, data, &sum)
	sum.Actors = len(w.actors)
	return sum, ctx.Err()
}

func (l *Loader) loadBytes(ctx context.Context, w *writer, name string, data []byte, sum *Summary) {
	if format, _ := document.FormatOf(name); format == document.NQuads {
		l.datasetJobs(bytes.NewReader(data), name, func(j job) bool {
			w.write(ctx, j, sum)
			return ctx.Err() == nil
		})
		return
	}
	docs, errs := document.ParseBytes(name, data, document.Options{MaxBytes: l.MaxBytes})
	for _, e := range errs {
		w.write(ctx, job{err: e, skip: document.IsSkip(e)}, sum)
	}
	for _, doc := range docs {
		w.write(ctx, l.prepare(ctx, doc), sum)
	}
}

func (l *Loader) check() error {
	if l.Store == nil || l.Extract == nil || l.ToQuads == nil {
		return fmt.Errorf("Loader needs Store, Extract and ToQuads")
	}
	return nil
}

func newWriter(l *Loader) *writer {
	return &writer{store: l.Store, seen: map[string]string{}, actors: map[string]bool{}}
}

// LabelsFS returns the labels the documents of a file system tree get when
// LoadFS loads them (dir and prefix as for LoadFS), in file order, each
// once; the first file that cannot be read or parsed is an error.
func LabelsFS(fsys fs.FS, dir, prefix string) ([]quad.IRI, error) {
	var labels []quad.IRI
	seen := map[quad.IRI]bool{}
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if _, ok := document.FormatOf(p); !ok {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		docs, errs := document.ParseBytes(path.Join(prefix, p), b, document.Options{})
		for _, e := range errs {
			if !document.IsSkip(e) {
				return e
			}
		}
		for _, doc := range docs {
			if l := schema.SourceIRI(doc.ID); !seen[l] {
				seen[l] = true
				labels = append(labels, l)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list documents of %s: %w", path.Join(prefix, dir), err)
	}
	return labels, nil
}
