package entities

import (
	"cmp"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// entitiesStage assembles the mentions into Result.Persons, Countries,
// Organizations (outlets included) and Places: one entity per node id, in
// order of first mention, with every mention as evidence and the distinct
// surface forms as mentions. It leaves a.Mentions sorted by Start.
type entitiesStage struct{}

func NewEntitiesStage(*gazetteer.Gazetteer, fs.FS) (model.Stage, error) { return entitiesStage{}, nil }

func (entitiesStage) Apply(a *model.Analysis) error {
	slices.SortStableFunc(a.Mentions, func(x, y model.Mention) int {
		if x.Start != y.Start {
			return cmp.Compare(x.Start, y.Start)
		}
		return cmp.Compare(y.End, x.End)
	})
	all := a.Mentions
	if len(a.ListedOnly) > 0 {
		all = append(a.Mentions[:len(a.Mentions):len(a.Mentions)], a.ListedOnly...)
		slices.SortStableFunc(all, func(x, y model.Mention) int { return cmp.Compare(x.Start, y.Start) })
	}
	order, groups := GroupMentionsByKey(all)
	// Room for each kind's entities, as their first mentions count them
	// (an entity found an outlet later stays among the organizations).
	var n [4]int
	for _, ms := range groups {
		if k := kindSlot(ms[0].Kind); k >= 0 {
			n[k]++
		}
	}
	r := &a.Result
	r.Persons, r.Countries = make([]model.Entity, 0, n[0]), make([]model.Entity, 0, n[1])
	r.Organizations, r.Places = make([]model.Entity, 0, n[2]), make([]model.Entity, 0, n[3])
	lists := [4]*[]model.Entity{&r.Persons, &r.Countries, &r.Organizations, &r.Places}
	for g, key := range order {
		e := entity(a, key, groups[g])
		if k := kindSlot(e.Kind); k >= 0 {
			*lists[k] = append(*lists[k], e)
		}
	}
	return nil
}

// kindSlot numbers the lists of Result that entities of a mention kind
// go to: persons, countries, organizations (outlets too), places; -1
// for none.
func kindSlot(kind string) int {
	switch kind {
	case "person":
		return 0
	case "country":
		return 1
	case "organization", "outlet":
		return 2
	case "place":
		return 3
	}
	return -1
}

// entity builds the entity of one node id from its mentions.
func entity(a *model.Analysis, key string, ms []model.Mention) model.Entity {
	e := model.Entity{ID: key, Kind: ms[0].Kind, Mentions: []string{}, Evidence: make([]model.Span, 0, len(ms))}
	for _, m := range ms {
		if m.Kind == "outlet" {
			e.Kind = "outlet"
		}
		if text := singleSpaced(m.Text); !slices.Contains(e.Mentions, text) {
			e.Mentions = append(e.Mentions, text)
		}
		e.Evidence = append(e.Evidence, a.Span(m.Start, m.End))
	}
	if g, ok := model.EntryOf(a.Gaz, key); ok {
		e.Name, e.InGazetteer = g.Name, g.ID
		e.Aliases = append([]string(nil), g.Aliases...)
		if g.Kind == gazetteer.Outlet {
			e.Kind = "outlet"
		}
		return e
	}
	e.Name = nameFromMentions(e.Kind, ms)
	return e
}

// singleSpaced is strings.Join(strings.Fields(s), " "), without
// allocating when s is ASCII and already single-spaced, as most mentions
// are.
func singleSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return strings.Join(strings.Fields(s), " ")
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// nameFromMentions names an entity the gazetteer does not know after its
// fullest mention; all-capital words of people and places are
// capitalised ("Ludovic MARIN" -> "Ludovic Marin").
func nameFromMentions(kind string, ms []model.Mention) string {
	best := ""
	for _, m := range ms {
		t := strings.Join(strings.Fields(m.Text), " ")
		if len(strings.Fields(t)) > len(strings.Fields(best)) || len(strings.Fields(t)) == len(strings.Fields(best)) && len(t) > len(best) {
			best = t
		}
	}
	if kind == "person" || kind == "place" {
		return credits.DisplayName(best)
	}
	return best
}
