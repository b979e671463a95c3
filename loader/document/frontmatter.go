package document

import (
	"fmt"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
)

// Limits on the YAML block parsed as front matter. Real front matter is a
// few short fields; the YAML parser's time grows faster than linearly on
// deeply nested input, so hostile blocks are refused before parsing.
const (
	maxFrontMatter      = 8 << 10
	maxFrontMatterDepth = 16
)

// splitFrontMatter separates a YAML front-matter block from the body.
// Front matter exists only when the text's first line is "---" (trailing
// blanks allowed) and a later line is "---" or "..."; fm is the text
// between them and body everything after the closing line. A "---"
// anywhere else (a Markdown rule, or after leading blank lines) is body.
func splitFrontMatter(text string) (fm, body string, found bool, err error) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || trimLineEnd(first) != "---" {
		return "", text, false, nil
	}
	pos := 0
	for pos <= len(rest) {
		line, _, more := strings.Cut(rest[pos:], "\n")
		if marker := trimLineEnd(line); marker == "---" || marker == "..." {
			fm = rest[:pos]
			body = ""
			if more {
				body = rest[pos+len(line)+1:]
			}
			if len(fm) > maxFrontMatter {
				return "", "", false, fmt.Errorf("%w: longer than %d bytes", ErrFrontMatter, maxFrontMatter)
			}
			return fm, body, true, nil
		}
		if !more {
			break
		}
		pos += len(line) + 1
	}
	return "", text, false, nil
}

func trimLineEnd(line string) string {
	return strings.TrimRight(line, " \t\r")
}

// frontMatter is a parsed front-matter block: its fields by lower-cased
// name.
type frontMatter map[string]any

// parseFrontMatter parses the YAML between the markers. It must be a
// mapping (or empty); anything else fails with ErrFrontMatter, since
// guessing what a malformed block meant would put wrong metadata on the
// document.
func parseFrontMatter(fm string) (meta frontMatter, err error) {
	if strings.TrimSpace(fm) == "" {
		return frontMatter{}, nil
	}
	if flowDepth(fm) > maxFrontMatterDepth {
		return nil, fmt.Errorf("%w: brackets nested deeper than %d", ErrFrontMatter, maxFrontMatterDepth)
	}
	defer func() {
		// The YAML library is third-party code: a panic on hostile input
		// must not take the loader down.
		if r := recover(); r != nil {
			meta, err = nil, fmt.Errorf("%w: YAML parser failed: %v", ErrFrontMatter, r)
		}
	}()
	var v any
	if err := yaml.Unmarshal([]byte(fm), &v); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrFrontMatter, firstLine(err.Error()))
	}
	if v == nil {
		return frontMatter{}, nil
	}
	fields, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: want a mapping of fields (title: ..., date: ...), got %s", ErrFrontMatter, yamlKind(v))
	}
	meta = frontMatter{}
	for k, val := range fields {
		key := strings.ToLower(strings.TrimSpace(k))
		if _, dup := meta[key]; dup {
			return nil, fmt.Errorf("%w: field %q given twice (names are case-insensitive)", ErrFrontMatter, key)
		}
		meta[key] = val
	}
	return meta, nil
}

// flowDepth is the deepest nesting of [ and { in s, quotes ignored: an
// upper bound of the YAML flow nesting.
func flowDepth(s string) int {
	depth, deepest := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '{':
			depth++
			deepest = max(deepest, depth)
		case ']', '}':
			depth = max(depth-1, 0)
		}
	}
	return deepest
}

// apply sets the document's metadata from the fields it knows (id, url,
// title, outlet, date, authors or author, kind), marks them explicit, and
// returns warnings for values it could not use. Other fields are ignored.
func (fm frontMatter) apply(doc *Document) []string {
	var warnings []string
	warn := func(field string, err error) {
		warnings = append(warnings, fmt.Sprintf("%s: %v", field, err))
	}
	for _, field := range []string{"id", "url", "title", "outlet", "kind"} {
		raw, ok := fm[field]
		if !ok || raw == nil {
			continue
		}
		value, err := scalarText(raw)
		if err != nil {
			warn(field, err)
			continue
		}
		if value == "" {
			continue
		}
		switch field {
		case "id":
			id := SanitizeID(value)
			if id == "" {
				warn(field, fmt.Errorf("%q has no usable character: ignored", truncate(value, 40)))
				continue
			}
			doc.ID = id
		case "url":
			doc.URL = value
		case "title":
			doc.Title = value
		case "outlet":
			doc.Outlet = value
		case "kind":
			kind, err := parseKind(value)
			if err != nil {
				warn(field, err)
				continue
			}
			doc.Kind = kind
		}
		doc.Explicit[field] = true
	}
	if raw, ok := fm["date"]; ok && raw != nil {
		if date, err := yamlDate(raw); err != nil {
			warn("date", err)
		} else if date != "" {
			doc.Date = date
			doc.Explicit["date"] = true
		}
	}
	raw, ok := fm["authors"]
	if !ok || raw == nil {
		raw, ok = fm["author"]
	}
	if ok && raw != nil {
		authors, err := yamlAuthors(raw)
		if err != nil {
			warn("authors", err)
		} else if len(authors) > 0 {
			doc.Authors = authors
			doc.Explicit["authors"] = true
		}
	}
	return warnings
}

// scalarText renders a YAML scalar (string, number, bool) as trimmed text.
func scalarText(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x), nil
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(x), nil
	case time.Time:
		return x.Format(time.RFC3339), nil
	}
	return "", fmt.Errorf("want text, got %s: ignored", yamlKind(v))
}

func yamlDate(v any) (string, error) {
	if t, ok := v.(time.Time); ok {
		return t.Format("2006-01-02"), nil
	}
	text, err := scalarText(v)
	if err != nil || text == "" {
		return "", err
	}
	return normalizeDate(text)
}

func yamlAuthors(v any) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		text, err := scalarText(v)
		if err != nil {
			return nil, err
		}
		return splitAuthors(text), nil
	}
	var authors []string
	for _, item := range list {
		name, err := scalarText(item)
		if err != nil {
			return nil, fmt.Errorf("list item: %w", err)
		}
		if name = strings.Join(strings.Fields(name), " "); name != "" {
			authors = append(authors, name)
		}
	}
	return authors, nil
}

func yamlKind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "a mapping"
	case []any:
		return "a list"
	case string:
		return "a string"
	}
	return fmt.Sprintf("%T", v)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}
