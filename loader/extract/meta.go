package extract

import (
	"io/fs"
	"regexp"
	"strings"

	"github.com/kg-project/kg/loader/gazetteer"
)

// metaStage infers the document metadata the file does not state: date,
// title, outlet, authors and kind. It never overrides a field listed in
// Doc.Explicit, fills Result.Document and writes what it inferred back to
// Doc so that later stages (relative dates) can use it.
type metaStage struct {
	lex *entityLexicon
	hl  *headlineLexicon
}

func newMetaStage(_ *gazetteer.Gazetteer, data fs.FS) (Stage, error) {
	lex, err := loadEntityLexicon(data)
	if err != nil {
		return nil, err
	}
	hl, err := loadHeadlineLexicon(data)
	if err != nil {
		return nil, err
	}
	return metaStage{lex: lex, hl: hl}, nil
}

// datelineRE matches "PARIS, Jan 6 (Reuters) -", "KYIV (AP) —" and
// "ROME — (AP) —": a place, an optional date, an optional credit in
// brackets (perhaps after a dash), then a dash.
var datelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?)(?:,[ \t]*([^()\n–—]{1,30}?))?[ \t]*(?:(?:[-–—]+[ \t]*)?\(([^)\n]{2,40})\))?[ \t]*[-–—]+[ \t]`)

// isDateline reports whether text opens with a dateline: a place in
// capitals, or a place followed by a date or a credit in brackets.
func isDateline(text string) ([]int, bool) {
	if !hasDash(text) || !opensUpper(text) {
		return nil, false // a dateline opens with a capital and ends with a dash
	}
	m := datelineRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, false
	}
	if m[4] >= 0 || m[6] >= 0 || isAllCaps(text[m[2]:m[3]]) {
		return m, true
	}
	return nil, false
}

func (s metaStage) Apply(a *Analysis) error {
	doc := a.Doc
	if doc.Explicit == nil {
		doc.Explicit = map[string]bool{}
	}
	m := &a.Result.Document
	m.ID, m.URL, m.Evidence = doc.ID, doc.URL, map[string]Span{}
	lines := contentLines(a.Body)
	head := lines
	if len(head) > 5 {
		head = head[:5]
	}

	if !doc.Explicit["date"] && doc.Date == "" {
		if d, sp, ok := s.headerDate(a, head); ok {
			doc.Date = d
			m.Evidence["date"] = sp
		}
	}
	if !doc.Explicit["title"] && doc.Title == "" {
		if st, en, ok := s.title(a, lines); ok {
			doc.Title = cleanTitle(a.Body[st:en])
			m.Evidence["title"] = a.Span(st, en)
		}
	}
	if !doc.Explicit["outlet"] && doc.Outlet == "" {
		if name, sp, ok := s.outlet(a, head); ok {
			doc.Outlet = name
			m.Evidence["outlet"] = sp
		}
	}
	if !doc.Explicit["authors"] && len(doc.Authors) == 0 {
		for _, c := range a.creditsOf(s.lex) {
			if c.Author && !containsString(doc.Authors, c.Name) {
				doc.Authors = append(doc.Authors, c.Name)
				if _, ok := m.Evidence["authors"]; !ok {
					m.Evidence["authors"] = a.Span(c.Start, c.End)
				}
			}
		}
	}
	if !doc.Explicit["kind"] && doc.Kind == "" {
		doc.Kind = s.kind(a, doc.Title)
	}

	m.Title = optString(doc.Title)
	m.Outlet = optString(doc.Outlet)
	m.Date = optString(doc.Date)
	m.Authors = append([]string{}, doc.Authors...)
	m.Kind = string(doc.Kind)
	if len(m.Evidence) == 0 {
		m.Evidence = nil
	}
	return nil
}

// headerDate reads the date of a dateline or of a dated line ("*Paris,
// 6th of January 2026*") among the first lines.
func (s metaStage) headerDate(a *Analysis, head []line) (string, Span, bool) {
	for _, ln := range head {
		text := a.Body[ln.Start:ln.End]
		if dl, ok := isDateline(text); ok && dl[4] >= 0 {
			if d, ok := findHeaderDate(text[dl[4]:dl[5]]); ok {
				if v := d.String(0); v != "" {
					return v, a.Span(ln.Start+dl[4]+d.Start, ln.Start+dl[4]+d.End), true
				}
			}
		}
		if st, en, ok := s.lex.datedLine(text); ok {
			d, _ := findHeaderDate(text[st:en])
			if v := d.String(0); v != "" {
				return v, a.Span(ln.Start+st, ln.Start+en), true
			}
		}
	}
	return "", Span{}, false
}

// maxDatedLine is the longest line (bytes) read as a dated line.
const maxDatedLine = 100

// timeOfDayRE matches a time after a date ("10:32 GMT", "at 9.15 am").
var timeOfDayRE = regexp.MustCompile(`^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|UTC[+-]?\d*))*$`)

// datedLine reports whether text is only a date, perhaps after a place
// ("Paris, 6 January 2026") or a prefix ("Updated:", see
// date_line_prefixes) and before a time of day, and returns the date's
// span.
func (l *entityLexicon) datedLine(text string) (int, int, bool) {
	if len(text) > maxDatedLine {
		return 0, 0, false
	}
	d, ok := findHeaderDate(text)
	if !ok {
		return 0, 0, false
	}
	before := strings.TrimSpace(text[:d.Start])
	after := strings.Trim(text[d.End:], " .\t")
	if after != "" && !timeOfDayRE.MatchString(after) {
		return 0, 0, false
	}
	if before == "" {
		return d.Start, d.End, true
	}
	for _, p := range l.DateLinePrefixes {
		if strings.EqualFold(strings.TrimRight(before, ": \t"), p) {
			return d.Start, d.End, true
		}
	}
	if !strings.HasSuffix(before, ",") || strings.Count(before, " ") > 3 || !isCap(before) {
		return 0, 0, false
	}
	return d.Start, d.End, true
}

// hasDash reports whether s holds "-", "–" or "—" (the last two are
// E2 80 93 and E2 80 94 in UTF-8).
func hasDash(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			return true
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				return true
			}
		}
	}
	return false
}

// optString returns nil for "", else a pointer to s.
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
