package credits

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// datelineRE matches "PARIS, Jan 6 (Reuters) -", "KYIV (AP) —" and
// "ROME — (AP) —": a place, an optional date, an optional credit in
// brackets (perhaps after a dash), then a dash.
var datelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?)(?:,[ \t]*([^()\n–—]{1,30}?))?[ \t]*(?:(?:[-–—]+[ \t]*)?\(([^)\n]{2,40})\))?[ \t]*[-–—]+[ \t]`)

// IsDateline reports whether text opens with a dateline: a place in
// capitals, or a place followed by a date or a credit in brackets.
func IsDateline(text string) ([]int, bool) {
	if !HasDash(text) || !token.OpensUpper(text) {
		return nil, false // a dateline opens with a capital and ends with a dash
	}
	m := datelineRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, false
	}
	if m[4] >= 0 || m[6] >= 0 || token.IsAllCaps(text[m[2]:m[3]]) {
		return m, true
	}
	return nil, false
}

// maxDatedLine is the longest line (bytes) read as a dated line.
const maxDatedLine = 100

// DatelineIn reports whether text is only a date, perhaps after a place
// ("Paris, 6 January 2026") or a prefix ("Updated:", see
// date_line_prefixes) and before a time of day, and returns the date's
// span.
func DatelineIn(l *lexicon.Entities, text string) (int, int, bool) {
	if len(text) > maxDatedLine {
		return 0, 0, false
	}
	d, ok := FindHeaderDate(text)
	if !ok {
		return 0, 0, false
	}
	before := strings.TrimSpace(text[:d.Start])
	after := strings.Trim(text[d.End:], " .\t")
	if after != "" && !TimeOfDayRE.MatchString(after) {
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
	if !strings.HasSuffix(before, ",") || strings.Count(before, " ") > 3 || !token.IsCap(before) {
		return 0, 0, false
	}
	return d.Start, d.End, true
}

// HasDash reports whether s holds "-", "–" or "—" (the last two are
// E2 80 93 and E2 80 94 in UTF-8).
func HasDash(s string) bool {
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

// QuotedRanges returns the byte ranges inside double quotes, paired line
// by line.
func QuotedRanges(body string) [][2]int {
	var out [][2]int
	open := -1
	// Bytes, not runes: '\n' and '"' are never part of another rune, and
	// E2 (the first byte of “ and ”) is never a rune's continuation byte.
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\n':
			open = -1
		case 0xE2:
			switch token.CurlyDoubleQuoteAt(body, i) {
			case '“':
				open = i
			case '”':
				if open >= 0 {
					out = append(out, [2]int{open, i})
					open = -1
				}
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

// SiteEntry returns the outlet or organization that publishes on the host
// of rawURL, or nil.
func SiteEntry(g *gazetteer.Gazetteer, rawURL string) *gazetteer.Entry {
	if g == nil || rawURL == "" {
		return nil
	}
	e, ok := g.ByDomain(rawURL)
	if !ok {
		return nil
	}
	return e
}

// OutletName returns the canonical name of the outlet written as text, or
// the text itself (spaces trimmed) when the gazetteer does not know it.
func OutletName(g *gazetteer.Gazetteer, text string) string {
	text = strings.TrimSpace(text)
	if g != nil {
		for _, h := range g.Lookup(text) {
			if h.Entry.Kind == gazetteer.Outlet || h.Entry.Kind == gazetteer.Organization {
				return h.Entry.Name
			}
		}
	}
	return text
}
