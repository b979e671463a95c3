package document

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

func mkdirs(t *testing.T, dirs ...string) {
	t.Helper()
	for _, d := range dirs {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks not available: %v", err)
	}
}

func TestWalkOrderHiddenAndDuplicates(t *testing.T) {
	root := t.TempDir()
	mkdirs(t, filepath.Join(root, "b"), filepath.Join(root, "a", "deep"), filepath.Join(root, ".git"))
	for _, name := range []string{"z.txt", "b/two.md", "a/one.jsonl", "a/deep/three.markdown", ".hidden.txt", ".git/HEAD.txt"} {
		writeFile(t, root, name, []byte("text"))
	}
	// A second route to folder a must not list its files twice.
	symlink(t, filepath.Join(root, "a"), filepath.Join(root, "c-link"))
	res := Walk([]string{root, filepath.Join(root, "z.txt")})
	rel := func(paths []string) []string {
		var out []string
		for _, p := range paths {
			r, _ := filepath.Rel(root, p)
			out = append(out, r)
		}
		return out
	}
	want := []string{"a/deep/three.markdown", "a/one.jsonl", "b/two.md", "z.txt"}
	if got := rel(res.Files); !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	if len(res.Errors) != 0 || len(res.Skipped) != 0 {
		t.Fatalf("errors %v skipped %v, want none", res.Errors, res.Skipped)
	}
}

func TestWalkSymlinkLoop(t *testing.T) {
	root := t.TempDir()
	mkdirs(t, filepath.Join(root, "news", "inner"))
	writeFile(t, root, "news/inner/story.txt", []byte("text"))
	loop := filepath.Join(root, "news", "inner", "back")
	symlink(t, filepath.Join(root, "news"), loop)
	// Two links pointing at each other: the system itself reports ELOOP.
	selfA, selfB := filepath.Join(root, "news", "ping.txt"), filepath.Join(root, "news", "pong.txt")
	symlink(t, selfB, selfA)
	symlink(t, selfA, selfB)

	res := Walk([]string{root})
	if len(res.Files) != 1 || !strings.HasSuffix(res.Files[0], "story.txt") {
		t.Fatalf("files %v: the rest of the tree must still be listed", res.Files)
	}
	if len(res.Errors) != 3 {
		t.Fatalf("errors %v, want the folder loop and both file links", res.Errors)
	}
	for _, err := range res.Errors {
		if !errors.Is(err, ErrSymlinkLoop) {
			t.Errorf("error %q does not wrap ErrSymlinkLoop", err)
		}
	}
	if !strings.Contains(res.Errors[0].Error(), loop) {
		t.Errorf("error %q does not name the looping link %s", res.Errors[0], loop)
	}
	// Reading a looping link directly fails too, naming it.
	readFails(t, selfA, Options{}, ErrSymlinkLoop)
}

func TestWalkUnknownExtensionSkipped(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "notes.txt", []byte("text"))
	pdf := writeFile(t, root, "scan.pdf", []byte("text"))
	noExt := writeFile(t, root, "README", []byte("text"))
	res := Walk([]string{root})
	if len(res.Files) != 1 || len(res.Errors) != 0 {
		t.Fatalf("files %v errors %v", res.Files, res.Errors)
	}
	if len(res.Skipped) != 2 {
		t.Fatalf("skipped %v, want the two unknown files", res.Skipped)
	}
	for i, path := range []string{noExt, pdf} {
		err := res.Skipped[i]
		if !IsSkip(err) || !strings.Contains(err.Error(), path) {
			t.Errorf("skip note %q: want ErrUnsupported naming %s", err, path)
		}
	}
}

func TestWalkMissingAndSpecialFiles(t *testing.T) {
	root := t.TempDir()
	missing := filepath.Join(root, "gone")
	fifo := filepath.Join(root, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	res := Walk([]string{missing, root, fifo})
	if len(res.Errors) != 2 || !errors.Is(res.Errors[0], os.ErrNotExist) || !errors.Is(res.Errors[1], ErrNotRegular) {
		t.Fatalf("errors %v: want the missing path, then the named pipe given by name", res.Errors)
	}
	if len(res.Skipped) != 1 || !IsSkip(res.Skipped[0]) || !strings.Contains(res.Skipped[0].Error(), fifo) {
		t.Fatalf("skipped %v: want the pipe found inside the folder", res.Skipped)
	}
	// Read must not block on a pipe.
	readFails(t, fifo, Options{}, ErrNotRegular)
}

func TestAllYieldsDocumentsAndProblems(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "a.txt", []byte("Alpha text."))
	writeFile(t, root, "b.jsonl", []byte("{\"id\":\"b1\",\"text\":\"Beta.\"}\nnot json\n"))
	writeFile(t, root, "c.doc", []byte("?"))
	var ids []string
	var skips, failures int
	for doc, err := range All([]string{root}, Options{}) {
		switch {
		case doc != nil:
			ids = append(ids, doc.ID)
		case IsSkip(err):
			skips++
		default:
			failures++
		}
	}
	if strings.Join(ids, ",") != "a,b1" || skips != 1 || failures != 1 {
		t.Fatalf("ids %v skips %d failures %d; want a,b1 / 1 / 1", ids, skips, failures)
	}
}

// A file of an unknown type named explicitly is an error; found in a
// folder it is a skip note. N-Quads files are listed (the loader reads
// them), and Read leaves them out as a note.
func TestWalkNamedUnknownTypeFails(t *testing.T) {
	root := t.TempDir()
	ttl := writeFile(t, root, "data.ttl", []byte("@prefix x: <urn:x:> ."))
	nq := writeFile(t, root, "dump.nq", []byte("<urn:a> <urn:p> \"x\" <urn:g> .\n"))
	res := Walk([]string{ttl, nq})
	if len(res.Errors) != 1 || !errors.Is(res.Errors[0], ErrUnknownType) || IsSkip(res.Errors[0]) || !strings.Contains(res.Errors[0].Error(), ttl) {
		t.Fatalf("errors %v: want ErrUnknownType naming %s", res.Errors, ttl)
	}
	if len(res.Files) != 1 || res.Files[0] != nq || len(res.Skipped) != 0 {
		t.Fatalf("files %v skipped %v", res.Files, res.Skipped)
	}
	res = Walk([]string{root})
	if len(res.Errors) != 0 || len(res.Skipped) != 1 || len(res.Files) != 1 {
		t.Fatalf("folder: files %v errors %v skipped %v", res.Files, res.Errors, res.Skipped)
	}
	if format, ok := FormatOf(nq); !ok || format != NQuads {
		t.Errorf("FormatOf(%s) = %q, %v", nq, format, ok)
	}
	if _, errs := Read(nq, Options{}); len(errs) != 1 || !IsSkip(errs[0]) {
		t.Errorf("Read of a dataset: %v, want a skip note", errs)
	}
}
