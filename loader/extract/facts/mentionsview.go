package facts

import "github.com/kg-project/kg/loader/extract/model"

// MentionsView returns what MentionsIn(start, end) returns, without
// copying when it can: when the mentions are sorted and those starting in
// [start, end] all end by end, it is that run of the analysis's own
// mentions (capped, so appending to it copies). Read it, never write
// into it.
func (c *Context) MentionsView(start, end int) []model.Mention {
	ms := c.A.Mentions
	if len(ms) != c.sortedMentions {
		return c.MentionsIn(start, end)
	}
	lo, hi := 0, len(ms) // the first mention starting at or after start (FirstFrom)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ms[mid].Start < start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	hi = lo
	for ; hi < len(ms) && ms[hi].Start <= end; hi++ {
		if ms[hi].End > end {
			return c.MentionsIn(start, end) // one starts inside but ends past end
		}
	}
	if hi == lo {
		return nil
	}
	return ms[lo:hi:hi]
}
