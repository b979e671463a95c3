package metadata

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// outlet finds the outlet of the text: what the text credits itself to
// (textOutlet), else the site of its URL: the outlet or organization the
// gazetteer lists for the host, else the site its copyright notice names
// (footerOutlet), else an outlet that reports at its start (selfOutlet),
// else the bare host (a mirror or blog).
func (s metaStage) outlet(a *model.Analysis, lines, head []credits.Line) (string, model.Span, bool) {
	site := credits.SiteEntry(a.Gaz, a.Doc.URL)
	if name, sp, ok := s.textOutlet(a, head, site); ok {
		return name, sp, true
	}
	if site != nil {
		return site.Name, model.Span{}, true
	}
	if name, sp, ok := s.footerOutlet(a, lines); ok {
		return name, sp, true
	}
	host := gazetteer.Host(a.Doc.URL)
	if name, sp, ok := s.selfOutlet(a, head); ok || !strings.Contains(host, ".") {
		return name, sp, ok
	}
	return host, model.Span{}, true
}

// textOutlet finds the outlet the text credits itself to: the credit of
// a dateline ("(Reuters)"), a credit line ("(Agency- Source) ..."), or a
// masthead line, among the first lines. Of a compound credit naming the
// site and an agency ("SITE- Agency"), the agency is the outlet: the
// site only syndicates it.
func (s metaStage) textOutlet(a *model.Analysis, head []credits.Line, site *gazetteer.Entry) (string, model.Span, bool) {
	for _, ln := range head {
		if dl, ok := lineDateline(a, ln); ok && dl[6] >= 0 {
			st, en := ln.Start+dl[6], ln.Start+dl[7]
			return credits.OutletName(a.Gaz, a.Body[st:en]), a.Span(st, en), true
		}
	}
	// A dateline whose place was dropped, on one of the first lines
	// (after a headline): "(Reuters) - ...", "(Agency- Source) ...".
	// Only a credit the gazetteer knows as an outlet counts: the whole
	// credit ("Interfax-Ukraine"), else the first known part of a
	// compound one that is not the site itself.
	for _, ln := range head {
		m := creditOnlyRE.FindStringSubmatchIndex(a.Body[ln.Start:ln.End])
		if m == nil {
			continue
		}
		whole := [2]int{ln.Start + m[2], ln.Start + m[3]}
		var first *[2]int
		for _, part := range append([][2]int{whole}, creditParts(whole[0], a.Body[whole[0]:whole[1]])...) {
			e := knownOutlet(a.Gaz, a.Body[part[0]:part[1]])
			if e == nil {
				continue
			}
			if e != site || part == whole {
				return e.Name, a.Span(part[0], part[1]), true
			}
			if first == nil {
				first = &part
			}
		}
		if first != nil {
			return credits.OutletName(a.Gaz, a.Body[first[0]:first[1]]), a.Span(first[0], first[1]), true
		}
	}
	for _, ln := range head {
		if s.masthead(a, ln) {
			m, _ := a.MentionStartingAt(ln.Start)
			return credits.OutletName(a.Gaz, m.Text), a.Span(m.Start, m.End), true
		}
	}
	// A source line opening the copy: "Harbour Times 3 March 2025".
	if len(head) > 0 {
		ln := head[0]
		if name, ok := SourceLineName(a.Body[ln.Start:ln.End]); ok && allCapitalised(name) {
			if m, ok := a.MentionStartingAt(ln.Start); !ok || m.Kind == "outlet" {
				return credits.OutletName(a.Gaz, name), a.Span(ln.Start, ln.Start+len(name)), true
			}
		}
	}
	return "", model.Span{}, false
}

// allCapitalised reports whether every word of s starts with a capital.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if !token.IsCap(w) {
			return false
		}
	}
	return s != ""
}

// selfOutlet finds a named outlet that reports in the present tense at
// the start ("X reports"), not one the text relays ("according to"), or a
// name written like a web site that does so.
func (s metaStage) selfOutlet(a *model.Analysis, head []credits.Line) (string, model.Span, bool) {
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
		if s.lex.Has("selfverb", token.NextWordText(a.Body, mn.End)) {
			return credits.OutletName(a.Gaz, mn.Text), a.Span(mn.Start, mn.End), true
		}
	}
	// An outlet missing from the gazetteer, named like a web site.
	for _, ln := range head {
		if !token.MayHoldSiteName(a.Body[ln.Start:ln.End]) {
			continue
		}
		for _, loc := range siteNameRE.FindAllStringIndex(a.Body[ln.Start:ln.End], -1) {
			st, en := ln.Start+loc[0], ln.Start+loc[1]
			if s.lex.Has("selfverb", token.NextWordText(a.Body, en)) && !s.relayed(a.Body, st) {
				return a.Body[st:en], a.Span(st, en), true
			}
		}
	}
	return "", model.Span{}, false
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

// knownOutlet returns the outlet the gazetteer knows under text, or nil.
func knownOutlet(g *gazetteer.Gazetteer, text string) *gazetteer.Entry {
	if g == nil {
		return nil
	}
	for _, h := range g.Lookup(strings.TrimSpace(text)) {
		if h.Entry.Kind == gazetteer.Outlet {
			return h.Entry
		}
	}
	return nil
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
