package model

import (
	"sort"
	"strings"
)

// The entity stages keep a.Mentions sorted by start (longer first at the
// same start), so that finding the mentions around an offset is a binary
// search rather than a scan: extraction stays near linear in the length of
// the text.

// MaxMentionLen bounds the length (bytes) of a mention; longer spans are
// not names.
const MaxMentionLen = 300

// SortMentions restores the order the entity stages rely on.
func (a *Analysis) SortMentions() {
	sort.SliceStable(a.Mentions, func(i, j int) bool {
		if a.Mentions[i].Start != a.Mentions[j].Start {
			return a.Mentions[i].Start < a.Mentions[j].Start
		}
		return a.Mentions[i].End > a.Mentions[j].End
	})
}

// FirstFrom returns the index of the first mention starting at or after off.
func (a *Analysis) FirstFrom(off int) int {
	return sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Start >= off })
}

// AddMention inserts a mention in order unless one of the same span is
// there or it is empty or too long to be a name.
func (a *Analysis) AddMention(m Mention) {
	if m.End <= m.Start || m.End-m.Start > MaxMentionLen {
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

// MentionAt returns the index of the first mention overlapping
// [start, end), or -1.
func (a *Analysis) MentionAt(start, end int) int {
	for i := a.FirstFrom(start - MaxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < end; i++ {
		if a.Mentions[i].End > start {
			return i
		}
	}
	return -1
}

// OverlapsKind reports whether a mention overlapping [start, end) has one
// of the kinds.
func (a *Analysis) OverlapsKind(start, end int, kinds ...string) bool {
	for i := a.FirstFrom(start - MaxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < end; i++ {
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

// MentionEndingAt returns the longest mention that ends at byte offset off.
func (a *Analysis) MentionEndingAt(off int) (Mention, bool) {
	for i := a.FirstFrom(off - MaxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < off; i++ {
		if a.Mentions[i].End == off {
			return a.Mentions[i], true
		}
	}
	return Mention{}, false
}

// MentionStartingAt returns the longest mention that starts at off.
func (a *Analysis) MentionStartingAt(off int) (Mention, bool) {
	if i := a.FirstFrom(off); i < len(a.Mentions) && a.Mentions[i].Start == off {
		return a.Mentions[i], true
	}
	return Mention{}, false
}

// PersonBefore returns the nearest person mention before off on the same
// line and within 200 bytes, other than key.
func (a *Analysis) PersonBefore(off int, key string) (Mention, bool) {
	var best Mention
	found := false
	for i := a.FirstFrom(off - 200 - MaxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < off; i++ {
		m := a.Mentions[i]
		if m.Kind != "person" || m.Key == key || m.End > off || off-m.End > 200 || strings.Contains(a.Body[m.End:off], "\n") {
			continue
		}
		best, found = m, true
	}
	return best, found
}

// MentionsByKey groups the mention indexes by node id.
func (a *Analysis) MentionsByKey() map[string][]int {
	out := map[string][]int{}
	for i, m := range a.Mentions {
		out[m.Key] = append(out[m.Key], i)
	}
	return out
}

// InDate reports whether [start, end) overlaps a date expression ("Jun"
// of "Jun 5"); Dates are in text order.
func (a *Analysis) InDate(start, end int) bool {
	i := sort.Search(len(a.Dates), func(i int) bool { return a.Dates[i].End > start })
	return i < len(a.Dates) && a.Dates[i].Start < end
}
