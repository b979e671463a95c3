package gen

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// This file ports the entity matching of ../shared/tools/score.py, so that
// Go tests and benchmarks score extraction against generated ground truth
// exactly as the project's scorer does: one-to-one greedy matching, lenient
// on names (any shared surface form of two or more words, or one item's
// name among the other's forms).

// Named is an entity as the scorer sees it: a name and its surface forms.
type Named struct {
	Name     string
	Mentions []string
	Aliases  []string
}

// Counts are the matched, predicted and gold item counts of one category.
type Counts struct {
	TP, Pred, Gold int
}

// Add accumulates o into c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.Pred += o.Pred
	c.Gold += o.Gold
}

// Precision, Recall and F1 of the counts (0 when undefined).
func (c Counts) Precision() float64 { return ratio(c.TP, c.Pred) }
func (c Counts) Recall() float64    { return ratio(c.TP, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// MatchEntities matches predicted against gold entities of one category
// and returns the counts and the matched pairs (indexes into pred, gold).
func MatchEntities(pred, gold []Named) (Counts, [][2]int) {
	pred, gold = withNames(pred), withNames(gold)
	type pair struct{ i, j int }
	var pairs []pair
	pf := make([]map[string]bool, len(pred))
	gf := make([]map[string]bool, len(gold))
	for i, p := range pred {
		pf[i] = scoreForms(p)
	}
	for j, g := range gold {
		gf[j] = scoreForms(g)
	}
	for i, p := range pred {
		for j, g := range gold {
			if sameEntity(p, pf[i], g, gf[j]) {
				pairs = append(pairs, pair{i, j})
			}
		}
	}
	// score.py sorts (score, i, j) tuples in reverse; every score is 1.
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a].i != pairs[b].i {
			return pairs[a].i > pairs[b].i
		}
		return pairs[a].j > pairs[b].j
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, p := range pairs {
		if usedP[p.i] || usedG[p.j] {
			continue
		}
		usedP[p.i], usedG[p.j] = true, true
		out = append(out, [2]int{p.i, p.j})
	}
	return Counts{TP: len(out), Pred: len(pred), Gold: len(gold)}, out
}

// withNames drops items without a name, as score.py does.
func withNames(list []Named) []Named {
	var out []Named
	for _, x := range list {
		if x.Name != "" {
			out = append(out, x)
		}
	}
	return out
}

func sameEntity(p Named, pf map[string]bool, g Named, gf map[string]bool) bool {
	if gf[ScoreNorm(p.Name)] || pf[ScoreNorm(g.Name)] {
		return true
	}
	for f := range pf {
		if gf[f] && len(strings.Fields(f)) >= 2 {
			return true
		}
	}
	return false
}

func scoreForms(x Named) map[string]bool {
	out := map[string]bool{}
	for _, s := range append(append([]string{x.Name}, x.Mentions...), x.Aliases...) {
		if f := ScoreNorm(s); f != "" {
			out[f] = true
		}
	}
	return out
}

// scoreAliases is score.py's ALIASES table.
var scoreAliases = map[string]string{
	"us": "united states", "usa": "united states", "u s": "united states", "america": "united states",
	"united states of america": "united states", "the united states": "united states",
	"uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"turkiye": "turkey", "czechia": "czech republic", "the netherlands": "netherlands", "holland": "netherlands",
	"russian federation": "russia", "north atlantic treaty organization": "nato", "eu": "european union",
	"elysee": "elysee palace", "the elysee": "elysee palace", "donbass": "donbas", "kiev": "kyiv",
	"coalition of the willing": "coalition of the willing",
}

var (
	possessive = regexp.MustCompile(`['’]s\b`)
	nonAlnum   = regexp.MustCompile(`[^a-z0-9]+`)
)

// ScoreNorm is score.py's norm: accents stripped, lower case, possessive
// 's dropped, punctuation to single spaces, a leading "the " dropped, and
// the scorer's aliases applied.
func ScoreNorm(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	// Python's lower() on ASCII-range output; the regexp below keeps a-z0-9.
	t := strings.ToLower(b.String())
	t = possessive.ReplaceAllString(t, "")
	t = strings.TrimSpace(nonAlnum.ReplaceAllString(t, " "))
	t = strings.TrimPrefix(t, "the ")
	if a, ok := scoreAliases[t]; ok {
		return a
	}
	return t
}

// GoldEntities returns the entities of one category of a gold document
// ("persons", "countries", "organizations", "places") as the scorer sees
// them.
func (g *Gold) GoldEntities(category string) []Named {
	var out []Named
	switch category {
	case "persons":
		for _, p := range g.Persons {
			out = append(out, Named{Name: p.Name, Mentions: p.Mentions})
		}
	case "countries":
		out = namedOf(g.Countries)
	case "organizations":
		out = namedOf(g.Organizations)
	case "places":
		out = namedOf(g.Places)
	}
	return out
}

// EntityCategories are the entity lists of the gold shape.
var EntityCategories = []string{"persons", "countries", "organizations", "places"}

func namedOf(list []GoldEntity) []Named {
	out := make([]Named, len(list))
	for i, e := range list {
		out[i] = Named{Name: e.Name, Mentions: e.Mentions}
	}
	return out
}
