package document

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentinels are the errors every failure must wrap (besides os errors).
var sentinels = []error{ErrEmpty, ErrBinary, ErrTooLarge, ErrFrontMatter, ErrRecord,
	ErrUnsupported, ErrInvalidUTF8, ErrInvalidDate, ErrSymlinkLoop, ErrNotRegular}

func wrapsSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// readOne reads a file that must give exactly one document and no error.
func readOne(t *testing.T, path string) *Document {
	t.Helper()
	docs, errs := Read(path, Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("Read(%s) = %d documents, errors %v; want 1 document, no error", path, len(docs), errs)
	}
	return docs[0]
}

// readFails reads a file that must fail with exactly one error wrapping
// want and naming the path.
func readFails(t *testing.T, path string, opts Options, want error) error {
	t.Helper()
	docs, errs := Read(path, opts)
	if len(docs) != 0 || len(errs) != 1 {
		t.Fatalf("Read(%s) = %d documents, errors %v; want one error", path, len(docs), errs)
	}
	if !errors.Is(errs[0], want) {
		t.Fatalf("Read(%s) error %q does not wrap %q", path, errs[0], want)
	}
	if !strings.Contains(errs[0].Error(), path) {
		t.Fatalf("Read(%s) error %q does not name the file", path, errs[0])
	}
	return errs[0]
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkOffsets verifies that Body is valid UTF-8 and is exactly the
// decoded file from BodyOffset code points on.
func checkOffsets(t testing.TB, decoded string, doc *Document) {
	t.Helper()
	if !utf8.ValidString(doc.Body) {
		t.Fatalf("%s: body is not valid UTF-8", doc.Path)
	}
	runes := []rune(decoded)
	if doc.BodyOffset < 0 || doc.BodyOffset > len(runes) {
		t.Fatalf("%s: BodyOffset %d outside the decoded file (%d code points)", doc.Path, doc.BodyOffset, len(runes))
	}
	if got := string(runes[doc.BodyOffset:]); got != doc.Body {
		t.Fatalf("%s: decoded file from BodyOffset %d is %q, body is %q", doc.Path, doc.BodyOffset, truncate(got, 60), truncate(doc.Body, 60))
	}
}

func hasWarning(doc *Document, part string) bool {
	for _, w := range doc.Warnings {
		if strings.Contains(w, part) {
			return true
		}
	}
	return false
}
