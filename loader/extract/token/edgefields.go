package token

import (
	"unicode"
	"unicode/utf8"
)

// AppendFirstFields appends to dst the first n fields of s, as
// strings.Fields(s)[:n] (all of them when s has fewer), without splitting
// the rest of s.
func AppendFirstFields(dst []string, s string, n int) []string {
	for i, k := 0, 0; i < len(s) && k < n; k++ {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		dst = append(dst, s[i:j])
		i = j
	}
	return dst
}

// AppendLastFields appends to dst the last n fields of s in order, as
// strings.Fields(s)[len-n:] (all of them when s has fewer), reading s
// from its end.
func AppendLastFields(dst []string, s string, n int) []string {
	from := len(dst)
	for j, k := len(s), 0; j > 0 && k < n; k++ {
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !unicode.IsSpace(r) {
				break
			}
			j -= size
		}
		if j == 0 {
			break
		}
		i := j
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsSpace(r) {
				break
			}
			i -= size
		}
		dst = append(dst, s[i:j])
		j = i
	}
	for a, b := from, len(dst)-1; a < b; a, b = a+1, b-1 {
		dst[a], dst[b] = dst[b], dst[a]
	}
	return dst
}
