package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/kg-project/kg/data"
)

// ErrInvalid is wrapped by every validation error of Load.
var ErrInvalid = errors.New("invalid gazetteer entry")

// Load reads every *.yaml file under dir of fsys (recursively, in path
// order; each file a YAML list of entries), validates the whole set and
// indexes it. All validation errors are reported together, each naming
// its file and entry id.
func Load(fsys fs.FS, dir string) (*Gazetteer, error) {
	var files []string
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load gazetteer %s: %w", dir, err)
	}
	sort.Strings(files)
	lists, err := decodeFiles(fsys, files)
	if err != nil {
		return nil, err
	}
	var entries []*Entry
	var sources []string
	for k, list := range lists {
		for i := range list {
			entries = append(entries, &list[i])
			sources = append(sources, path.Base(files[k]))
		}
	}
	return build(entries, sources)
}

// New builds a gazetteer from entries given in code (tests, generated
// data), validated as Load validates files.
func New(entries []Entry) (*Gazetteer, error) {
	ptrs := make([]*Entry, len(entries))
	sources := make([]string, len(entries))
	for i := range entries {
		e := entries[i]
		ptrs[i] = &e
		sources[i] = "entries"
	}
	return build(ptrs, sources)
}

func build(entries []*Entry, sources []string) (*Gazetteer, error) {
	if err := validate(entries, sources); err != nil {
		return nil, err
	}
	g := &Gazetteer{entries: entries}
	g.index()
	return g, nil
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the bundled gazetteer (data.FS, directory "gazetteer"),
// loaded once per process.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Load(data.FS, "gazetteer")
	})
	return defaultGaz, defaultErr
}
