package coreference

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// lowerUseSearches is how many words lowerUse looks up by searching the
// body before it builds the set of the body's lower-case words instead.
const lowerUseSearches = 8

// lowerUse tells whether the body uses a word written in lower case (not
// capitalised): the first few words asked about are searched for in the
// body, the rest looked up in the set of all its lower-case words, built
// once. The zero value is ready.
type lowerUse struct {
	asked int
	set   map[string]bool
}

// has reports whether a word of words (the body's words) is exactly low
// and not capitalised.
func (u *lowerUse) has(body string, words []token.Word, low string) bool {
	if u.set == nil && u.asked < lowerUseSearches {
		u.asked++
		return low != "" && !token.IsCap(low) && hasWord(body, words, low)
	}
	if u.set == nil {
		u.set = lowerWords(words)
	}
	return u.set[low]
}

// hasWord reports whether one of words (in body order, each Text the
// body's bytes at its offsets) is exactly w.
func hasWord(body string, words []token.Word, w string) bool {
	for off := 0; off < len(body); {
		k := strings.Index(body[off:], w)
		if k < 0 {
			return false
		}
		p := off + k
		i := sort.Search(len(words), func(i int) bool { return words[i].Start >= p })
		if i < len(words) && words[i].Start == p && words[i].End == p+len(w) {
			return true
		}
		off = p + 1
	}
	return false
}

// lowerWords is the set of the words written in lower case.
func lowerWords(words []token.Word) map[string]bool {
	out := make(map[string]bool, len(words)/2)
	for _, w := range words {
		if w.Text != "" && !token.IsCap(w.Text) {
			out[w.Text] = true
		}
	}
	return out
}

// wordEnds is a quick test for the words of a set of lower-case keys: the
// bytes that begin and end a key. The zero value holds no key.
type wordEnds struct{ first, last [4]uint64 }

// add adds the ends of key.
func (e *wordEnds) add(key string) {
	if key == "" {
		e.first[0] |= 1 // "" passes mayLower only as ""
		return
	}
	e.first[key[0]>>6] |= 1 << (key[0] & 63)
	e.last[key[len(key)-1]>>6] |= 1 << (key[len(key)-1] & 63)
}

// mayLower reports whether strings.ToLower(w) may be a key added: false
// when an ASCII first or last byte of w, lower-cased, ends no key.
func (e *wordEnds) mayLower(w string) bool {
	if w == "" {
		return e.first[0]&1 != 0
	}
	c, d := w[0], w[len(w)-1]
	return (c >= 0x80 || hasByte(&e.first, lowerASCII(c))) && (d >= 0x80 || hasByte(&e.last, lowerASCII(d)))
}

func hasByte(set *[4]uint64, c byte) bool { return set[c>>6]&(1<<(c&63)) != 0 }

// isCap is token.IsCap without decoding an ASCII first letter.
func isCap(w string) bool {
	if w != "" && w[0] < 0x80 {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	return token.IsCap(w)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
