package token

import (
	"strings"
	"unicode"
)

// maxSourceLineFields bounds the words of a source line ("Harbour Times
// 3 March 2025"): a name of at most three words and a date of at most
// four ("6th of January 2026").
const maxSourceLineFields = 3 + 4

// TooManyWordsForSourceLine reports a text with more words than a source
// line can have, counting only the fields (space-separated, as
// strings.Fields splits) that hold a character other than the separators
// and trailing marks a source line may also carry (",|-–—."): those
// belong to its name or its date.
func TooManyWordsForSourceLine(text string) bool {
	n, solid := 0, false
	for _, r := range text {
		if isFieldSpace(r) {
			solid = false
			continue
		}
		if !solid && !isSourceLineMark(r) {
			solid = true
			if n++; n > maxSourceLineFields {
				return true
			}
		}
	}
	return false
}

// isFieldSpace is the space test of strings.Fields.
func isFieldSpace(r rune) bool { return unicode.IsSpace(r) }

func isSourceLineMark(r rune) bool {
	switch r {
	case ',', '|', '-', '–', '—', '.':
		return true
	}
	return false
}

// IsFunctionWord reports whether a capitalised word is a function word of
// a title-case heading ("For", "And", "Of").
func IsFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "for", "and", "of", "to", "in", "on", "with", "at", "by", "from", "or", "but", "as":
		return true
	}
	return false
}

// LastSpacedWord returns the last space-separated word of s.
func LastSpacedWord(s string) string {
	if i := strings.LastIndexAny(s, " \t"); i >= 0 {
		return s[i+1:]
	}
	return s
}
