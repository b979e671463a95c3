package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// record is one JSON Lines record. ID may be a string or a number and
// Authors a list or a string; unknown fields are ignored.
type record struct {
	ID      json.RawMessage `json:"id"`
	URL     string          `json:"url"`
	Title   string          `json:"title"`
	Outlet  string          `json:"outlet"`
	Date    string          `json:"date"`
	Authors json.RawMessage `json:"authors"`
	Kind    string          `json:"kind"`
	Text    *string         `json:"text"`
}

// parseJSONL reads one Document per good record. Broken records are
// reported as errors naming path:line and wrapping ErrRecord (or ErrEmpty,
// ErrBinary for a record whose text is empty or binary); the good records
// are still returned. Blank lines are skipped.
func parseJSONL(path string, data []byte) ([]*Document, []error) {
	encName := "utf-8"
	var fileWarnings []string
	switch {
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		text, enc, err := decode(path, data)
		if err != nil {
			return nil, []error{err}
		}
		encName, fileWarnings, data = enc.name, enc.warnings, []byte(text)
	case bytes.HasPrefix(data, bomUTF8):
		encName, data = "utf-8-bom", data[len(bomUTF8):]
	}
	if looksBinary(data) {
		return nil, []error{fmt.Errorf("read %s: %w", path, ErrBinary)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []error{fmt.Errorf("read %s: %w", path, ErrEmpty)}
	}
	base := SanitizeID(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	if base == "" {
		base = "record"
	}
	var docs []*Document
	var errs []error
	seen := map[string]int{}
	for lineNo, rest := 1, data; len(rest) > 0; lineNo++ {
		line, next, _ := bytes.Cut(rest, []byte("\n"))
		rest = next
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		doc, err := parseRecord(path, lineNo, base, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if first, dup := seen[doc.ID]; dup {
			errs = append(errs, fmt.Errorf("read %s:%d: %w: id %q already used on line %d", path, lineNo, ErrRecord, doc.ID, first))
			continue
		}
		seen[doc.ID] = lineNo
		doc.Encoding = encName
		doc.Warnings = append(append([]string(nil), fileWarnings...), doc.Warnings...)
		docs = append(docs, doc)
	}
	return docs, errs
}

// parseRecord reads one non-blank line.
func parseRecord(path string, lineNo int, base string, line []byte) (*Document, error) {
	where := fmt.Sprintf("%s:%d", path, lineNo)
	if trimmed := bytes.TrimSpace(line); trimmed[0] != '{' {
		return nil, fmt.Errorf("read %s: %w: want a JSON object, got %s", where, ErrRecord, truncate(string(trimmed), 20))
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("read %s: %w: %v", where, ErrRecord, err)
	}
	if rec.Text == nil {
		return nil, fmt.Errorf("read %s: %w: no \"text\" field", where, ErrRecord)
	}
	doc := &Document{
		Path:     path,
		Line:     lineNo,
		Format:   "jsonl",
		Body:     *rec.Text,
		URL:      strings.TrimSpace(rec.URL),
		Title:    strings.TrimSpace(rec.Title),
		Outlet:   strings.TrimSpace(rec.Outlet),
		Hash:     hashBytes(line),
		Explicit: map[string]bool{},
	}
	if strings.TrimSpace(doc.Body) == "" {
		return nil, fmt.Errorf("read %s: %w (empty \"text\")", where, ErrEmpty)
	}
	if looksBinary([]byte(doc.Body)) {
		return nil, fmt.Errorf("read %s: %w (in \"text\")", where, ErrBinary)
	}
	warn := func(format string, args ...any) {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("read %s: ", where)+fmt.Sprintf(format, args...))
	}
	if !utf8.Valid(line) {
		warn("%v: invalid bytes replaced by U+FFFD", ErrInvalidUTF8)
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w: %v", where, ErrRecord, err)
	}
	doc.ID = SanitizeID(id)
	if doc.ID == "" {
		if id != "" {
			warn("id %q has no usable character: replaced", truncate(id, 40))
		}
		doc.ID = fmt.Sprintf("%s-%d", base, lineNo)
	} else {
		doc.Explicit["id"] = true
	}
	for field, value := range map[string]string{"url": doc.URL, "title": doc.Title, "outlet": doc.Outlet} {
		if value != "" {
			doc.Explicit[field] = true
		}
	}
	if strings.TrimSpace(rec.Date) != "" {
		if date, err := normalizeDate(rec.Date); err != nil {
			warn("%v", err)
		} else {
			doc.Date = date
			doc.Explicit["date"] = true
		}
	}
	if strings.TrimSpace(rec.Kind) != "" {
		if kind, err := parseKind(rec.Kind); err != nil {
			warn("%v", err)
		} else {
			doc.Kind = kind
			doc.Explicit["kind"] = true
		}
	}
	authors, err := recordAuthors(rec.Authors)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w: %v", where, ErrRecord, err)
	}
	if len(authors) > 0 {
		doc.Authors = authors
		doc.Explicit["authors"] = true
	}
	if w := applyDateMarker(doc); w != "" {
		warn("%s", w)
	}
	return doc, nil
}

// recordID reads an "id" given as a string or a number; absent or null is "".
func recordID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("\"id\" must be a string or a number, got %s", truncate(string(raw), 40))
}

// recordAuthors reads "authors" given as a list of strings or one string.
func recordAuthors(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return splitAuthors(s), nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, fmt.Errorf("\"authors\" must be a string or a list of strings, got %s", truncate(string(raw), 40))
	}
	var authors []string
	for _, name := range list {
		if name = strings.Join(strings.Fields(name), " "); name != "" {
			authors = append(authors, name)
		}
	}
	return authors, nil
}
