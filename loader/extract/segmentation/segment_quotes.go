package segmentation

import (
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// segQuoteSpans returns the spans of quoted text in body[start:end],
// quotation marks excluded: straight double quotes pair in order; curly
// “ ” and « » open and close; single quotes (‘ ’ and ') open before a
// letter after a non-letter and close after a non-space before a
// non-letter, so apostrophes (Ukraine’s) are not taken for quotes. An
// unclosed quotation runs to the end of the range.
func segQuoteSpans(body string, start, end int, dst [][2]int) [][2]int {
	double, single := -1, -1
	prev := ' '
	for i := start; i < end; {
		c := body[i]
		if c < 0x80 && c != '"' && c != '\'' {
			prev = rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:end])
		next, _ := utf8.DecodeRuneInString(body[i+size : end])
		if i+size >= end {
			next = ' '
		}
		switch r {
		case '"':
			if double < 0 {
				double = i + size
			} else {
				dst = segAppendSpan(dst, double, i)
				double = -1
			}
		case '“', '«':
			if double < 0 {
				double = i + size
			}
		case '”', '»':
			if double >= 0 {
				dst = segAppendSpan(dst, double, i)
				double = -1
			}
		case '‘', '\'', '’':
			opens := r != '’' && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && unicode.IsLetter(next)
			closes := r != '‘' && single >= 0 && !unicode.IsSpace(prev) && !unicode.IsLetter(next)
			switch {
			case closes:
				dst = segAppendSpan(dst, single, i)
				single = -1
			case opens && single < 0 && double < 0:
				single = i + size
			}
		}
		prev = r
		i += size
	}
	if double >= 0 {
		dst = segAppendSpan(dst, double, end)
	}
	return dst
}

func segAppendSpan(dst [][2]int, s, e int) [][2]int {
	if e > s {
		dst = append(dst, [2]int{s, e})
	}
	return dst
}

// segQuotesOver finds the quotations of body[start:end] and hands each
// segment from first on the parts inside it.
func segQuotesOver(body string, dst []model.Sent, first, start, end int) []model.Sent {
	if !segHasQuoteMark(body[start:end]) {
		return dst
	}
	spans := segQuoteSpans(body, start, end, nil)
	for k := first; k < len(dst); k++ {
		s := &dst[k]
		for _, q := range spans {
			a, b := max(q[0], s.Start), min(q[1], s.End)
			for a < b && token.IsSpaceByte(body[a]) {
				a++
			}
			for b > a && token.IsSpaceByte(body[b-1]) {
				b--
			}
			if a < b {
				s.Quotes = append(s.Quotes, [2]int{a, b})
			}
		}
	}
	return dst
}

// segHasQuoteMark is a fast test for any quotation mark.
func segHasQuoteMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'', 0xE2, 0xC2:
			return true
		}
	}
	return false
}
