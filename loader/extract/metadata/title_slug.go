package metadata

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/token"
)

// slugStemLen is how many leading letters two longer words must share to
// count as the same word ("announces" and "announced").
const slugStemLen = 5

// SlugWords returns the content words of the most wordy segment of a
// page address's path ("/2025/03/eu-china-mark-50-years-of-ties.html" ->
// eu, china, mark, years, ties), lower-cased and without function words
// or figures; nil when the segment has fewer than two such words.
func (lx *headlineLexicon) SlugWords(raw string) []string {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	var best []string
	for _, seg := range strings.Split(u.Path, "/") {
		if ws := lx.contentWords(seg); len(ws) > len(best) {
			best = ws
		}
	}
	if len(best) < 2 {
		return nil
	}
	return best
}

// contentWords splits s at every non-letter and keeps the distinct
// lower-cased words of two letters or more that are not function words.
func (lx *headlineLexicon) contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 2 || lx.function[w] || containsString(out, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// SlugOverlap is the share of the slug's words that text holds (0 without
// a slug).
func (lx *headlineLexicon) SlugOverlap(slug []string, text string) float64 {
	if len(slug) == 0 {
		return 0
	}
	words := lx.contentWords(text)
	n := 0
	for _, s := range slug {
		for _, w := range words {
			if slugSameWord(s, w) {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(slug))
}

// slugSameWord compares two lower-cased words: equal, one a prefix of the
// other, or sharing the first slugStemLen letters.
func slugSameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= slugStemLen-1 && strings.HasPrefix(b, a) { // "mark", "marked"
		return true
	}
	return len(a) >= slugStemLen && a[:slugStemLen] == b[:slugStemLen]
}

// gluedHeadlineMaxWords bounds the front of a paragraph read as a glued
// headline.
const gluedHeadlineMaxWords = 20

// gluedHeadline finds a headline glued to the paragraph after it ("Ports
// agree on new code Harbour masters met on Monday ..."): the first cut
// between a lower-case word that is not a function word and a capitalised
// one, after at least four words and before any sentence end, whose front
// holds most of the slug's words and no article. It returns the byte
// length of the front.
func (lx *headlineLexicon) gluedHeadline(text string, slug []string) (int, bool) {
	if len(slug) < 3 {
		return 0, false
	}
	words, prevEnd, prevLower := 0, 0, false
	for i := 0; i < len(text); {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		if i >= j {
			break
		}
		w := text[i:j]
		if prevLower && words >= 4 && token.IsCap(w) && lx.SlugOverlap(slug, text[:prevEnd]) >= titleMinSlugOverlap && !lx.hasArticle(text[:prevEnd]) {
			return prevEnd, true
		}
		words++
		if words > gluedHeadlineMaxWords || strings.ContainsAny(w[len(w)-1:], ".!?:;") {
			return 0, false
		}
		core := strings.ToLower(strings.Trim(w, ",\"'“”‘’()"))
		last, _ := utf8.DecodeLastRuneInString(core)
		prevLower = core != "" && !token.IsCap(w) && !lx.function[core] && unicode.IsLetter(last)
		prevEnd = j
		i = j
	}
	return 0, false
}

// hasArticle reports whether text holds an article: headlines drop them
// ("Ports agree on new code"), running text keeps them.
func (lx *headlineLexicon) hasArticle(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lx.article[w] {
			return true
		}
	}
	return false
}

// navigationLine reports a line made only of navigation or advertising
// words ("Search", "Share this article").
func (lx *headlineLexicon) navigationLine(text string) bool {
	if token.IsASCII(text) {
		return asciiWordsAllIn(text, lx.navigation)
	}
	return loweredWordsAllIn(text, lx.navigation)
}

// asciiWordsAllIn is, for an ASCII text, whether it has words (runs of
// letters) and every one, lower-cased, is in set: what splitting the
// lower-cased text at every non-letter tells, word by word, stopping at
// the first word not in set.
func asciiWordsAllIn(text string, set map[string]bool) bool {
	var buf [32]byte
	words := 0
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j-i > len(buf) {
			if !set[strings.ToLower(text[i:j])] {
				return false
			}
		} else {
			for k := i; k < j; k++ {
				buf[k-i] = text[k] | 0x20
			}
			if !set[string(buf[:j-i])] {
				return false
			}
		}
		words++
		i = j
	}
	return words > 0
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
