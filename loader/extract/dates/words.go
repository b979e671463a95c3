package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LetterRunEnd returns the end of the run of letters (unicode.IsLetter)
// starting at s[i], i itself when s[i] starts no letter, and whether the
// run is all ASCII: the words of the date and number tokenisers, read
// without decoding ASCII bytes.
func LetterRunEnd(s string, i int) (int, bool) {
	j, ascii := i, true
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
		ascii = false
	}
	return j, ascii
}

// LowerOnce returns strings.ToLower(w), kept in *cache (made on first
// use) so that a word is lower-cased once however often it is asked for.
func LowerOnce(w string, cache *map[string]string) string {
	if l, ok := (*cache)[w]; ok {
		return l
	}
	if *cache == nil {
		*cache = map[string]string{}
	}
	l := strings.ToLower(w)
	(*cache)[w] = l
	return l
}
