package extract

import (
	"github.com/kg-project/kg/loader/gazetteer"
	"regexp"
	"strings"
)

// outlet finds the outlet of the text itself: the credit of a dateline
// ("(Reuters)"), a masthead line, or a named outlet that reports in the
// present tense at the start ("X reports"); not an outlet the text relays
// ("according to").
func (s metaStage) outlet(a *Analysis, head []line) (string, Span, bool) {
	for _, ln := range head {
		text := a.Body[ln.Start:ln.End]
		if dl, ok := isDateline(text); ok && dl[6] >= 0 {
			st, en := ln.Start+dl[6], ln.Start+dl[7]
			return outletName(a.Gaz, a.Body[st:en]), a.Span(st, en), true
		}
	}
	// A dateline whose place was dropped, on one of the first lines
	// (after a headline): "(Reuters) - ...", "(Agency- Source) ...".
	// Only a credit the gazetteer knows as an outlet counts: the whole
	// credit ("Interfax-Ukraine"), else the first known part of a
	// compound one.
	for _, ln := range head[:min(len(head), 3)] {
		m := creditOnlyRE.FindStringSubmatchIndex(a.Body[ln.Start:ln.End])
		if m == nil {
			continue
		}
		whole := [2]int{ln.Start + m[2], ln.Start + m[3]}
		for _, part := range append([][2]int{whole}, creditParts(whole[0], a.Body[whole[0]:whole[1]])...) {
			if st, en := part[0], part[1]; isKnownOutlet(a.Gaz, a.Body[st:en]) {
				return outletName(a.Gaz, a.Body[st:en]), a.Span(st, en), true
			}
		}
	}
	for _, ln := range head[:min(len(head), 3)] {
		if s.masthead(a, ln) {
			m, _ := a.mentionStartingAt(ln.Start)
			return outletName(a.Gaz, m.Text), a.Span(m.Start, m.End), true
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

// creditOnlyRE matches a line that opens with a parenthesised credit
// (and a dash) before the text: the dateline of a wire story whose place
// was cut.
var creditOnlyRE = regexp.MustCompile(`^\(([^)\n]{2,40})\)[ \t]*(?:[-–—]+[ \t]*)?\p{Lu}`)

// creditParts splits a credit that starts at byte off at dashes, slashes
// and commas ("MENAFN- Ukrinform"), returning each part's trimmed byte
// range in the body.
func creditParts(off int, credit string) [][2]int {
	var out [][2]int
	start := 0
	flush := func(end int) {
		part := credit[start:end]
		lead := len(part) - len(strings.TrimLeft(part, " \t"))
		trail := len(part) - len(strings.TrimRight(part, " \t"))
		if lead+trail < len(part) {
			out = append(out, [2]int{off + start + lead, off + end - trail})
		}
	}
	for i, r := range credit {
		if r == '-' || r == '/' || r == ',' || r == '–' || r == '—' {
			flush(i)
			start = i + len(string(r))
		}
	}
	flush(len(credit))
	return out
}

// isKnownOutlet reports whether the gazetteer knows text as an outlet.
func isKnownOutlet(g *gazetteer.Gazetteer, text string) bool {
	if g == nil {
		return false
	}
	for _, h := range g.Lookup(strings.TrimSpace(text)) {
		if h.Entry.Kind == gazetteer.Outlet {
			return true
		}
	}
	return false
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
