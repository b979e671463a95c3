package lexicon

import "iter"

// firstShapes is a table of the shapes (first byte, length) of a word
// list's keys, which are lower case: a word of ASCII letters whose lowered
// shape is not in it is certainly not a key, told by one load instead of
// hashing the word (token.WordFilter) or looking it up.
type firstShapes [256]uint64

// newFirstShapes returns the table of keys.
func newFirstShapes(keys iter.Seq[string]) *firstShapes {
	var s firstShapes
	for k := range keys {
		if k != "" {
			s[k[0]] |= shapeBit(len(k))
		}
	}
	return &s
}

// shapeBit is the bit of a length; lengths from 63 on share one.
func shapeBit(n int) uint64 { return 1 << min(n, 63) }

// rejectsLower reports whether w, lower-cased, is certainly not a key: w
// is all ASCII (so lower-casing keeps its length) and its shape is not in
// the table.
func (s *firstShapes) rejectsLower(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if s[c]&shapeBit(len(w)) != 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
