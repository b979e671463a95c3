package entities

import (
	"io/fs"
	"sort"
	"strings"

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
	sort.SliceStable(a.Mentions, func(i, j int) bool {
		if a.Mentions[i].Start != a.Mentions[j].Start {
			return a.Mentions[i].Start < a.Mentions[j].Start
		}
		return a.Mentions[i].End > a.Mentions[j].End
	})
	r := &a.Result
	r.Persons, r.Countries, r.Organizations, r.Places = []model.Entity{}, []model.Entity{}, []model.Entity{}, []model.Entity{}
	all := a.Mentions
	if len(a.ListedOnly) > 0 {
		all = append(a.Mentions[:len(a.Mentions):len(a.Mentions)], a.ListedOnly...)
		sort.SliceStable(all, func(i, j int) bool { return all[i].Start < all[j].Start })
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
	e := model.Entity{ID: key, Kind: ms[0].Kind, Mentions: []string{}, Evidence: []model.Span{}}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Kind == "outlet" {
			e.Kind = "outlet"
		}
		text := strings.Join(strings.Fields(m.Text), " ")
		if !seen[text] {
			seen[text] = true
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
