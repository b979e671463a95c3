package document

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// WalkResult is what Walk found: the files to Read, and why others were
// left out.
type WalkResult struct {
	// Files are the candidate files, in a deterministic order: the paths
	// as given, each folder's content depth-first in name order. A file
	// reached twice (through a symlink, or named twice) is listed once.
	Files []string
	// Skipped are notes, not failures, all wrapping ErrUnsupported: files
	// found inside folders that are of a type kg does not read, or special
	// files such as sockets or pipes. (A file of such a type named
	// explicitly is an error, ErrUnknownType.)
	Skipped []error
	// Errors are failures: a missing or unreadable path, a dangling
	// symlink, a symlink loop (wrapping ErrSymlinkLoop), a file named
	// explicitly whose type kg does not read (ErrUnknownType).
	Errors []error
}

// Walk lists the files to load from paths (files or folders, walked
// recursively). Inside folders, hidden files and folders (name starting
// with ".") are left out silently; symlinks are followed, and one leading
// back to a folder being walked is reported with ErrSymlinkLoop. Walk
// reads no file content: give each of Files to Read, in parallel if
// wanted.
func Walk(paths []string) WalkResult {
	w := &walker{seenFiles: map[string]bool{}, seenDirs: map[string]bool{}}
	for _, path := range paths {
		info, err := os.Stat(path)
		switch {
		case err != nil:
			w.fail(path, err)
		case info.IsDir():
			w.dir(path, nil)
		case info.Mode().IsRegular():
			if _, ok := FormatOf(path); !ok {
				w.res.Errors = append(w.res.Errors, fmt.Errorf("walk %s: %w (%s; kg loads %s)", path, ErrUnknownType, extOf(path), knownExts()))
				continue
			}
			w.file(path)
		default:
			w.res.Errors = append(w.res.Errors, fmt.Errorf("walk %s: %w (%s)", path, ErrNotRegular, info.Mode().Type()))
		}
	}
	return w.res
}

type walker struct {
	res       WalkResult
	seenFiles map[string]bool // real paths of the files listed
	seenDirs  map[string]bool // real paths of the folders walked
}

// fail records a failure on path; a symlink loop the system detected
// (ELOOP) becomes ErrSymlinkLoop.
func (w *walker) fail(path string, err error) {
	if errors.Is(err, syscall.ELOOP) {
		err = ErrSymlinkLoop
	} else if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	w.res.Errors = append(w.res.Errors, fmt.Errorf("walk %s: %w", path, err))
}

func (w *walker) file(path string) {
	if _, ok := FormatOf(path); !ok {
		w.res.Skipped = append(w.res.Skipped, fmt.Errorf("walk %s: %w: skipped", path, ErrUnsupported))
		return
	}
	real, err := realPath(path)
	if err != nil {
		w.fail(path, err)
		return
	}
	if w.seenFiles[real] {
		return
	}
	w.seenFiles[real] = true
	w.res.Files = append(w.res.Files, path)
}

// dir walks a folder; ancestors are the real paths of the folders it is
// inside of in this walk.
func (w *walker) dir(path string, ancestors []string) {
	real, err := realPath(path)
	if err != nil {
		w.fail(path, err)
		return
	}
	if slices.Contains(ancestors, real) {
		w.res.Errors = append(w.res.Errors, fmt.Errorf("walk %s: %w: leads back to %s", path, ErrSymlinkLoop, real))
		return
	}
	if w.seenDirs[real] {
		return
	}
	w.seenDirs[real] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		// ReadDir returns what it could read before the error.
		w.fail(path, err)
	}
	inside := append(slices.Clip(ancestors), real)
	for _, entry := range entries {
		name := entry.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(path, name)
		mode := entry.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(full)
			if err != nil {
				w.fail(full, err)
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			w.dir(full, inside)
		case mode.IsRegular():
			w.file(full)
		default:
			w.res.Skipped = append(w.res.Skipped, fmt.Errorf("walk %s: %w (%s): skipped", full, ErrUnsupported, mode))
		}
	}
}

func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

func extOf(path string) string {
	if ext := filepath.Ext(path); ext != "" {
		return ext
	}
	return "no extension"
}

// knownExts lists the extensions kg reads, sorted.
func knownExts() string {
	exts := make([]string, 0, len(formatByExt))
	for ext := range formatByExt {
		exts = append(exts, ext)
	}
	slices.Sort(exts)
	return strings.Join(exts, ", ")
}
