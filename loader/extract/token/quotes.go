package token

import "unicode/utf8"

// QuoteSpans returns the byte ranges of direct quotations in body, quote
// marks excluded: curly pairs “…” and straight pairs "…" (a straight mark
// opens when it follows a space, a line start or an opening bracket).
// Single quotes are left alone: they double as apostrophes.
func QuoteSpans(body string) [][2]int {
	var out [][2]int
	open := -1
	var closer rune
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRuneInString(body[i:])
		switch {
		case open < 0 && r == '“':
			open, closer = i+size, '”'
		case open < 0 && r == '"':
			open, closer = i+size, '"'
		case open >= 0 && r == closer:
			out = append(out, [2]int{open, i})
			open = -1
		case open >= 0 && r == '\n' && i+1 < len(body) && body[i+1] == '\n':
			open = -1 // a quotation does not cross a blank line unclosed
		}
		i += size
	}
	return out
}
