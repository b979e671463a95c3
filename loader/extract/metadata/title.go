package metadata

import (
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// titleScanLines is how many leading lines may hold the title.
const titleScanLines = 8

// titleRepeatWindow is how many lines after a candidate are searched for
// the same line again (a page that prints its headline twice).
const titleRepeatWindow = 8

// titleMinSlugOverlap is the share of the page address's words a line must
// hold to be taken as the title after running text, or to be cut from the
// front of a paragraph it is glued to.
const titleMinSlugOverlap = 0.5

// lineRole is what a leading line is to the title selection.
type lineRole int

const (
	roleFurniture lineRole = iota // dated line, label, masthead, byline, caption, navigation, address
	roleParagraph                 // running text
	roleCandidate                 // may be the headline
)

// titleCandidate is a line (or the front of one) that may be the title.
type titleCandidate struct {
	start, end int
	line       int
	score      float64
}

// title returns the span of the title. Each of the first lines is either
// page furniture (a dated line, a label such as "Press release", a
// masthead, a byline, a photo caption, navigation, a web address), running
// text, or a candidate headline; the candidates are scored by position,
// length, a Markdown heading mark, a final "!", whether the page repeats
// the line and how many words of the page address (the URL slug) they
// hold. Once running text has started, only a line holding most of the
// slug's words can still be the title (a headline under a boilerplate
// paragraph), and a paragraph that opens with the slug's words before a
// new capitalised phrase yields its front as a headline glued to the
// text. A headline continued on a line starting "by ..." takes that line
// too. A text that opens with running text has no title.
func (s metaStage) title(a *model.Analysis, lines []credits.Line) (int, int, bool) {
	var slug []string
	if a.Doc != nil {
		slug = s.hl.SlugWords(a.Doc.URL)
	}
	n := min(len(lines), titleScanLines)
	var best titleCandidate
	found, paragraph := false, false
	consider := func(c titleCandidate) {
		if !found || c.score > best.score {
			best, found = c, true
		}
	}
	for i := 0; i < n; i++ {
		st, en := titleBounds(a.Body, lines[i])
		if st >= en {
			continue
		}
		text := a.Body[st:en]
		heading := isHeadingLine(a.Body, lines[i])
		role := s.lineRole(a, lines[i], st, en)
		if role == roleFurniture || i+1 >= len(lines) {
			continue // a title is followed by text
		}
		if role == roleParagraph && !heading {
			if !paragraph {
				if e, ok := s.hl.gluedHeadline(text, slug); ok {
					consider(titleCandidate{start: st, end: st + e, line: i, score: s.titleScore(a, lines, i, text[:e], slug, false)})
				}
			}
			paragraph = true
			continue
		}
		if paragraph && s.hl.SlugOverlap(slug, text) < titleMinSlugOverlap {
			continue
		}
		consider(titleCandidate{start: st, end: en, line: i, score: s.titleScore(a, lines, i, text, slug, heading)})
	}
	if !found {
		return 0, 0, false
	}
	if i := best.line + 1; best.end == titleLineEnd(a.Body, lines[best.line]) && i+1 < len(lines) {
		// "Pre-summit talks" / "by the Secretary General ahead of ...":
		// a headline continued on a line of its own.
		next := a.Body[lines[i].Start:lines[i].End]
		if strings.HasPrefix(next, "by ") && s.headline(next) {
			best.end = lines[i].End
		}
	}
	return best.start, best.end, true
}

// titleScore scores candidate line i (text) for the title.
func (s metaStage) titleScore(a *model.Analysis, lines []credits.Line, i int, text string, slug []string, heading bool) float64 {
	words := token.FieldCount(text)
	score := -0.2*float64(i) + 0.06*float64(min(words, 10)) + s.hl.SlugOverlap(slug, text)
	if heading {
		score++
	}
	if strings.HasSuffix(text, "!") {
		score -= 0.6 // an advertisement, rarely a news headline
	}
	for k := i + 1; k < len(lines) && k <= i+titleRepeatWindow; k++ {
		if st, en := titleBounds(a.Body, lines[k]); a.Body[st:en] == text {
			score += 0.4
			break
		}
	}
	return score
}

// lineRole classifies a leading line (a.Body[st:en] is its trimmed
// content).
func (s metaStage) lineRole(a *model.Analysis, ln credits.Line, st, en int) lineRole {
	text := a.Body[st:en]
	if _, _, ok := credits.DatelineIn(s.lex, text); ok || s.lex.Has("label", strings.TrimRight(text, ":")) || s.masthead(a, ln) {
		return roleFurniture
	}
	lower := loweredText(a, st, en)
	for _, c := range s.hl.CaptionOpenings {
		if strings.HasPrefix(lower, c) {
			return roleFurniture
		}
	}
	for _, m := range s.lex.PhotoCreditMarkers {
		if strings.Contains(text, m) {
			return roleFurniture
		}
	}
	if strings.HasPrefix(text, "By ") || strings.HasPrefix(text, "by ") || strings.Contains(lower, "http://") ||
		strings.Contains(lower, "https://") || strings.Contains(lower, "www.") || s.hl.navigationLine(text) || s.namedDateLine(text) {
		return roleFurniture
	}
	if token.FieldCount(text) < 3 {
		return roleFurniture // a section name or a kicker ("PARIS CONFERENCE")
	}
	if !s.headline(text) {
		return roleParagraph
	}
	return roleCandidate
}

// namedDateLine reports a line that is a short capitalised name and a
// date ("Harbour Times 3 March 2025"): the source line of a copied page,
// not a headline ("Vote set for 3 March 2025").
func (s metaStage) namedDateLine(text string) bool {
	name, ok := SourceLineName(text)
	return ok && allCapitalised(name)
}

// SourceLineName returns the name of a source line: one to three words
// before a date that ends the line, with no other text after the date.
func SourceLineName(text string) (string, bool) {
	if token.TooManyWordsForSourceLine(text) {
		return "", false
	}
	d, ok := credits.FindHeaderDate(text)
	if !ok || strings.Trim(text[d.End:], " .,") != "" {
		return "", false
	}
	name := strings.TrimRight(text[:d.Start], " \t,|-–—")
	if n := token.FieldCount(name); n < 1 || n > 3 {
		return "", false
	}
	return name, true
}

// masthead reports whether a line is only the name of an outlet (the
// masthead of a copied page).
func (s metaStage) masthead(a *model.Analysis, ln credits.Line) bool {
	m, ok := a.MentionStartingAt(ln.Start)
	return ok && m.Kind == "outlet" && m.End == ln.End
}

// headline reports whether a line reads as a headline: 3 to 30 words, not
// a byline or a dateline, no photo credit, no final stop, colon or comma
// (closing quotes aside), not two sentences.
func (s metaStage) headline(text string) bool {
	if words := token.FieldCount(text); words < 3 || words > 30 {
		return false
	}
	if _, dateline := credits.IsDateline(text); strings.HasPrefix(text, "By ") || dateline {
		return false
	}
	for _, m := range s.lex.PhotoCreditMarkers {
		if strings.Contains(text, m) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "\"'”’»)]"))
	if strings.ContainsRune(".:;,", last) {
		return false
	}
	// Two sentences are a paragraph, not a headline.
	for i := 0; i+2 < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' && token.IsCap(text[i+2:]) && !token.IsInitials(token.LastSpacedWord(text[:i+1])) {
			return false
		}
	}
	return true
}

// titleBounds returns the span of a line without a leading bullet ("• ")
// and without a bracketed web address and what follows it ("[ https://...
// ] 03/11/2025 04:15 PM").
func titleBounds(body string, ln credits.Line) (int, int) {
	st, en := ln.Start, ln.End
	for _, b := range []string{"• ", "· ", "▪ "} {
		if strings.HasPrefix(body[st:en], b) {
			st += len(b)
			break
		}
	}
	text := body[st:en]
	if k := strings.Index(text, "://"); k > 0 {
		// "Headline [ https://... ] 03/11/2025": cut at the bracket.
		if open := strings.LastIndexAny(text[:k], "[(<"); open > 0 && strings.Trim(text[open+1:k], " \thtps") == "" {
			en = st + len(strings.TrimRight(text[:open], " \t"))
		}
	}
	return st, en
}

// titleLineEnd is the end of a line as titleBounds trims it.
func titleLineEnd(body string, ln credits.Line) int {
	_, en := titleBounds(body, ln)
	return en
}

// isHeadingLine reports whether the line is a Markdown heading.
func isHeadingLine(body string, ln credits.Line) bool {
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
