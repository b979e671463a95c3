package segmentation

import (
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/token"
)

// segLine is one line of the body as the segmenter sees it.
type segLine struct {
	start, end int // content without indentation and trailing white space
	indent     int // columns of leading white space (a tab counts 4)
	blank      bool
	rule       bool // a horizontal rule: ---, ***, ___, ===
	hashes     int  // Markdown heading level; start is after the hashes
	marker     byte // list marker: 'n' numbered, 'l' lettered, 'b' bullet, 0 none
	style      byte // '.', ')', '(' or the bullet byte
	num        int  // the item's number (letters count from 1)
}

// segSplitLines cuts body into lines, recognising the leading date marker,
// rules, Markdown headings and list markers.
func segSplitLines(body string, dst []segLine) []segLine {
	skip := token.DateMarkerEnd(body)
	for pos := 0; pos < len(body); {
		end := pos
		for end < len(body) && body[end] != '\n' && body[end] != '\r' {
			end++
		}
		next := end
		if next < len(body) && body[next] == '\r' {
			next++
		}
		if next < len(body) && body[next] == '\n' {
			next++
		}
		from := pos
		if skip > pos && skip <= end {
			from = skip
		}
		dst = append(dst, segParseLine(body, from, end))
		if next == pos {
			break
		}
		pos = next
	}
	return dst
}

// segParseLine classifies body[from:end].
func segParseLine(body string, from, end int) segLine {
	l := segLine{}
	i := from
	for i < end && (body[i] == ' ' || body[i] == '\t') {
		if body[i] == '\t' {
			l.indent += 4
		} else {
			l.indent++
		}
		i++
	}
	for end > i && token.IsSpaceByte(body[end-1]) {
		end--
	}
	l.start, l.end = i, end
	if i >= end {
		l.blank = true
		return l
	}
	if segIsRule(body[i:end]) {
		l.rule = true
		return l
	}
	// Markdown heading.
	h := i
	for h < end && body[h] == '#' {
		h++
	}
	if n := h - i; n >= 1 && n <= 6 && (h == end || body[h] == ' ' || body[h] == '\t') {
		for h < end && (body[h] == ' ' || body[h] == '\t') {
			h++
		}
		e := end
		for e > h && body[e-1] == '#' {
			e--
		}
		for e > h && token.IsSpaceByte(body[e-1]) {
			e--
		}
		l.hashes, l.start, l.end = n, h, e
		if h >= e {
			l.blank = true
		}
		return l
	}
	// A Markdown block quote: the text after "> " is a plain line.
	for i < end && body[i] == '>' {
		i++
		for i < end && (body[i] == ' ' || body[i] == '\t') {
			i++
		}
		l.start = i
		if i >= end {
			l.blank = true
			return l
		}
	}
	if c, ok := segListMarker(body, i, end, &l); ok {
		for c < end && (body[c] == ' ' || body[c] == '\t') {
			c++
		}
		l.start = c
		if c >= end {
			l.blank = true // an empty bullet: nothing to segment
		}
	}
	return l
}

// segListMarker recognises a list marker at body[i:]; it returns the
// offset after the marker.
func segListMarker(body string, i, end int, l *segLine) (int, bool) {
	c := body[i]
	spaceAt := func(k int) bool { return k == end || body[k] == ' ' || body[k] == '\t' }
	switch {
	case c == '-' || c == '*' || c == '+':
		if i+1 < end && spaceAt(i+1) {
			l.marker, l.style = 'b', c
			return i + 1, true
		}
		if i+1 == end {
			l.marker, l.style = 'b', c
			return end, true
		}
	case c >= '0' && c <= '9':
		k, n := i, 0
		for k < end && k-i < 3 && body[k] >= '0' && body[k] <= '9' {
			n = n*10 + int(body[k]-'0')
			k++
		}
		if k < end && (body[k] == '.' || body[k] == ')') && k+1 < end && spaceAt(k+1) {
			l.marker, l.style, l.num = 'n', body[k], n
			return k + 1, true
		}
	case c == '(':
		k, n, letter := i+1, 0, false
		if k < end && body[k] >= 'a' && body[k] <= 'z' {
			n, letter = int(body[k]-'a')+1, true
			k++
		} else {
			for k < end && k-i < 4 && body[k] >= '0' && body[k] <= '9' {
				n = n*10 + int(body[k]-'0')
				k++
			}
		}
		if n > 0 && k < end && body[k] == ')' && k+1 < end && spaceAt(k+1) {
			l.marker, l.style, l.num = 'n', '(', n
			if letter {
				l.marker = 'l'
			}
			return k + 1, true
		}
	case c >= 'a' && c <= 'z':
		if i+2 < end && body[i+1] == ')' && spaceAt(i+2) {
			l.marker, l.style, l.num = 'l', ')', int(c-'a')+1
			return i + 2, true
		}
	default:
		r, size := utf8.DecodeRuneInString(body[i:end])
		switch r {
		case '•', '◦', '▪', '‣', '·', '–', '—':
			if i+size < end && spaceAt(i+size) {
				l.marker, l.style = 'b', byte(r&0x7f)|0x80
				return i + size, true
			}
		}
	}
	return i, false
}

// segIsRule reports whether s is a horizontal rule.
func segIsRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '*' && c != '_' && c != '=' {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// segEndsFinal reports whether text ends a sentence or introduces a list:
// its last character, after closing quotes, brackets and emphasis, is one
// of . ! ? : ; …
func segEndsFinal(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', ')', ']', '*', '_', '”', '’', '»':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', ':', ';', '…':
			return true
		}
		return false
	}
	return false
}

// segEndsColon reports whether text ends with ':' (after emphasis).
func segEndsColon(s string) bool {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c == '*' || c == '_' || c == ' ' {
			s = s[:len(s)-1]
			continue
		}
		return c == ':'
	}
	return false
}

// segStartsLower reports whether s starts with a lower-case letter.
func segStartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// segLooksHeading reports whether a stand-alone line is a heading: in
// capitals, bold or italic only, or short without final punctuation.
func segLooksHeading(s string) bool {
	if segEmphasisOnly(s) {
		return true
	}
	if segAllCaps(s) {
		return true
	}
	if segEndsFinal(s) || len(s) > 160 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) || r == '(' || r == '[' || r == ',' {
		return false
	}
	c := s[len(s)-1]
	return c != ',' && c != '-'
}

// segAllCaps reports whether s has at least three letters, all upper
// case; it stops at the first lower-case letter.
func segAllCaps(s string) bool {
	upper := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return false
			}
			if c >= 'A' && c <= 'Z' {
				upper++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
		i += size
	}
	return upper >= 3
}

// segEmphasisOnly reports whether s is wholly wrapped in ** / __ / * / _.
func segEmphasisOnly(s string) bool {
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(s) > 2*len(m) && s[:len(m)] == m && s[len(s)-len(m):] == m {
			inner := s[len(m) : len(s)-len(m)]
			if inner[0] == ' ' || inner[len(inner)-1] == ' ' {
				return false
			}
			for k := 0; k+len(m) <= len(inner); k++ {
				if inner[k:k+len(m)] == m {
					return false
				}
			}
			return true
		}
	}
	return false
}
