package credits

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/lexicon"
)

// bylineSpan returns the byte range after "By " of a byline line: "By
// NAMES" or, in brackets, "(By NAMES)".
func bylineSpan(body string, ln Line) (int, int, bool) {
	text := body[ln.Start:ln.End]
	start, end := ln.Start, ln.End
	if strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")") {
		text = text[1 : len(text)-1]
		start, end = start+1, end-1
	}
	for _, p := range []string{"By ", "by ", "BY "} {
		if strings.HasPrefix(text, p) {
			return start + len(p), end, true
		}
	}
	return 0, 0, false
}

// maxBureauWords is the longest bureau byline read ("bna Cairo bureau").
const maxBureauWords = 5

// bureauByline reads a byline that credits a bureau or desk rather than
// people ("By the Cairo bureau", see byline_bureau_words): one author
// credit, written as the text has it, that names no person.
func bureauByline(body string, start, end int, lex *lexicon.Entities) (Credit, bool) {
	words := strings.Fields(body[start:end])
	if len(words) < 2 || len(words) > maxBureauWords || !ContainsFold(lex.BureauWords, words[len(words)-1]) {
		return Credit{}, false
	}
	if strings.ContainsAny(body[start:end], ",;:()") {
		return Credit{}, false
	}
	return Credit{Start: start, End: end, Name: strings.Join(words, " "), Kind: "bureau", Role: lex.BylineRole, Author: true}, true
}

// maxEntryByline is the longest line (bytes) read as a live-blog entry's
// byline.
const maxEntryByline = 80

// entryBylineAt reads the byline of a live-blog entry: a line holding only
// a personal name and the entry's date and time, perhaps run together
// ("Jane Roe27 November 2024 04:30").
func entryBylineAt(body string, ln Line, lex *lexicon.Entities) []Credit {
	text := body[ln.Start:ln.End]
	if len(text) > maxEntryByline {
		return nil
	}
	d, ok := gluedHeaderDate(text)
	if !ok || d.Start == 0 {
		return nil
	}
	if after := strings.Trim(text[d.End:], " .\t"); after != "" && !TimeOfDayRE.MatchString(after) {
		return nil
	}
	head := strings.TrimRight(text[:d.Start], " \t")
	if r, _ := utf8.DecodeLastRuneInString(head); !unicode.IsLetter(r) {
		return nil // "Paris, 3 March": a place before a comma, not a name
	}
	names := namesIn(body, ln.Start, ln.Start+len(head))
	if len(names) != 1 || names[0].Start != ln.Start || names[0].End != ln.Start+len(head) {
		return nil
	}
	for _, w := range strings.Fields(names[0].Name) {
		if lex.Has("pstop", w) {
			return nil
		}
	}
	names[0].Kind, names[0].Role, names[0].Author = "byline", lex.BylineRole, true
	return names
}

// gluedHeaderDate is findHeaderDate, also for a date run into the word
// before it ("Roe27 November 2024").
func gluedHeaderDate(text string) (headerDate, bool) {
	if d, ok := FindHeaderDate(text); ok {
		return d, true
	}
	i := strings.IndexAny(text, "0123456789")
	if i <= 0 {
		return headerDate{}, false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); !unicode.IsLetter(r) {
		return headerDate{}, false
	}
	d, ok := FindHeaderDate(text[i:])
	if !ok || d.Start != 0 {
		return headerDate{}, false
	}
	d.Start, d.End = d.Start+i, d.End+i
	return d, true
}
