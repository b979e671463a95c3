package extract

import (
	"sort"
	"strings"
)

// The entity stages keep a.Mentions sorted by start (longer first at the
// same start), so that finding the mentions around an offset is a binary
// search rather than a scan: extraction stays near linear in the length of
// the text.

// maxMentionLen bounds the length (bytes) of a mention; longer spans are
// not names.
const maxMentionLen = 300

// sortMentions restores the order the entity stages rely on.
func (a *Analysis) sortMentions() {
	sort.SliceStable(a.Mentions, func(i, j int) bool {
		if a.Mentions[i].Start != a.Mentions[j].Start {
			return a.Mentions[i].Start < a.Mentions[j].Start
		}
		return a.Mentions[i].End > a.Mentions[j].End
	})
}

// firstFrom returns the index of the first mention starting at or after off.
func (a *Analysis) firstFrom(off int) int {
	return sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Start >= off })
}

// addMention inserts a mention in order unless one of the same span is
// there or it is empty or too long to be a name.
func (a *Analysis) addMention(m Mention) {
	if m.End <= m.Start || m.End-m.Start > maxMentionLen {
		return
	}
	i := sort.Search(len(a.Mentions), func(i int) bool {
		x := a.Mentions[i]
		return x.Start > m.Start || x.Start == m.Start && x.End <= m.End
	})
	for k := i; k < len(a.Mentions) && a.Mentions[k].Start == m.Start; k++ {
		if a.Mentions[k].End == m.End {
			return
		}
	}
	a.Mentions = append(a.Mentions, Mention{})
	copy(a.Mentions[i+1:], a.Mentions[i:])
	a.Mentions[i] = m
}

// mentionAt returns the index of the first mention overlapping
// [start, end), or -1.
func (a *Analysis) mentionAt(start, end int) int {
	for i := a.firstFrom(start - maxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < end; i++ {
		if a.Mentions[i].End > start {
			return i
		}
	}
	return -1
}

// overlapsKind reports whether a mention overlapping [start, end) has one
// of the kinds.
func (a *Analysis) overlapsKind(start, end int, kinds ...string) bool {
	for i := a.firstFrom(start - maxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < end; i++ {
		if a.Mentions[i].End > start {
			for _, k := range kinds {
				if a.Mentions[i].Kind == k {
					return true
				}
			}
		}
	}
	return false
}

// mentionEndingAt returns the longest mention that ends at byte offset off.
func (a *Analysis) mentionEndingAt(off int) (Mention, bool) {
	for i := a.firstFrom(off - maxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < off; i++ {
		if a.Mentions[i].End == off {
			return a.Mentions[i], true
		}
	}
	return Mention{}, false
}

// mentionStartingAt returns the longest mention that starts at off.
func (a *Analysis) mentionStartingAt(off int) (Mention, bool) {
	if i := a.firstFrom(off); i < len(a.Mentions) && a.Mentions[i].Start == off {
		return a.Mentions[i], true
	}
	return Mention{}, false
}

// personBefore returns the nearest person mention before off on the same
// line and within 200 bytes, other than key.
func (a *Analysis) personBefore(off int, key string) (Mention, bool) {
	var best Mention
	found := false
	for i := a.firstFrom(off - 200 - maxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < off; i++ {
		m := a.Mentions[i]
		if m.Kind != "person" || m.Key == key || m.End > off || off-m.End > 200 || strings.Contains(a.Body[m.End:off], "\n") {
			continue
		}
		best, found = m, true
	}
	return best, found
}

// mentionsByKey groups the mention indexes by node id.
func (a *Analysis) mentionsByKey() map[string][]int {
	out := map[string][]int{}
	for i, m := range a.Mentions {
		out[m.Key] = append(out[m.Key], i)
	}
	return out
}

// inDate reports whether [start, end) overlaps a date expression ("Jun"
// of "Jun 5"); Dates are in text order.
func (a *Analysis) inDate(start, end int) bool {
	i := sort.Search(len(a.Dates), func(i int) bool { return a.Dates[i].End > start })
	return i < len(a.Dates) && a.Dates[i].Start < end
}
