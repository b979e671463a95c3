package token

// QuoteSpans returns the byte ranges of direct quotations in body, quote
// marks excluded: curly pairs “…” and straight pairs "…" (a straight mark
// opens when it follows a space, a line start or an opening bracket).
// Single quotes are left alone: they double as apostrophes.
//
// It reads bytes, not runes: the marks that matter are '"', '\n' and the
// three bytes of “ and ” (E2 80 9C, E2 80 9D), none of which can lie
// inside another UTF-8 sequence, valid or not, so a byte scan finds what
// a rune scan finds.
func QuoteSpans(body string) [][2]int {
	var out [][2]int
	open := -1
	var closer byte // '"', or quoteRight for ”
	for i := 0; i < len(body); i++ {
		for i < len(body) && !quoteMarkByte[body[i]] {
			i++ // most bytes are none of the marks
		}
		if i == len(body) {
			break
		}
		switch body[i] {
		case '"':
			if open < 0 {
				open, closer = i+1, '"'
			} else if closer == '"' {
				out = append(out, [2]int{open, i})
				open = -1
			}
		case 0xE2:
			switch CurlyDoubleQuoteAt(body, i) {
			case '“':
				if open < 0 {
					open, closer = i+3, quoteRight
				}
			case '”':
				if open >= 0 && closer == quoteRight {
					out = append(out, [2]int{open, i})
					open = -1
				}
			}
		case '\n':
			if open >= 0 && i+1 < len(body) && body[i+1] == '\n' {
				open = -1 // a quotation does not cross a blank line unclosed
			}
		}
	}
	return out
}

// CurlyDoubleQuoteAt returns '“' or '”' when that mark (E2 80 9C or
// E2 80 9D) starts at byte i of s, else 0.
func CurlyDoubleQuoteAt(s string, i int) rune {
	if i+2 >= len(s) || s[i] != 0xE2 || s[i+1] != 0x80 {
		return 0
	}
	switch s[i+2] {
	case 0x9C:
		return '“'
	case 0x9D:
		return '”'
	}
	return 0
}

// quoteRight stands for ” as the closer QuoteSpans waits for.
const quoteRight = 0x9D

// quoteMarkByte holds the bytes QuoteSpans stops at.
var quoteMarkByte = [256]bool{'"': true, '\n': true, 0xE2: true}
