package numbers

import (
	"slices"
	"sort"

	"github.com/kg-project/kg/loader/extract/model"
)

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
	k := sort.Search(len(list), func(k int) bool { return list[k].sent >= i })
	if k == len(list) || list[k].sent != i || list[k].start != s.Start || list[k].end != s.End || !slices.Equal(list[k].skip, skip) {
		return nil, false
	}
	return list[k].found, true
}
