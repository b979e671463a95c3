package document

import (
	"fmt"
	"regexp"
	"time"
)

// dateMarker matches a leading date marker line: " date 2026-01-06 ...",
// "Date: 2026-01-06". The marker stays in the body.
var dateMarker = regexp.MustCompile(`^[ \t]*(?i:date)(?:[ \t]*:)?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t\r\n]|$)`)

// applyDateMarker sets doc.Date from a date marker on the first line of
// the body unless the date is already explicit; it returns a warning when
// the marker's date is not a real date.
func applyDateMarker(doc *Document) string {
	if doc.Explicit["date"] {
		return ""
	}
	first := doc.Body
	if len(first) > 200 {
		first = first[:200]
	}
	m := dateMarker.FindStringSubmatch(first)
	if m == nil {
		return ""
	}
	if _, err := time.Parse("2006-01-02", m[1]); err != nil {
		return fmt.Sprintf("date marker %q: %v", m[1], ErrInvalidDate)
	}
	doc.Date = m[1]
	doc.Explicit["date"] = true
	return ""
}
