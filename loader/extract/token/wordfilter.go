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
		b := wordBit(fnvHash(k))
		f.bits[b/64] |= 1 << (b % 64)
	}
	return f
}

// MayHold reports whether w may be one of the keys; false means it is not.
func (f *WordFilter) MayHold(w string) bool { return f.has(fnvHash(w)) }

// MayHoldLower reports whether w with A-Z lower-cased may be one of the
// keys; false means it is not. A word with a byte beyond ASCII, which
// strings.ToLower may rewrite, always may.
func (f *WordFilter) MayHoldLower(w string) bool {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * fnvPrime
	}
	return f.has(h)
}

// FNV-1a, the hash of the words' bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvHash(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// wordBit folds a hash to a bit of the table.
func wordBit(h uint32) uint32 { return (h ^ h>>15) % wordFilterBits }

// has reports whether the bit of the FNV-1a hash h is set.
func (f *WordFilter) has(h uint32) bool {
	b := wordBit(h)
	return f.bits[b/64]&(1<<(b%64)) != 0
}
