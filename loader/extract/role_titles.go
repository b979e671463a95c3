package extract

import (
	"strings"
)

// titleHit is an office title or relation written in the body
// ("Prime Minister", "son-in-law"), with byte offsets.
type titleHit struct {
	Start, End int
	Form       *titleForm
}

// findTitles returns the titles in the body, longest first at each word,
// left to right; offices win over relations written the same way.
func findTitles(body string, lex *titleLexicon) []titleHit {
	words := splitWords(body, 0, len(body))
	var out []titleHit
	for i := 0; i < len(words); i++ {
		best, bestN := (*titleForm)(nil), 0
		for _, list := range [][]titleForm{lex.Offices, lex.Relations} {
			for k := range list {
				t := &list[k]
				if n := matchTitleAt(body, words, i, t); n > bestN {
					best, bestN = t, n
				}
			}
		}
		if best == nil {
			continue
		}
		out = append(out, titleHit{Start: words[i].Start, End: words[i+bestN-1].End, Form: best})
		i += bestN - 1
	}
	return out
}

// matchTitleAt returns how many words of the body, from word i, spell the
// title t (0 if they do not), in any case. Words of a title are separated by spaces or hyphens only.
func matchTitleAt(body string, words []word, i int, t *titleForm) int {
	formWords := strings.FieldsFunc(t.Form, func(r rune) bool { return r == ' ' || r == '-' })
	return matchHyphenated(body, words, i, formWords, t)
}

// matchHyphenated compares the form's words, in order, to the text's words
// split at hyphens, and returns how many text words it consumed.
func matchHyphenated(body string, words []word, i int, formWords []string, _ *titleForm) int {
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
		parts := strings.Split(w.Text, "-")
		for _, p := range parts {
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
func titleEndingAt(body string, titles []titleHit, off int) *titleHit {
	j := off
	for j > 0 && (body[j-1] == ' ' || body[j-1] == '\t') {
		j--
	}
	for i := range titles {
		if titles[i].End == j {
			return &titles[i]
		}
	}
	return nil
}
