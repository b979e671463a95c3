package document

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// dateLayouts are the date forms accepted in front matter and JSON Lines
// records, tried in order; the time of day, if any, is dropped.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	time.RFC1123Z,
	time.RFC1123,
}

// normalizeDate returns value as YYYY-MM-DD, or an error wrapping
// ErrInvalidDate.
func normalizeDate(value string) (string, error) {
	value = strings.TrimSpace(value)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, value); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("date %q: %w", truncate(value, 40), ErrInvalidDate)
}

// splitAuthors turns an authors string into names: "A, B and C" or "A; B".
func splitAuthors(value string) []string {
	value = strings.ReplaceAll(value, " and ", ",")
	value = strings.ReplaceAll(value, " & ", ",")
	var names []string
	for _, part := range strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if name := strings.Join(strings.Fields(part), " "); name != "" {
			names = append(names, name)
		}
	}
	return names
}

// parseKind accepts "primary" or "secondary", in any case.
func parseKind(value string) (Kind, error) {
	switch k := Kind(strings.ToLower(strings.TrimSpace(value))); k {
	case Primary, Secondary:
		return k, nil
	}
	return "", fmt.Errorf("kind %q is neither %q nor %q: ignored", truncate(value, 40), Primary, Secondary)
}

// SanitizeID keeps the characters of an ID that are safe in IRIs and file
// names ([A-Za-z0-9._-]); runs of other characters become one "-", and
// leading dots and dashes are dropped so an ID is never "." or "..". The
// result may be empty.
func SanitizeID(id string) string {
	var sb strings.Builder
	pendingDash := false
	for _, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-'
		if !ok {
			pendingDash = true
			continue
		}
		if pendingDash && sb.Len() > 0 {
			sb.WriteByte('-')
		}
		pendingDash = false
		if sb.Len() == 0 && (r == '.' || r == '-') {
			continue
		}
		sb.WriteRune(r)
	}
	return strings.TrimRight(sb.String(), "-")
}

// fileID is a file's document ID: its base name without extension,
// sanitised, or "doc-" and the start of its hash when nothing is left.
func fileID(path, hash string) string {
	base := filepath.Base(path)
	if id := SanitizeID(strings.TrimSuffix(base, filepath.Ext(base))); id != "" {
		return id
	}
	return "doc-" + hash[:12]
}

func truncate(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
