package metadata

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// kind is primary when the text is published by its issuer (issuerSite),
// when it is a transcript (speaker labels), when its opening sentence is
// an issuer's announcement ("... are pleased to announce"), when the text speaks in the first person plural of its
// issuers (outside quotations), opens with a primary label ("Press
// release", "Joint statement") or a line naming the text and its issuers
// ("Statement by ..."), or is titled as a statement and speaks so at
// least once; secondary otherwise.
func (s metaStage) kind(a *model.Analysis, title string) document.Kind {
	if s.issuerSite(a) || s.transcript(a) || s.issuerOpening(a) {
		return document.Primary
	}
	we := 0
	quoted := credits.QuotedRangesOf(a)
	for _, ln := range credits.ContentLinesOf(a) {
		for _, st := range sentenceStarts(a.Body, ln) {
			w := token.NextWordText(a.Body, st)
			if s.lex.Has("we", w) && !inRanges(quoted, st) {
				we++
			}
		}
	}
	minWe := s.lex.PrimaryMinWe
	if minWe <= 0 {
		minWe = 2
	}
	if we >= minWe {
		return document.Primary
	}
	// A leading "Press release" or "Joint statement" label.
	lines := credits.ContentLinesOf(a)
	for _, ln := range lines[:min(3, len(lines))] {
		if s.lex.Has("plabel", strings.TrimRight(a.Body[ln.Start:ln.End], ":")) {
			return document.Primary
		}
	}
	// A first line that names the text and its issuers: "Statement by ...".
	if len(lines) > 0 {
		first := strings.ToLower(strings.TrimLeft(a.Body[lines[0].Start:lines[0].End], "#* \t"))
		for _, p := range s.lex.PrimaryPrefixes {
			if strings.HasPrefix(first, strings.ToLower(p)+" ") {
				return document.Primary
			}
		}
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
func sentenceStarts(body string, ln credits.Line) []int {
	out := []int{ln.Start}
	for i := ln.Start; i+1 < ln.End; i++ {
		if (body[i] == '.' || body[i] == '!' || body[i] == '?') && body[i+1] == ' ' {
			out = append(out, i+2)
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
