package export

import (
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/kind"
	"github.com/kg-project/kg/schema"
)

// sourceInfo is what the edges' attributes need from the sources: their
// publication date and standing, and the status each gives a commitment.
type sourceInfo struct {
	date    map[quad.IRI]string              // source -> earliest YYYY-MM-DD
	primary map[quad.IRI]bool                // source -> primary
	status  map[quad.IRI]map[quad.IRI]string // node -> label -> status (upper case)
}

func newSourceInfo() sourceInfo {
	return sourceInfo{date: map[quad.IRI]string{}, primary: map[quad.IRI]bool{}, status: map[quad.IRI]map[quad.IRI]string{}}
}

// add records a literal the attributes use.
func (si sourceInfo) add(subj, pred quad.IRI, v quad.Value, label quad.IRI) {
	str, ok := v.(quad.String)
	if !ok {
		return
	}
	switch pred {
	case schema.DatePublished:
		if d, ok := isoDate(string(str)); ok && (si.date[subj] == "" || d < si.date[subj]) {
			si.date[subj] = d
		}
	case schema.SourceKind:
		if strings.EqualFold(strings.TrimSpace(string(str)), "primary") {
			si.primary[subj] = true
		}
	case schema.Status:
		st := strings.ToUpper(strings.TrimSpace(string(str)))
		if kind.StatusStrength(st) == 0 {
			return
		}
		m := si.status[subj]
		if m == nil {
			m = map[quad.IRI]string{}
			si.status[subj] = m
		}
		if kind.StatusStrength(st) > kind.StatusStrength(m[label]) {
			m[label] = st
		}
	}
}

// isoDate returns the calendar date a date value starts with
// ("2025-03-04", "2025-03-04T10:00:00Z"), false for anything else.
func isoDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < len("2006-01-02") {
		return "", false
	}
	d := s[:len("2006-01-02")]
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return "", false
	}
	return d, true
}

// dateRange is the earliest and latest known date of the sources by.
func (si sourceInfo) dateRange(by labels) (first, last string) {
	for l := range by {
		d := si.date[l]
		if d == "" {
			continue
		}
		if first == "" || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	return first, last
}

// bestStatus is the status the best of the sources by gives the
// commitment c: a primary source (the actors' own statement) outranks
// reports, then the later source the earlier, then the firmer status. ""
// when none of them gives one.
func (si sourceInfo) bestStatus(c quad.IRI, by labels) string {
	best, bestLabel := "", quad.IRI("")
	for l := range by {
		st := si.status[c][l]
		if st == "" {
			continue
		}
		if best == "" || si.outranks(l, st, bestLabel, best) {
			best, bestLabel = st, l
		}
	}
	return best
}

// outranks says whether source a giving status sa is a better witness
// than source b giving sb.
func (si sourceInfo) outranks(a quad.IRI, sa string, b quad.IRI, sb string) bool {
	wa := kind.Witness{Status: sa, Primary: si.primary[a], Date: si.date[a]}
	wb := kind.Witness{Status: sb, Primary: si.primary[b], Date: si.date[b]}
	if wa.Outranks(wb) || wb.Outranks(wa) {
		return wa.Outranks(wb)
	}
	return a < b // the same whatever the map order
}
