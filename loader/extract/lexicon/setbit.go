package lexicon

// SetBit returns the bit of a set in a WordSets entry (0 for an unknown
// set), for a loop that asks about one set for many words: fetched once,
// it spares each question the set's name lookup.
func SetBit(set string) uint64 { return setBit(set) }

// HasBit is Has for the set of bit (see SetBit).
func (w WordSets) HasBit(i int, bit uint64) bool { return w[i]&bit != 0 }
