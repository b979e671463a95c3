package extract

import (
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/gazetteer"
)

// metaStage infers the document metadata the file does not state: date,
// title, outlet, authors and kind. It never overrides a field listed in
// Doc.Explicit, fills Result.Document and writes what it inferred back to
// Doc so that later stages (relative dates) can use it.
type metaStage struct{ lex *entityLexicon }

func newMetaStage(_ *gazetteer.Gazetteer, data fs.FS) (Stage, error) {
	lex, err := loadEntityLexicon(data)
	if err != nil {
		return nil, err
	}
	return metaStage{lex: lex}, nil
}

// datelineRE matches "PARIS, Jan 6 (Reuters) -" and "KYIV (AP) —": a
// place, an optional date, an optional credit in brackets, then a dash.
var datelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?)(?:,[ \t]*([^()\n–—]{1,30}?))?[ \t]*(?:\(([^)\n]{2,40})\))?[ \t]*[-–—]+[ \t]`)

// isDateline reports whether text opens with a dateline: a place in
// capitals, or a place followed by a date or a credit in brackets.
func isDateline(text string) ([]int, bool) {
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
		if st, en, ok := s.title(a, head, len(lines)); ok {
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
		for _, c := range findCredits(a, s.lex) {
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

// title returns the span of the title: a Markdown heading among the first
// lines, else a first line that reads as a headline (short, no final
// period, followed by text). A text that opens with a byline, a dateline
// or a photo caption has no title.
func (s metaStage) title(a *Analysis, head []line, total int) (int, int, bool) {
	for i, ln := range head {
		text := a.Body[ln.Start:ln.End]
		if _, _, ok := s.lex.datedLine(text); ok {
			continue
		}
		if isHeadingLine(a.Body, ln) {
			return ln.Start, ln.End, true
		}
		if i+1 >= total || !s.headline(text) {
			return 0, 0, false
		}
		return ln.Start, ln.End, true
	}
	return 0, 0, false
}

// headline reports whether a first line reads as a headline.
func (s metaStage) headline(text string) bool {
	words := strings.Fields(text)
	if len(words) < 3 || len(words) > 30 {
		return false
	}
	if _, dateline := isDateline(text); strings.HasPrefix(text, "By ") || dateline {
		return false
	}
	for _, m := range s.lex.PhotoCreditMarkers {
		if strings.Contains(text, m) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(".:;,", last) {
		return false
	}
	// Two sentences are a paragraph, not a headline.
	for i := 0; i+2 < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' && isCap(text[i+2:]) && !isInitials(lastWord(text[:i+1])) {
			return false
		}
	}
	return true
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " \t"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// isHeadingLine reports whether the line is a Markdown heading.
func isHeadingLine(body string, ln line) bool {
	i := ln.Start
	for i > 0 && body[i-1] != '\n' {
		i--
	}
	return strings.HasPrefix(strings.TrimLeft(body[i:ln.Start], " \t"), "#")
}

// cleanTitle removes emphasis marks and extra spaces from a title.
func cleanTitle(t string) string {
	t = strings.NewReplacer("**", "", "__", "").Replace(t)
	return strings.Join(strings.Fields(t), " ")
}

// outlet finds the outlet of the text itself: the credit of a dateline
// ("(Reuters)"), or a named outlet that reports in the present tense at
// the start ("X reports"); not an outlet the text relays ("according to").
func (s metaStage) outlet(a *Analysis, head []line) (string, Span, bool) {
	for _, ln := range head {
		text := a.Body[ln.Start:ln.End]
		if dl, ok := isDateline(text); ok && dl[6] >= 0 {
			st, en := ln.Start+dl[6], ln.Start+dl[7]
			return outletName(a.Gaz, a.Body[st:en]), a.Span(st, en), true
		}
	}
	limit := len(a.Body)
	if len(head) > 0 {
		limit = head[len(head)-1].End
	}
	for _, mn := range a.Mentions {
		if mn.Start >= limit {
			break
		}
		if mn.Kind != "outlet" || s.relayed(a.Body, mn.Start) {
			continue
		}
		if s.lex.has("selfverb", nextWordText(a.Body, mn.End)) {
			return outletName(a.Gaz, mn.Text), a.Span(mn.Start, mn.End), true
		}
	}
	// An outlet missing from the gazetteer, named like a web site.
	for _, ln := range head {
		for _, loc := range siteNameRE.FindAllStringIndex(a.Body[ln.Start:ln.End], -1) {
			st, en := ln.Start+loc[0], ln.Start+loc[1]
			if s.lex.has("selfverb", nextWordText(a.Body, en)) && !s.relayed(a.Body, st) {
				return a.Body[st:en], a.Span(st, en), true
			}
		}
	}
	return "", Span{}, false
}

// siteNameRE matches a name written like a web site ("Caliber.Az",
// "Politico.eu").
var siteNameRE = regexp.MustCompile(`\b\p{Lu}[\p{L}\d-]+\.(?:\p{Lu}[\p{L}]+|[a-z]{2,4})\b`)

// relayed reports whether a relay cue ("according to") stands right
// before byte offset off.
func (s metaStage) relayed(body string, off int) bool {
	before := strings.ToLower(body[max(0, off-24):off])
	before = strings.TrimRight(before, " \t")
	for _, cue := range s.lex.RelayCues {
		if strings.HasSuffix(before, cue) {
			return true
		}
	}
	return false
}

// kind is primary when the text speaks in the first person plural of its
// issuers (outside quotations), or is titled as a statement and does so
// at least once; secondary otherwise.
func (s metaStage) kind(a *Analysis, title string) document.Kind {
	we := 0
	quoted := quotedRanges(a.Body)
	for _, ln := range contentLines(a.Body) {
		for _, st := range sentenceStarts(a.Body, ln) {
			w := nextWordText(a.Body, st)
			if s.lex.has("we", w) && !inRanges(quoted, st) {
				we++
			}
		}
	}
	min := s.lex.PrimaryMinWe
	if min <= 0 {
		min = 2
	}
	if we >= min {
		return document.Primary
	}
	if we >= 1 {
		upper := strings.ToUpper(title)
		for _, w := range s.lex.PrimaryTitleWords {
			if strings.Contains(" "+upper+" ", " "+w+" ") {
				return document.Primary
			}
		}
	}
	return document.Secondary
}

// sentenceStarts returns the byte offsets where sentences start in a line:
// its start and after each ". ", "! " or "? ".
func sentenceStarts(body string, ln line) []int {
	out := []int{ln.Start}
	for i := ln.Start; i+1 < ln.End; i++ {
		if (body[i] == '.' || body[i] == '!' || body[i] == '?') && body[i+1] == ' ' {
			out = append(out, i+2)
		}
	}
	return out
}

// quotedRanges returns the byte ranges inside double quotes, paired line
// by line.
func quotedRanges(body string) [][2]int {
	var out [][2]int
	open := -1
	for i, r := range body {
		switch r {
		case '\n':
			open = -1
		case '“':
			open = i
		case '”':
			if open >= 0 {
				out = append(out, [2]int{open, i})
				open = -1
			}
		case '"':
			if open >= 0 {
				out = append(out, [2]int{open, i})
				open = -1
			} else {
				open = i
			}
		}
	}
	return out
}

// inRanges reports whether off lies in one of the ranges, which are
// sorted and do not overlap.
func inRanges(rs [][2]int, off int) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] >= off })
	return i < len(rs) && rs[i][0] <= off
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
