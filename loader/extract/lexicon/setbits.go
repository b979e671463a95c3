package lexicon

// The sets of the entity lexicon are named by strings at every call
// (Has, HasAt, WordSets.Has); a small open-addressing table finds a
// name's bit with one string comparison instead of the search of a
// 35-way switch.

// setSlots is the size of setTable, a power of two well above the number
// of sets.
const setSlots = 128

type setSlot struct {
	name  string
	bit   uint64
	lower bool // a set of lower-case words, matched in any case
}

var setTable = func() (t [setSlots]setSlot) {
	for _, name := range SetNames {
		h := setHash(name)
		for t[h].name != "" {
			h = (h + 1) % setSlots
		}
		t[h] = setSlot{name: name, bit: setBitByName(name), lower: isLowerSet(name)}
	}
	return t
}()

func setHash(s string) uint {
	if s == "" {
		return 0
	}
	return (uint(len(s))*131 + uint(s[0])*31 + uint(s[len(s)/2])*7 + uint(s[len(s)-1])) % setSlots
}

// setOf returns the bit of a set and whether it holds lower-case words
// (isLowerSet); 0 and false for an unknown name.
func setOf(set string) (bit uint64, lower bool) {
	for h := setHash(set); setTable[h].name != ""; h = (h + 1) % setSlots {
		if setTable[h].name == set {
			return setTable[h].bit, setTable[h].lower
		}
	}
	return 0, false
}

// setBit returns the bit of a set, 0 for an unknown name.
func setBit(set string) uint64 {
	bit, _ := setOf(set)
	return bit
}

// Set is an entity set resolved to its bit once (SetOf), for the loops
// that test many words against it without naming it at every word.
type Set struct {
	bit   uint64
	lower bool
}

// SetOf returns the set of that name (SetNames); an unknown name holds
// no word.
func SetOf(name string) Set {
	bit, lower := setOf(name)
	return Set{bit: bit, lower: lower}
}

// HasIn is Has(name, word) for the set s = SetOf(name).
func (l *Entities) HasIn(s Set, word string) bool {
	if s.lower {
		return l.lowerBitsOf(word)&s.bit != 0
	}
	if l.setWords != nil && !l.setWords.MayHold(word) {
		return false
	}
	return l.exactBits[word]&s.bit != 0
}

// In is Has(i, name) for the set s = SetOf(name).
func (w WordSets) In(i int, s Set) bool { return w[i]&s.bit != 0 }

// setWordKeys yields the keys of exactBits and lowerBits, the words of
// the filter setWords.
func (l *Entities) setWordKeys(yield func(string) bool) {
	for _, m := range []map[string]uint64{l.exactBits, l.lowerBits} {
		for w := range m {
			if !yield(w) {
				return
			}
		}
	}
}
