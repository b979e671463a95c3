package entities

import "github.com/kg-project/kg/loader/extract/model"

// GroupMentionsByKey groups the mentions that have a node id by that id:
// the ids in order of first mention, and for each its mentions in text
// order. The groups share one backing array (each capped at its own
// end, so appending to one never writes into the next) instead of
// growing a slice per id.
func GroupMentionsByKey(all []model.Mention) (order []string, groups [][]model.Mention) {
	index := make(map[string]int, len(all)/2+1)
	var counts []int
	of := make([]int, len(all)) // group of each mention, -1 without id
	for i, m := range all {
		of[i] = -1
		if m.Key == "" {
			continue
		}
		g, seen := index[m.Key]
		if !seen {
			g = len(order)
			index[m.Key] = g
			order = append(order, m.Key)
			counts = append(counts, 0)
		}
		counts[g]++
		of[i] = g
	}
	total := 0
	next := make([]int, len(order)) // where the next mention of a group goes
	for g, n := range counts {
		next[g] = total
		total += n
	}
	backing := make([]model.Mention, total)
	groups = make([][]model.Mention, len(order))
	for g := range order {
		groups[g] = backing[next[g] : next[g] : next[g]+counts[g]]
	}
	for i, g := range of {
		if g >= 0 {
			groups[g] = append(groups[g], all[i])
		}
	}
	return order, groups
}
