package extract

import (
	"strings"
	"unicode/utf8"
)

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

func (s metaStage) masthead(a *Analysis, ln line) bool {
	m, ok := a.mentionStartingAt(ln.Start)
	return ok && m.Kind == "outlet" && m.End == ln.End
}

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

func isHeadingLine(body string, ln line) bool {
	i := ln.Start
	for i > 0 && body[i-1] != '\n' {
		i--
	}
	return strings.HasPrefix(strings.TrimLeft(body[i:ln.Start], " \t"), "#")
}

func cleanTitle(t string) string {
	t = strings.NewReplacer("**", "", "__", "").Replace(t)
	return strings.Join(strings.Fields(t), " ")
}
