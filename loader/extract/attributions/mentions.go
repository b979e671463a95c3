package attributions

import (
	"sort"

	"github.com/kg-project/kg/loader/extract/model"
)

// mentionsIn is d.mentionsIn(s, e) without its copy where it can: the
// mentions sorted by start (as the entity stages leave them), those
// lying in [s, e) are a run of them, unless a mention of that run ends
// past e. Read the slice, never write into it (appending is safe).
func (d *attribDoc) mentionsIn(s, e int) []model.Mention {
	ms := d.c.A.Mentions
	if len(ms) != d.sortedMentions {
		return d.c.MentionsIn(s, e)
	}
	lo := d.c.A.FirstFrom(s)
	hi := lo
	for ; hi < len(ms) && ms[hi].Start <= e; hi++ {
		if ms[hi].End > e {
			return d.c.MentionsIn(s, e) // a run with a gap: the copy
		}
	}
	if hi == lo {
		return nil
	}
	return ms[lo:hi:hi]
}

// sortedMentionCount is len(a.Mentions) when they are sorted by start,
// else -1 (see mentionsIn).
func sortedMentionCount(a *model.Analysis) int {
	if sort.SliceIsSorted(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start }) {
		return len(a.Mentions)
	}
	return -1
}
