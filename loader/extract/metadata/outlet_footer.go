package metadata

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// footerLines is how many of the last lines of a body are read for a
// copyright notice.
const footerLines = 12

// copyrightRE matches a copyright notice with its year: "© 2025 Harbour
// Daily", "Copyright © 2024-2025 Harbour Daily. All rights reserved.",
// "(c) 2025 Harbour Daily". Group 1 is what follows the year.
var copyrightRE = regexp.MustCompile(`(?i:copyright|©|\(c\))[\s©]*(?:copyright\s*)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?[,.]?\s+(?:by\s+)?([^\n]{2,100})`)

// copyrightEnds cut the holder's name off what follows it.
var copyrightEnds = []string{", ", ". ", " | ", " - ", " – ", " — ", "All rights", "All Rights", "ALL RIGHTS", ";"}

// corporateSuffixes name a company, the publisher rather than the site.
var corporateSuffixes = map[string]bool{
	"inc": true, "llc": true, "ltd": true, "limited": true, "gmbh": true, "corp": true, "corporation": true,
	"co": true, "company": true, "plc": true, "s.a": true, "sa": true, "ag": true, "group": true, "holdings": true,
}

// footerOutlet reads the site's name from a copyright notice on one of
// the last lines ("© 2025 Harbour Daily"): the outlet or organization the
// gazetteer knows under that name, else the name itself when it is written
// like a title and is not a company's ("Harbour Media Ltd" is the
// publisher). A photo credit ("© Jane Doe / AFP") has no year and is not
// read. lines are the body's credits.ContentLines.
func (s metaStage) footerOutlet(a *model.Analysis, lines []credits.Line) (string, model.Span, bool) {
	for k := len(lines) - 1; k >= 0 && k >= len(lines)-footerLines; k-- {
		ln := lines[k]
		text := a.Body[ln.Start:ln.End]
		if !token.MayHoldCopyright(text) {
			continue
		}
		m := copyrightRE.FindStringSubmatchIndex(text)
		if m == nil || strings.ContainsFunc(text[:m[0]], unicode.IsLetter) {
			continue
		}
		st := ln.Start + m[2]
		holder := a.Body[st : ln.Start+m[3]]
		for _, end := range copyrightEnds {
			if i := strings.Index(holder, end); i >= 0 {
				holder = holder[:i]
			}
		}
		holder = strings.TrimRight(holder, " .")
		name, corporate := trimCorporate(holder)
		if name == "" {
			continue
		}
		sp := a.Span(st, st+len(name))
		if e := knownSite(a.Gaz, name); e != nil {
			return e.Name, sp, true
		}
		if corporate || len(strings.Fields(name)) > 5 || !titleLike(name) {
			continue
		}
		return name, sp, true
	}
	return "", model.Span{}, false
}

// trimCorporate drops a trailing company suffix ("Harbour Media Ltd",
// "Harbour News Network, Inc.") and reports whether there was one.
func trimCorporate(name string) (string, bool) {
	words := strings.Fields(name)
	corporate := false
	for len(words) > 0 && corporateSuffixes[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		words, corporate = words[:len(words)-1], true
	}
	return strings.TrimRight(strings.Join(words, " "), ","), corporate
}

// titleLike reports whether every word of name starts with a capital or
// a digit, or is a short function word ("of", "the", "and").
func titleLike(name string) bool {
	for i, w := range strings.Fields(name) {
		if token.IsCap(w) || w[0] >= '0' && w[0] <= '9' {
			continue
		}
		if i > 0 && (token.IsFunctionWord(w) || w == "the") {
			continue
		}
		return false
	}
	return name != ""
}

// knownSite returns the outlet or organization the gazetteer knows under
// name, or nil.
func knownSite(g *gazetteer.Gazetteer, name string) *gazetteer.Entry {
	if e := knownOutlet(g, name); e != nil {
		return e
	}
	if g == nil {
		return nil
	}
	for _, h := range g.Lookup(name) {
		if h.Entry.Kind == gazetteer.Organization {
			return h.Entry
		}
	}
	return nil
}
