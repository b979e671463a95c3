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
	r := &a.Result
	r.Persons, r.Countries, r.Organizations, r.Places = []model.Entity{}, []model.Entity{}, []model.Entity{}, []model.Entity{}
	all := a.Mentions
	if len(a.ListedOnly) > 0 {
		all = append(a.Mentions[:len(a.Mentions):len(a.Mentions)], a.ListedOnly...)
		slices.SortStableFunc(all, func(x, y model.Mention) int { return cmp.Compare(x.Start, y.Start) })
	}
	order, groups := GroupMentionsByKey(all)
	for g, key := range order {
		e := entity(a, key, groups[g])
		switch e.Kind {
		case "person":
			a.Result.Persons = append(a.Result.Persons, e)
		case "country":
			a.Result.Countries = append(a.Result.Countries, e)
		case "organization", "outlet":
			a.Result.Organizations = append(a.Result.Organizations, e)
		case "place":
			a.Result.Places = append(a.Result.Places, e)
		}
	}
	return nil
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
