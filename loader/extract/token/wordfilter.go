package token

import "iter"

// WordFilter is a bit table of hashed words, built once from the keys of
// a word map: a word whose bit is clear is certainly not a key, so the
// map lookup can be skipped. Most words of running text are in no cue
// list, and hashing a short word costs less than a lookup.
type WordFilter struct {
	bits [wordFilterBits / 64]uint64
}

// wordFilterBits is the size of a WordFilter (4 KiB): a few thousand keys
// set about one bit in ten.
const wordFilterBits = 1 << 15

// NewWordFilter returns the filter of keys.
func NewWordFilter(keys iter.Seq[string]) *WordFilter {
	f := &WordFilter{}
	for k := range keys {
		b := wordHash(k, false)
		f.bits[b/64] |= 1 << (b % 64)
	}
	return f
}

// MayHold reports whether w may be one of the keys; false means it is not.
func (f *WordFilter) MayHold(w string) bool {
	b := wordHash(w, false)
	return f.bits[b/64]&(1<<(b%64)) != 0
}

// MayHoldLower reports whether w with A-Z lower-cased may be one of the
// keys; false means it is not. A word with a byte beyond ASCII, which
// strings.ToLower may rewrite, always may.
func (f *WordFilter) MayHoldLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	b := wordHash(w, true)
	return f.bits[b/64]&(1<<(b%64)) != 0
}

// wordHash is FNV-1a of w (with A-Z lower-cased when lower), folded to
// wordFilterBits.
func wordHash(w string, lower bool) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if lower && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return (h ^ h>>15) % wordFilterBits
}
