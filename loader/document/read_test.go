package document

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestReadFrontMatterOverrides(t *testing.T) {
	path := "testdata/front_matter.md"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := readOne(t, path)
	want := Document{
		ID: "council-notes-7", Title: "Harbour council notes", Outlet: "The Lighthouse Gazette",
		URL: "https://example.org/notes/7", Date: "2025-03-14", Kind: Primary, Format: "md",
	}
	if doc.ID != want.ID || doc.Title != want.Title || doc.Outlet != want.Outlet || doc.URL != want.URL ||
		doc.Date != want.Date || doc.Kind != want.Kind || doc.Format != want.Format {
		t.Fatalf("got %+v\nwant %+v", *doc, want)
	}
	if !slices.Equal(doc.Authors, []string{"Ada Brook", "Ben Marsh"}) {
		t.Fatalf("authors %q", doc.Authors)
	}
	for _, field := range []string{"id", "title", "outlet", "url", "date", "authors", "kind"} {
		if !doc.Explicit[field] {
			t.Errorf("field %s not marked explicit", field)
		}
	}
	// The marker line stays in the body but loses to the front matter date.
	if !strings.HasPrefix(doc.Body, " date 2024-01-01 ") {
		t.Fatalf("body %q must start with the marker line", doc.Body)
	}
	checkOffsets(t, string(raw), doc)
	if len(doc.Warnings) != 0 {
		t.Fatalf("warnings %q", doc.Warnings)
	}
	if len(doc.Hash) != 64 {
		t.Fatalf("hash %q is not hex SHA-256", doc.Hash)
	}

	doc = readOne(t, "testdata/authors_string.md")
	if !slices.Equal(doc.Authors, []string{"Ada Brook", "Ben Marsh"}) || doc.Date != "2025-03-14" || doc.ID != "authors_string" {
		t.Fatalf("author string / long date: authors %q date %q id %q", doc.Authors, doc.Date, doc.ID)
	}
}

func TestReadFrontMatterAfterBOM(t *testing.T) {
	text := "---\ntitle: Signed\n---\nBody.\n"
	path := writeFile(t, t.TempDir(), "bom.md", append([]byte{0xEF, 0xBB, 0xBF}, text...))
	doc := readOne(t, path)
	if doc.Title != "Signed" || doc.Body != "Body.\n" || doc.Encoding != "utf-8-bom" {
		t.Fatalf("title %q body %q encoding %q", doc.Title, doc.Body, doc.Encoding)
	}
	// The BOM is not counted: offsets are into the text without it.
	checkOffsets(t, text, doc)
}

func TestReadDateMarker(t *testing.T) {
	raw, err := os.ReadFile("testdata/marker.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := readOne(t, "testdata/marker.txt")
	if doc.Date != "2025-11-03" || !doc.Explicit["date"] {
		t.Fatalf("date %q explicit %v", doc.Date, doc.Explicit)
	}
	if doc.Body != string(raw) || doc.BodyOffset != 0 {
		t.Fatalf("the marker must stay in the body")
	}
	dir := t.TempDir()
	for name, text := range map[string]string{
		"colon.txt":  "Date: 2025-11-04\nText.\n",
		"bare.txt":   "date 2025-11-05",
		"crlf.txt":   "date 2025-11-06\r\nText.\r\n",
		"second.txt": "Title\n date 2025-11-07 Text\n",
		"glued.txt":  " date 2025-11-080 Text\n",
		"prose.txt":  "dated 2025-11-09 Text\n",
	} {
		doc := readOne(t, writeFile(t, dir, name, []byte(text)))
		want := map[string]string{"colon.txt": "2025-11-04", "bare.txt": "2025-11-05", "crlf.txt": "2025-11-06"}[name]
		if doc.Date != want || doc.Explicit["date"] != (want != "") {
			t.Errorf("%s: date %q explicit %v, want %q", name, doc.Date, doc.Explicit["date"], want)
		}
	}
}

func TestReadHorizontalRuleNotFrontMatter(t *testing.T) {
	for _, path := range []string{"testdata/hr.md", "testdata/blank_then_rule.md", "testdata/unclosed.md"} {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc := readOne(t, path)
		if doc.Body != string(raw) || doc.BodyOffset != 0 || doc.Title != "" || len(doc.Explicit) != 0 {
			t.Errorf("%s: taken as front matter: offset %d title %q explicit %v", path, doc.BodyOffset, doc.Title, doc.Explicit)
		}
	}
	// An empty block between markers is an empty front matter.
	doc := readOne(t, writeFile(t, t.TempDir(), "empty-fm.md", []byte("---\n---\nText.\n")))
	if doc.Body != "Text.\n" || doc.BodyOffset != 8 {
		t.Fatalf("empty front matter: body %q offset %d", doc.Body, doc.BodyOffset)
	}
	// "..." closes a block too.
	doc = readOne(t, writeFile(t, t.TempDir(), "dots.md", []byte("---\ntitle: Dots\n...\nText.\n")))
	if doc.Title != "Dots" || doc.Body != "Text.\n" {
		t.Fatalf("dots close: title %q body %q", doc.Title, doc.Body)
	}
}

func TestReadJSONLMetadata(t *testing.T) {
	path := "testdata/records.jsonl"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	docs, errs := Read(path, Options{})
	if len(errs) != 0 || len(docs) != 3 {
		t.Fatalf("%d documents, errors %v", len(docs), errs)
	}
	first := docs[0]
	if first.ID != "gull-1" || first.URL != "https://example.org/gull" || first.Title != "Gull census" ||
		first.Outlet != "Coastal Wire" || first.Date != "2025-06-02" || !slices.Equal(first.Authors, []string{"Ada Brook"}) ||
		first.Body != "Volunteers counted the gulls." || first.Line != 1 || first.Format != "jsonl" {
		t.Fatalf("first record %+v", *first)
	}
	if first.Hash != hashBytes([]byte(lines[0])) {
		t.Fatal("record hash is not the SHA-256 of its line")
	}
	second := docs[1]
	if second.ID != "records-2" || second.Explicit["id"] || second.Kind != Secondary ||
		!slices.Equal(second.Authors, []string{"Ben Marsh", "Cy Dune"}) {
		t.Fatalf("second record %+v", *second)
	}
	third := docs[2]
	if third.ID != "42" || third.Line != 4 || third.Date != "" || !hasWarning(third, path+":4") || !hasWarning(third, ErrInvalidDate.Error()) {
		t.Fatalf("third record %+v", *third)
	}
}

func TestSanitizeID(t *testing.T) {
	for in, want := range map[string]string{
		"plain_id-1.0":     "plain_id-1.0",
		"council/notes 7":  "council-notes-7",
		"../../etc/passwd": "etc-passwd",
		"..":               "",
		"Zoë café":         "Zo-caf",
		"  spaced  ":       "spaced",
		"-x-":              "x",
	} {
		if got := SanitizeID(in); got != want {
			t.Errorf("SanitizeID(%q) = %q, want %q", in, got, want)
		}
	}
	// A file whose name has no usable character gets an ID from its hash.
	doc := readOne(t, writeFile(t, t.TempDir(), "ééé.txt", []byte("Text.")))
	if !strings.HasPrefix(doc.ID, "doc-") || len(doc.ID) != 16 {
		t.Fatalf("ID %q", doc.ID)
	}
	if doc := readOne(t, writeFile(t, t.TempDir(), "story.v2.MD", []byte("Text."))); doc.ID != "story.v2" || doc.Format != "md" {
		t.Fatalf("ID %q format %q", doc.ID, doc.Format)
	}
}

func TestReadHashOfRawBytes(t *testing.T) {
	data := []byte("\xEF\xBB\xBFText.\r\n")
	doc := readOne(t, writeFile(t, t.TempDir(), "h.txt", data))
	if doc.Hash != hashBytes(data) {
		t.Fatal("hash is not of the raw file bytes")
	}
	if docs, _ := ParseBytes(filepath.Join("any", "h.txt"), data, Options{}); len(docs) != 1 || docs[0].Hash != doc.Hash || docs[0].Body != doc.Body {
		t.Fatal("ParseBytes differs from Read")
	}
}
