package loader

import (
	"context"
	"fmt"
	"io/fs"
	"path"

	"github.com/kg-project/kg/loader/document"
)

// LoadFS loads the documents of a file system tree (such as the bundled
// data.FS) through the same extraction and single-writer path as Load, one
// document after the other. Paths are reported as prefix/PATH.
func (l *Loader) LoadFS(ctx context.Context, fsys fs.FS, dir, prefix string) (Summary, error) {
	if l.Store == nil || l.Extract == nil || l.ToQuads == nil {
		return Summary{}, fmt.Errorf("load %s: Loader needs Store, Extract and ToQuads", dir)
	}
	sum := Summary{}
	w := writer{store: l.Store, seen: map[string]string{}, actors: map[string]bool{}}
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
		docs, errs := document.ParseBytes(path.Join(prefix, p), b, document.Options{MaxBytes: l.MaxBytes})
		for _, e := range errs {
			w.write(ctx, job{err: e, skip: document.IsSkip(e)}, &sum)
		}
		for _, doc := range docs {
			w.write(ctx, l.prepare(ctx, doc), &sum)
		}
		return ctx.Err()
	})
	sum.Actors = len(w.actors)
	if err != nil {
		return sum, fmt.Errorf("load %s: %w", dir, err)
	}
	return sum, nil
}
