package gazetteer

import "unicode/utf8"

// How the matcher writes a word as a trie key: folded in place, without
// a new string, and how short all-capital words are kept exact.

// foldKey writes the trie key of word after gap, gap+foldToken(word,
// initials), into w.buf[:w.n], its keyHash into w.hash, and returns the
// word's shape. It folds
// ASCII letters itself and the Latin letters below latinFoldEnd by
// latinFold; false, with nothing written, for other letters or a key too
// long for w.buf.
func (w *walker) foldKey(gap, word string, initials bool) (caseShape, bool) {
	if len(gap)+len(word) > len(w.buf) {
		return 0, false
	}
	n := copy(w.buf[:], gap)
	h := uint32(2166136261) // keyHash of the key, computed as it is written
	for i := 0; i < n; i++ {
		h = (h ^ uint32(w.buf[i])) * 16777619
	}
	lower, ascii := false, true
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(word[i:])
			if r >= latinFoldEnd {
				return 0, false
			}
			f := latinFold[r]
			if n+len(f) > len(w.buf) {
				return 0, false
			}
			for j := 0; j < len(f); j++ {
				h = (h ^ uint32(f[j])) * 16777619
			}
			n += copy(w.buf[n:], f)
			ascii = false
			i += size - 1
			continue
		case c == '.' && initials:
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z':
			lower = true
		}
		if n >= len(w.buf) {
			return 0, false
		}
		w.buf[n] = c
		h = (h ^ uint32(c)) * 16777619
		n++
	}
	w.n, w.hash = n, h^h>>16
	if !ascii {
		return shapeOf(word), true
	}
	switch c := word[0]; {
	case 'A' <= c && c <= 'Z' && lower:
		return shapeCapitalised, true
	case 'A' <= c && c <= 'Z':
		return shapeUpper, true
	case '0' <= c && c <= '9':
		return shapeCapitalised, true // numbers carry no case, as in shapeOf
	}
	return shapeLower, true
}

// latinFoldEnd bounds the letters latinFold holds: Latin-1, Latin
// Extended-A and -B, the IPA and spacing modifier letters and the
// combining diacritics (U+0080 to U+036F).
const latinFoldEnd = 0x370

// latinFold[r] is foldToken of the letter r alone. Folding is letter by
// letter (a decomposition only adds marks, which are dropped, after its
// base letter), so a word of these letters folds as the concatenation.
var latinFold = func() (t [latinFoldEnd]string) {
	for r := rune(utf8.RuneSelf); r < latinFoldEnd; r++ {
		t[r] = foldToken(string(r), false)
	}
	return t
}()

// sameCapitals reports whether the text word, without the dots of its
// initials, is exact (stripDots(word, initials) == exact, without
// allocating).
func sameCapitals(word, exact string, initials bool) bool {
	j := 0
	for i := 0; i < len(word); i++ {
		if word[i] == '.' && initials {
			continue
		}
		if j >= len(exact) || word[i] != exact[j] {
			return false
		}
		j++
	}
	return j == len(exact)
}

// isShortAcronym: all capitals (digits allowed) with one to three letters.
func isShortAcronym(w string, initials bool) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.' && initials:
		case r >= '0' && r <= '9':
		case r >= utf8.RuneSelf:
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3
}

func stripDots(w string, initials bool) string {
	if !initials {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] != '.' {
			b = append(b, w[i])
		}
	}
	return string(b)
}
