package numbers

import "github.com/kg-project/kg/loader/extract/model"

// sentFound is what the numbers stage found in one segment: the scan of
// its whole text (offsets relative to it) with the date spans it skipped.
// The claims stage reads it back instead of scanning again a window that
// is the whole segment: the same text, dates and lexicon give the same
// expressions.
type sentFound struct {
	sent, start, end int
	skip             [][2]int
	found            []numFound
}

// sentFoundKey keys a document's sentFound list, in segment order, on the
// Analysis; lx is the lexicon the scans were made with.
type sentFoundKey struct{ lx *Lexicon }

// keepSentFound records the scan of segment i for the claims stage.
func keepSentFound(list []sentFound, i int, s model.Sent, skip [][2]int, found []numFound) []sentFound {
	return append(list, sentFound{sent: i, start: s.Start, end: s.End, skip: append([][2]int(nil), skip...), found: found})
}

// foundInSent returns the kept scan of segment i (s) made with lx and
// skipping exactly skip, and whether there is one.
func foundInSent(a *model.Analysis, lx *Lexicon, i int, s model.Sent, skip [][2]int) ([]numFound, bool) {
	list, ok := model.Cached[[]sentFound](a, sentFoundKey{lx})
	if !ok {
		return nil, false
	}
	lo, hi := 0, len(list)
	for lo < hi {
		mid := (lo + hi) / 2
		if list[mid].sent < i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(list) || list[lo].sent != i || list[lo].start != s.Start || list[lo].end != s.End || !sameSpans(list[lo].skip, skip) {
		return nil, false
	}
	return list[lo].found, true
}

func sameSpans(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}
