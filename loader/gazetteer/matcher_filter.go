package gazetteer

import "math/bits"

// keyFilter is a bit table of the hashed keys of one trie node's kids: a
// text word whose bit is clear is no key, and costs no map lookup. The
// zero filter holds everything.
type keyFilter struct {
	bits []uint64
	mask uint32 // number of bits - 1
}

// filteredKids is the fewest kids a node needs for filters: a small map
// is searched about as fast as a word is hashed.
const filteredKids = 16

// keyFilterLoad is how many bits a filter has per key (about one in
// twenty set).
const keyFilterLoad = 20

// filterKeys builds n's filters when it has many kids.
func (n *trieNode) filterKeys() {
	if len(n.kids) < filteredKids {
		return
	}
	size := uint32(1) << bits.Len32(uint32(len(n.kids)*keyFilterLoad))
	n.keys = keyFilter{bits: make([]uint64, (size+63)/64), mask: size - 1}
	n.anyKeys = keyFilter{bits: make([]uint64, (size+63)/64), mask: size - 1}
	for key, k := range n.kids {
		n.keys.add(key)
		if k.anyCase != nil {
			n.anyKeys.add(key)
		}
	}
}

func (f *keyFilter) add(key string) {
	b := keyHash(key) & f.mask
	f.bits[b/64] |= 1 << (b % 64)
}

// mayHoldHash reports whether a key whose keyHash is h may be in the
// filter; false means it is not.
func (f *keyFilter) mayHoldHash(h uint32) bool {
	if f.bits == nil {
		return true
	}
	b := h & f.mask
	return f.bits[b/64]&(1<<(b%64)) != 0
}

// keyHash is FNV-1a of a key, its high bits folded into the low ones.
func keyHash(key string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return h ^ h>>16
}
