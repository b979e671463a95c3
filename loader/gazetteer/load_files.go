package gazetteer

import (
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"sync"

	"github.com/goccy/go-yaml"
)

// decodeFiles reads and decodes the YAML entry lists of files, on as many
// goroutines as there are cores (decoding is most of a process's start-up),
// and returns them in the order of files. The error is the one of the
// first failing file in that order, as a sequential read would report it.
func decodeFiles(fsys fs.FS, files []string) ([][]Entry, error) {
	lists := make([][]Entry, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for k := range next {
				lists[k], errs[k] = decodeFile(fsys, files[k])
			}
		})
	}
	for _, k := range largestFirst(fsys, files) {
		next <- k
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return lists, nil
}

// largestFirst orders the indices of files by size, largest first, so
// that the longest decode does not start last.
func largestFirst(fsys fs.FS, files []string) []int {
	order := make([]int, len(files))
	size := make([]int64, len(files))
	for k, p := range files {
		order[k] = k
		if st, err := fs.Stat(fsys, p); err == nil {
			size[k] = st.Size()
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return size[order[i]] > size[order[j]] })
	return order
}

// decodeFile reads one YAML list of entries.
func decodeFile(fsys fs.FS, p string) ([]Entry, error) {
	raw, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer %s: %w", p, err)
	}
	var list []Entry
	if err := yaml.UnmarshalWithOptions(raw, &list, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("load gazetteer %s: %w", p, err)
	}
	return list, nil
}
