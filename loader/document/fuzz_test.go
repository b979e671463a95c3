package document

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var validID = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9._-]*$`)

// checkDocuments holds for any input: every error wraps a sentinel and
// names the file; every document has a valid ID, a hash, a UTF-8 body
// that is not blank, and dates in YYYY-MM-DD form.
func checkDocuments(t *testing.T, name string, docs []*Document, errs []error) {
	t.Helper()
	for _, err := range errs {
		if !wrapsSentinel(err) {
			t.Fatalf("error %q wraps no sentinel", err)
		}
		if !strings.Contains(err.Error(), name) {
			t.Fatalf("error %q does not name %s", err, name)
		}
	}
	ids := map[string]bool{}
	for _, doc := range docs {
		if !validID.MatchString(doc.ID) || ids[doc.ID] {
			t.Fatalf("bad or repeated ID %q", doc.ID)
		}
		ids[doc.ID] = true
		if !utf8.ValidString(doc.Body) || strings.TrimSpace(doc.Body) == "" {
			t.Fatalf("body %q invalid or blank", doc.Body)
		}
		if len(doc.Hash) != 64 {
			t.Fatalf("hash %q", doc.Hash)
		}
		if doc.Date != "" && len(doc.Date) != 10 {
			t.Fatalf("date %q", doc.Date)
		}
		for _, s := range append(append([]string{doc.Title, doc.URL, doc.Outlet, doc.ID}, doc.Authors...), doc.Warnings...) {
			if !utf8.ValidString(s) {
				t.Fatalf("metadata %q is not valid UTF-8", s)
			}
		}
	}
}

var fuzzExts = []string{".txt", ".md", ".jsonl"}

func FuzzRead(f *testing.F) {
	seeds := []string{
		"", "plain text\n", " date 2025-01-02 text\n", "---\ntitle: t\ndate: 2025-01-02\n---\nbody\n",
		"---\r\ntitle: t\r\n---\r\nbody\r\n", "\xEF\xBB\xBF---\nkind: primary\n---\nx", "\xFF\xFEa\x00b\x00",
		"\xFE\xFF\x00a\x00b", "caf\xe9\n", "\x00\x01binary", "---\n: [\n---\nx", "# h\n\n---\n\ntext",
		"{\"id\":\"a\",\"text\":\"x\"}\n{bad\n", "---\nauthors: [a, {b: c}]\n---\nx", "---\n&a [*a]\n---\nx",
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
	f.Fuzz(func(t *testing.T, ext uint8, data []byte) {
		name := "fuzz" + fuzzExts[int(ext)%len(fuzzExts)]
		docs, errs := ParseBytes(name, data, Options{MaxBytes: 1 << 20})
		checkDocuments(t, name, docs, errs)
		if len(docs) > 0 && !strings.HasSuffix(name, ".jsonl") {
			text, _, err := decode(name, data)
			if err != nil {
				t.Fatalf("decode fails (%v) but ParseBytes gave a document", err)
			}
			checkOffsets(t, text, docs[0])
		}
	})
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"title: t", "date: 2025-01-02", "date: 2025-01-02T10:00:00Z", "authors: a and b", "authors:\n  - a\n  - b",
		"kind: secondary", "id: ../x", "title: [", "a: &x [*x]", "- a", "? complex\n: key", "title: |\n  multi\n  line",
		"date: 1\ntitle: 2\nurl: true", "{title: flow}", "title: 'quoted'\n...", "!!binary aGk=",
	} {
		f.Add(s, "Body text.\n")
	}
	f.Fuzz(func(t *testing.T, fm, body string) {
		text := "---\n" + fm + "\n---\n" + body
		fmPart, rest, found, err := splitFrontMatter(text)
		if err == nil && found && !strings.HasSuffix(text, rest) {
			t.Fatalf("body %q is not the end of the text", rest)
		}
		if found && !strings.Contains(text, fmPart) {
			t.Fatalf("front matter %q is not in the text", fmPart)
		}
		docs, errs := ParseBytes("fm.md", []byte(text), Options{})
		checkDocuments(t, "fm.md", docs, errs)
		if len(docs) == 1 {
			decoded, _, _ := decode("fm.md", []byte(text))
			checkOffsets(t, decoded, docs[0])
		}
		for _, err := range errs {
			if !errors.Is(err, ErrFrontMatter) && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error %q", err)
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"x"}`, `{"text":"x","date":"2025-01-02","authors":"a; b"}`, `{"id":1e3,"text":"x"}`,
		`{"id":"","text":"x"}`, `{"id":"a","text":""}`, `[1]`, `{`, `{"text":"\u0000"}`, `{"authors":[1],"text":"x"}`,
		"{\"text\":\"caf\xe9\"}", `{"id":"..","text":" date 2025-01-02 x"}`, `{"kind":"primary","text":"x"} trailing`,
	} {
		f.Add(s, `{"id":"z","text":"last"}`)
	}
	f.Fuzz(func(t *testing.T, first, second string) {
		data := first + "\n" + second + "\r\n"
		docs, errs := ParseBytes("rec.jsonl", []byte(data), Options{})
		checkDocuments(t, "rec.jsonl", docs, errs)
		lines := strings.Split(data, "\n")
		for _, doc := range docs {
			if doc.Line < 1 || doc.Line > len(lines) || doc.BodyOffset != 0 {
				t.Fatalf("record line %d offset %d", doc.Line, doc.BodyOffset)
			}
		}
		for _, err := range errs {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !strings.Contains(err.Error(), "rec.jsonl:") {
				t.Fatalf("record error %q does not name its line", err)
			}
		}
	})
}
