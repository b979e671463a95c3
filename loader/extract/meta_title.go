package extract

import (
	"strings"
	"unicode/utf8"
)

// title returns the span of the title: a Markdown heading among the first
// lines, else a first line that reads as a headline (short, no final
// period, followed by text), skipping dated lines, labels ("Press
// release") and a masthead. A text that opens with a byline, a dateline or
// a photo caption has no title.
func (s metaStage) title(a *Analysis, head []line, total int) (int, int, bool) {
	for i, ln := range head {
		text := a.Body[ln.Start:ln.End]
		if _, _, ok := s.lex.datedLine(text); ok || s.lex.has("label", strings.TrimRight(text, ":")) || s.masthead(a, ln) {
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

// masthead reports whether a line is only the name of an outlet (the
// masthead of a copied page).
func (s metaStage) masthead(a *Analysis, ln line) bool {
	m, ok := a.mentionStartingAt(ln.Start)
	return ok && m.Kind == "outlet" && m.End == ln.End
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

// lastWord returns the last space-separated word of s.
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
