package lexicon

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// TitleHit is an office title or relation written in the body
// ("Prime Minister", "son-in-law"), with byte offsets.
type TitleHit struct {
	Start, End int
	Form       *TitleForm
}

// TitlesIn returns findTitles of the body, computed once per document
// and lexicon. The slice is shared: callers must not modify it.
func TitlesIn(a *model.Analysis, lex *Titles) []TitleHit {
	hits, ok := model.Cached[[]TitleHit](a, titlesKey{lex})
	if !ok {
		hits = FindTitles(a.Body, a.BodyWords(), lex)
		a.Cache(titlesKey{lex}, hits)
	}
	return hits[:len(hits):len(hits)]
}

// titlesKey keys the titles found with a lexicon on the Analysis.
type titlesKey struct{ lex *Titles }

// FindTitles returns the titles among the words of body, longest first at
// each word, left to right; offices win over relations written the same
// way.
func FindTitles(body string, words []token.Word, lex *Titles) []TitleHit {
	var out []TitleHit
	for i := 0; i < len(words); i++ {
		best, bestN := (*TitleForm)(nil), 0
		first := words[i].Text
		if k := strings.IndexByte(first, '-'); k >= 0 {
			first = first[:k]
		}
		for _, t := range formsStarting(lex, first) {
			if n := matchHyphenated(body, words, i, t.Words); n > bestN {
				best, bestN = t, n
			}
		}
		if best == nil {
			continue
		}
		hit := TitleHit{Start: words[i].Start, End: words[i+bestN-1].End, Form: best}
		// "former Prime Minister": the modifier stays in the title.
		// "former Belgian Prime Minister": before one qualifying word.
		for back := 1; back <= 2 && i-back >= 0; back++ {
			w := words[i-back]
			if strings.Trim(body[w.End:words[i-back+1].Start], " -") != "" || w.Poss {
				break
			}
			if isTitleModifier(lex, w.Text) {
				mod := *best
				mod.Title = strings.ToLower(w.Text) + " " + best.Title
				hit.Form = &mod
				if back == 1 {
					hit.Start = w.Start
				}
				break
			}
		}
		out = append(out, hit)
		i += bestN - 1
	}
	return out
}

// formsStarting returns the forms whose first word is w in any case,
// without allocating for short ASCII words.
func formsStarting(lex *Titles, w string) []*TitleForm {
	if lex.firstShapes != nil && lex.firstShapes.rejectsLower(w) {
		return nil // most words begin no title, told by their shape
	}
	if lex.firstWords != nil && !lex.firstWords.MayHoldLower(w) {
		return nil // most words begin no title
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return lex.ByFirst[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return lex.ByFirst[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lex.ByFirst[string(buf[:len(w)])]
}

// matchHyphenated compares a title form's words, in order and in any
// case, to the text's words split at hyphens ("son-in-law"), and returns
// how many text words spell it (0 if they do not). The words of a title
// are separated by spaces or hyphens only.
func matchHyphenated(body string, words []token.Word, i int, formWords []string) int {
	k := 0 // index in formWords
	n := 0 // text words consumed
	for k < len(formWords) {
		if i+n >= len(words) {
			return 0
		}
		w := words[i+n]
		if n > 0 {
			gap := body[words[i+n-1].End:w.Start]
			if strings.Trim(gap, " -") != "" || strings.Contains(gap, "\n") || words[i+n-1].Poss {
				return 0
			}
		}
		for p := range strings.SplitSeq(w.Text, "-") {
			if k >= len(formWords) || !sameTitleWord(p, formWords[k]) {
				return 0
			}
			k++
		}
		n++
	}
	return n
}

// sameTitleWord compares one word of the text with one of a title form,
// ignoring case: styles differ ("Foreign Minister X", "foreign minister
// X"), and a title only counts next to a name.
func sameTitleWord(text, form string) bool {
	return strings.EqualFold(text, strings.TrimSuffix(form, "."))
}

// titleEndingAt returns the title hit that ends right before byte offset
// off (spaces between), or nil.
func titleEndingAt(body string, titles []TitleHit, off int) *TitleHit {
	j := off
	for j > 0 && (body[j-1] == ' ' || body[j-1] == '\t') {
		j--
	}
	i := sort.Search(len(titles), func(i int) bool { return titles[i].End >= j })
	if i < len(titles) && titles[i].End == j {
		return &titles[i]
	}
	return nil
}

// TitlesFrom returns the index of the first title starting at or after off
// (titles are in text order and do not overlap).
func TitlesFrom(titles []TitleHit, off int) int {
	return sort.Search(len(titles), func(i int) bool { return titles[i].Start >= off })
}

// TitleBefore returns the title that introduces a name at [start, end):
// right before it ("Prime Minister X"), or before a comma when the name
// closes an apposition ("the prime minister, X, said"; "Estonia's prime
// minister, X.").
func TitleBefore(body string, titles []TitleHit, start, end int) *TitleHit {
	if t := titleEndingAt(body, titles, start); t != nil {
		return t
	}
	if !strings.HasSuffix(body[:start], ", ") || !ClosesApposition(body, end) {
		return nil
	}
	return titleEndingAt(body, titles, start-len(", "))
}

// ClosesApposition reports whether a name ending at end closes an
// apposition: a comma, a full stop, a semicolon, " and", or the end.
func ClosesApposition(body string, end int) bool {
	rest := body[end:]
	return rest == "" || strings.IndexByte(",.;", rest[0]) >= 0 || strings.HasPrefix(rest, " and ")
}

func isTitleModifier(lex *Titles, w string) bool {
	for _, m := range lex.Modifiers {
		if strings.EqualFold(m, w) {
			return true
		}
	}
	return false
}

// ComplementAfter returns the country or body that completes title t
// ("Secretary General of NATO", "President of the European Commission"):
// a mention right after " of " or " of the ".
func ComplementAfter(a *model.Analysis, t *TitleHit) (model.Mention, bool) {
	rest := a.Body[t.End:]
	var skip int
	switch {
	case strings.HasPrefix(rest, " of the "):
		skip = len(" of the ")
	case strings.HasPrefix(rest, " of "):
		skip = len(" of ")
	default:
		return model.Mention{}, false
	}
	m, ok := a.MentionStartingAt(t.End + skip)
	if ok && (m.Kind == "country" || m.Kind == "organization" || m.Kind == "outlet") {
		return m, true
	}
	return model.Mention{}, false
}
