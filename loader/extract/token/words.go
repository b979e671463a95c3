package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of the body with byte offsets. Poss marks a possessive
// "'s" right after it (not part of the word).
type Word struct {
	Start, End int
	Text       string
	Poss       bool
}

// LookupLower looks w up in a map keyed by lower-case words, without
// allocating for short ASCII words.
func LookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) <= len(buf) {
		ascii := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			v, ok := m[string(buf[:len(w)])]
			return v, ok
		}
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
}

// SplitWords returns the words of s[from:to]: runs of letters and digits,
// with inner hyphens, apostrophes ("O'Brien") and the dots of initials
// ("U.S.") kept inside the word.
func SplitWords(s string, from, to int) []Word {
	out := make([]Word, 0, (to-from)/6+1)
	i := from
	for i < to {
		if c := s[i]; c < utf8.RuneSelf && !asciiWordChar[c] {
			i++ // the common case of a space or punctuation, without a call
			continue
		}
		r, size := decodeRune(s, i)
		if !isWordChar(r) {
			i += size
			continue
		}
		start := i
		for i < to {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiWordChar[c] {
					i++ // the common case of an ASCII letter or digit, without a call
					continue
				}
				if c != '-' && c != '.' && c != '\'' {
					break // a space or punctuation that ends the word
				}
			}
			r, size = decodeRune(s, i)
			if isWordChar(r) || r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r) {
				i += size
				continue
			}
			if (r == '-' || r == '.' || r == '\'' || r == '’') && i+size < to {
				nr, _ := utf8.DecodeRuneInString(s[i+size:])
				if !isWordChar(nr) {
					if r == '.' && strings.Contains(s[start:i], ".") && IsInitials(s[start:i]) {
						i += size // the last dot of "U.S."
					}
					break
				}
				if r == '.' && !IsInitials(s[start:i]) {
					break
				}
				if (r == '\'' || r == '’') && isPossessiveAt(s, i+size, to) {
					break
				}
				i += size
				continue
			}
			// The last dot of initials ("U.S.") belongs to the word.
			if r == '.' && IsInitials(s[start:i]) && strings.Contains(s[start:i], ".") {
				i += size
			}
			break
		}
		w := Word{Start: start, End: i, Text: s[start:i]}
		possEnd := 0 // end of the "'s" when Poss
		if i < to {
			r, size = utf8.DecodeRuneInString(s[i:])
			if (r == '\'' || r == '’') && isPossessiveAt(s, i+size, to) {
				w.Poss = true
				possEnd = i + size + 1
			}
		}
		out = append(out, w)
		if w.Poss {
			i = possEnd
		}
	}
	return out
}

// isPossessiveAt reports whether s[i:] starts with an "s" that ends the
// word (the "s" of "'s").
func isPossessiveAt(s string, i, to int) bool {
	if i >= to || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	if i+1 >= to {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !isWordChar(r)
}

// IsInitials reports whether w is a run of single letters each followed by
// a dot, possibly without the final dot ("U.S", "U").
func IsInitials(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 {
			if !unicode.IsUpper(r) || r >= utf8.RuneSelf {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
	}
	return n >= 1
}

// asciiWordChar[c] is isWordChar(rune(c)) for an ASCII byte c.
var asciiWordChar = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordChar(rune(c))
	}
	return t
}()

func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// decodeRune decodes the rune at s[i], without a call for ASCII.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// IsCap reports whether w starts with an upper-case letter.
func IsCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether w has letters and none is lower case.
func IsAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// TitleCase writes an all-caps word as a capitalised one ("MARIN" ->
// "Marin"); other words are returned as they are.
func TitleCase(w string) string {
	if !IsAllCaps(w) || utf8.RuneCountInString(w) < 2 {
		return w
	}
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = r == '-' || r == '\'' || r == ' '
	}
	return b.String()
}

// PrevWordText returns the word that ends right before byte offset off
// (skipping spaces only), or "".
func PrevWordText(s string, off int) string {
	j := off
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !isWordChar(r) && r != '-' {
			break
		}
		k -= size
	}
	return s[k:j]
}

// NextWordText returns the word that starts right after byte offset off
// (skipping spaces only), or "".
func NextWordText(s string, off int) string {
	j := off
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	k := j
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isWordChar(r) && r != '-' {
			break
		}
		k += size
	}
	return s[j:k]
}

// IsListItemLine reports whether a line opens with a list bullet ("- ",
// "• ", "* ", "– ").
func IsListItemLine(line string) bool {
	line = strings.TrimLeft(line, " \t")
	for _, b := range []string{"- ", "• ", "* ", "– ", "· "} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return false
}

// MaxHeadlineLen bounds the lines (bytes) examined as headlines or
// datelines, which keeps those checks linear on long lines.
const MaxHeadlineLen = 300

// LineAround returns the line holding byte offset off when it is at most
// limit bytes long.
func LineAround(body string, off, limit int) (start, end int, ok bool) {
	from := max(0, off-limit)
	start = strings.LastIndexByte(body[from:off], '\n') + 1 + from
	if start == from && from > 0 {
		return 0, 0, false
	}
	to := min(len(body), off+limit)
	end = strings.IndexByte(body[off:to], '\n')
	switch {
	case end >= 0:
		end += off
	case to == len(body):
		end = len(body)
	default:
		return 0, 0, false
	}
	return start, end, end-start <= limit
}
