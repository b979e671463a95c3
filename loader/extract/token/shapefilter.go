package token

// ShapeFilter is a quick, inexact test for a set of words, to run before a
// map lookup on every word of a text: MayHave is true for every word
// added, and false for most others (those whose length, first and last
// bytes match no word added). Unlike WordFilter, which hashes whole
// words, it can be asked from a word's length and end bytes alone
// (MayHaveParts), before the word is cut out. The zero value holds no word.
type ShapeFilter struct{ bits [1 << 10]uint64 }

// NewShapeFilter returns the filter of words.
func NewShapeFilter(words ...string) *ShapeFilter {
	f := &ShapeFilter{}
	for _, w := range words {
		f.Add(w)
	}
	return f
}

// Add adds w to the filter.
func (f *ShapeFilter) Add(w string) {
	k := filterKey(w)
	f.bits[k>>6] |= 1 << (k & 63)
}

// MayHave reports whether w may be one of the words added.
func (f *ShapeFilter) MayHave(w string) bool {
	k := filterKey(w)
	return f.bits[k>>6]&(1<<(k&63)) != 0
}

// MayHaveParts is MayHave for a word given by its length and its first and
// last bytes (n > 0), for a caller that has the word only as bytes.
func (f *ShapeFilter) MayHaveParts(n int, first, last byte) bool {
	k := partsKey(n, first, last)
	return f.bits[k>>6]&(1<<(k&63)) != 0
}

// filterKey is the bit of w: 4 bits of its length, 6 of its first and 6
// of its last byte.
func filterKey(w string) uint {
	if w == "" {
		return 0
	}
	return partsKey(len(w), w[0], w[len(w)-1])
}

func partsKey(n int, first, last byte) uint {
	return uint(n&15)<<12 | uint(first&63)<<6 | uint(last&63)
}
