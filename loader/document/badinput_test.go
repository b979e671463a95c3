package document

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"
)

// One test per bad-input case of the reliability issue.

func TestReadEmptyFile(t *testing.T) {
	readFails(t, "testdata/empty.txt", Options{}, ErrEmpty)
	readFails(t, "testdata/whitespace.txt", Options{}, ErrEmpty)
	dir := t.TempDir()
	onlyFrontMatter := writeFile(t, dir, "meta.md", []byte("---\ntitle: Nothing below\n---\n\n  \n"))
	readFails(t, onlyFrontMatter, Options{}, ErrEmpty)
	emptyJSONL := writeFile(t, dir, "none.jsonl", []byte("\n\n"))
	readFails(t, emptyJSONL, Options{}, ErrEmpty)
}

func TestReadBinary(t *testing.T) {
	dir := t.TempDir()
	nul := writeFile(t, dir, "image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	readFails(t, nul, Options{}, ErrBinary)
	control := writeFile(t, dir, "control.md", []byte(strings.Repeat("ab\x01\x02\x03\x04", 200)))
	readFails(t, control, Options{}, ErrBinary)
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(0x80 + i%64) // continuation bytes: never valid UTF-8
	}
	readFails(t, writeFile(t, dir, "noise.txt", noise), Options{}, ErrBinary)
	readFails(t, writeFile(t, dir, "blob.jsonl", []byte("{\"text\":\"a\"}\n\x00\x00\x00")), Options{}, ErrBinary)
}

func TestReadInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	// Latin-1 "café" and a lone continuation byte: two invalid bytes.
	path := writeFile(t, dir, "latin1.txt", []byte("caf\xe9 au lait \x80 ok\n"))
	doc := readOne(t, path)
	if want := "caf\uFFFD au lait \uFFFD ok\n"; doc.Body != want {
		t.Fatalf("body %q, want %q", doc.Body, want)
	}
	if !hasWarning(doc, ErrInvalidUTF8.Error()) || !hasWarning(doc, "2 byte(s)") || !hasWarning(doc, path) {
		t.Fatalf("warnings %q lack the invalid UTF-8 note naming the file and count", doc.Warnings)
	}
	// Each invalid byte is one code point, so later offsets stay stable.
	if got := []rune(doc.Body)[15:17]; string(got) != "ok" {
		t.Fatalf("code points 15-17 are %q, want \"ok\"", string(got))
	}
}

// utf16File encodes text as UTF-16 with a byte order mark.
func utf16File(text string, bigEndian bool) []byte {
	units := utf16.Encode([]rune(text))
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func testUTF16(t *testing.T, bigEndian bool, encName string) {
	text := "---\r\ntitle: Zoë's \U0001F30A notes\r\ndate: 2025-07-01\r\n---\r\nŁódź harbour \U0001F30A opened.\r\n"
	dir := t.TempDir()
	path := writeFile(t, dir, "wide.md", utf16File(text, bigEndian))
	doc := readOne(t, path)
	if doc.Encoding != encName {
		t.Fatalf("encoding %q, want %q", doc.Encoding, encName)
	}
	if doc.Title != "Zoë's \U0001F30A notes" || doc.Date != "2025-07-01" {
		t.Fatalf("front matter not read from UTF-16: title %q date %q", doc.Title, doc.Date)
	}
	if want := "Łódź harbour \U0001F30A opened.\r\n"; doc.Body != want {
		t.Fatalf("body %q, want %q", doc.Body, want)
	}
	checkOffsets(t, text, doc)
	if len(doc.Warnings) != 0 {
		t.Fatalf("unexpected warnings %q", doc.Warnings)
	}
	// An unpaired surrogate is replaced and reported.
	broken := utf16File("ab", bigEndian)
	if bigEndian {
		broken = append(broken, 0xD8, 0x3C)
	} else {
		broken = append(broken, 0x3C, 0xD8)
	}
	doc = readOne(t, writeFile(t, dir, "broken.txt", broken))
	if doc.Body != "ab\uFFFD" || !hasWarning(doc, "invalid UTF-16") {
		t.Fatalf("unpaired surrogate: body %q warnings %q", doc.Body, doc.Warnings)
	}
}

func TestReadUTF16LE(t *testing.T) { testUTF16(t, false, "utf-16le") }
func TestReadUTF16BE(t *testing.T) { testUTF16(t, true, "utf-16be") }

func TestReadCRLFOffsetsExact(t *testing.T) {
	raw, err := os.ReadFile("testdata/crlf.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := readOne(t, "testdata/crlf.txt")
	if doc.Body != string(raw) {
		t.Fatalf("CRLF body changed: %q", doc.Body)
	}
	// "four" starts after "Line one\r\n" (10), "Line two été\r\n" (14),
	// "\r\n" (2) and "Line " (5): code point 31.
	if got := string([]rune(doc.Body)[31:35]); got != "four" {
		t.Fatalf("code points 31-35 are %q, want \"four\"", got)
	}
	// With CRLF front matter, BodyOffset counts the CRs too.
	text := "---\r\ntitle: Crlf\r\n---\r\nBody line\r\n"
	path := writeFile(t, t.TempDir(), "crlf.md", []byte(text))
	doc = readOne(t, path)
	if doc.BodyOffset != 23 || doc.Body != "Body line\r\n" {
		t.Fatalf("BodyOffset %d body %q; want 23 and the body after the closing line", doc.BodyOffset, doc.Body)
	}
	checkOffsets(t, text, doc)
}

func TestReadBrokenJSONLRecord(t *testing.T) {
	path := "testdata/broken.jsonl"
	docs, errs := Read(path, Options{})
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if strings.Join(ids, ",") != "a,c,e" {
		t.Fatalf("good records %v, want a,c,e", ids)
	}
	wantLines := []string{path + ":2:", path + ":4:", path + ":5:", path + ":6:"}
	if len(errs) != len(wantLines) {
		t.Fatalf("errors %v, want one per broken line %v", errs, wantLines)
	}
	for i, err := range errs {
		if !errors.Is(err, ErrRecord) || !strings.Contains(err.Error(), wantLines[i]) {
			t.Errorf("error %q: want ErrRecord naming %s", err, wantLines[i])
		}
	}
	if docs[1].Line != 3 || docs[1].Path != path {
		t.Fatalf("record c at %s:%d, want %s:3", docs[1].Path, docs[1].Line, path)
	}
	// A record with an empty text is reported with its line too.
	dir := t.TempDir()
	p := writeFile(t, dir, "blank.jsonl", []byte("{\"id\":\"x\",\"text\":\"fine\"}\n{\"id\":\"y\",\"text\":\"  \"}\n"))
	docs, errs = Read(p, Options{})
	if len(docs) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrEmpty) || !strings.Contains(errs[0].Error(), p+":2") {
		t.Fatalf("empty record text: docs %d errors %v", len(docs), errs)
	}
}

func TestReadMalformedFrontMatter(t *testing.T) {
	readFails(t, "testdata/bad_yaml.md", Options{}, ErrFrontMatter)
	readFails(t, "testdata/scalar_yaml.md", Options{}, ErrFrontMatter)
	dir := t.TempDir()
	dup := writeFile(t, dir, "dup.md", []byte("---\ntitle: One\ntitle: Two\n---\nBody.\n"))
	readFails(t, dup, Options{}, ErrFrontMatter)
	list := writeFile(t, dir, "list.txt", []byte("---\n- a\n- b\n---\nBody.\n"))
	readFails(t, list, Options{}, ErrFrontMatter)
}

func TestReadUnparsableDate(t *testing.T) {
	doc := readOne(t, "testdata/bad_date.md")
	if doc.Date != "" || doc.Explicit["date"] {
		t.Fatalf("date %q explicit %v: want empty, not explicit", doc.Date, doc.Explicit["date"])
	}
	if !hasWarning(doc, ErrInvalidDate.Error()) || !hasWarning(doc, "testdata/bad_date.md") {
		t.Fatalf("warnings %q lack the unparsable date note naming the file", doc.Warnings)
	}
	if doc.Title != "Market day" || doc.Body != "Stalls opened at dawn.\n" {
		t.Fatalf("the rest of the document must load: title %q body %q", doc.Title, doc.Body)
	}
	// A marker with an impossible date is not taken either.
	marker := writeFile(t, t.TempDir(), "feb.txt", []byte(" date 2025-02-30 Text\n"))
	doc = readOne(t, marker)
	if doc.Date != "" || !hasWarning(doc, ErrInvalidDate.Error()) {
		t.Fatalf("impossible marker date: date %q warnings %q", doc.Date, doc.Warnings)
	}
}

func TestReadOverSizeLimit(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "big.txt", []byte(strings.Repeat("word ", 100)))
	err := readFails(t, path, Options{MaxBytes: 499}, ErrTooLarge)
	if !strings.Contains(err.Error(), "500 bytes") {
		t.Fatalf("error %q does not give the size", err)
	}
	if docs, errs := Read(path, Options{MaxBytes: 500}); len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("at the limit: %d documents, errors %v", len(docs), errs)
	}
	// The default limit applies to a file bigger than 20 MiB; the file is
	// sparse, and is rejected from its size, before reading.
	huge := filepath.Join(dir, "huge.md")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(DefaultMaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	readFails(t, huge, Options{}, ErrTooLarge)
	if _, errs := ParseBytes("mem.txt", []byte("12345"), Options{MaxBytes: 4}); len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("ParseBytes over the limit: %v", errs)
	}
}

// TestReadUnreadableFile covers files that cannot be read. Running as
// root, chmod 000 does not stop reading, so that case is only checked for
// other users; the other cases fail for root too: a folder named like a
// text file, a path through a regular file, a file that does not exist.
func TestReadUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder.txt")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	readFails(t, folder, Options{}, ErrNotRegular)

	plain := writeFile(t, dir, "plain.txt", []byte("text"))
	readFails(t, filepath.Join(plain, "inside.txt"), Options{}, syscall.ENOTDIR)
	readFails(t, filepath.Join(dir, "missing.txt"), Options{}, fs.ErrNotExist)

	if os.Geteuid() == 0 {
		t.Log("running as root: chmod 000 does not make a file unreadable, permission case not checked")
		return
	}
	locked := writeFile(t, dir, "locked.txt", []byte("secret"))
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	readFails(t, locked, Options{}, fs.ErrPermission)
}

func TestReadUnsupportedExtension(t *testing.T) {
	readFails(t, "testdata/scan.pdf", Options{}, ErrUnsupported)
	if !IsSkip(fmtErr(Read("testdata/scan.pdf", Options{}))) {
		t.Fatal("an unsupported file must count as a skip, not a failure")
	}
}

func fmtErr(_ []*Document, errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return errs[0]
}
