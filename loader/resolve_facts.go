package loader

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/internal/overlap"
	"github.com/kg-project/kg/schema"
)

// factNode is what resolution compares of one event or commitment.
type factNode struct {
	iri         quad.IRI
	event       bool
	types       []quad.Value // event type or commitment kind, as stored
	dates       map[string]bool
	places      map[string]bool
	parties     map[string]bool // participants, or who committed
	partyVals   []quad.Value
	to          map[string]bool
	words       overlap.Words // commitments: what and condition
	conditional bool
	labels      map[quad.IRI]bool // the documents stating it
}

// valueKey folds a value for comparison: IRIs as they are, names
// lower-cased.
func valueKey(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case quad.String:
		return "name:" + strings.ToLower(strings.TrimSpace(string(x)))
	}
	return v.String()
}

// factNodes collects the events and commitments that quads describe,
// leaving out quads labelled skip.
func factNodes(quads []quad.Quad, skip quad.IRI) map[quad.IRI]*factNode {
	facts := map[quad.IRI]*factNode{}
	for _, q := range quads {
		s, ok := q.Subject.(quad.IRI)
		if !ok || q.Predicate != schema.Type || (skip != "" && q.Label == skip) {
			continue
		}
		switch q.Object {
		case schema.ClassEvent, schema.ClassCommitment:
			facts[s] = &factNode{iri: s, event: q.Object == schema.ClassEvent, dates: map[string]bool{},
				places: map[string]bool{}, parties: map[string]bool{}, to: map[string]bool{}, words: overlap.Words{},
				labels: map[quad.IRI]bool{}}
		}
	}
	for _, q := range quads {
		s, _ := q.Subject.(quad.IRI)
		f := facts[s]
		if f == nil || (skip != "" && q.Label == skip) {
			continue
		}
		if l, ok := q.Label.(quad.IRI); ok {
			f.labels[l] = true
		}
		switch q.Predicate {
		case schema.EventType, schema.CommitmentKind:
			f.types = append(f.types, q.Object)
		case schema.Date:
			f.dates[valueKey(q.Object)] = true
		case schema.Location:
			f.places[valueKey(q.Object)] = true
		case schema.Participant, schema.CommittedBy:
			if k := valueKey(q.Object); !f.parties[k] {
				f.parties[k] = true
				f.partyVals = append(f.partyVals, q.Object)
			}
		case schema.CommittedTo:
			f.to[valueKey(q.Object)] = true
		case schema.What:
			f.words.Add(quad.ToString(q.Object))
		case schema.Condition:
			f.words.Add(quad.ToString(q.Object))
			f.conditional = true
		}
	}
	return facts
}

// typeKey is the folded type or kind of a fact.
func (f *factNode) typeKey() string {
	if len(f.types) == 0 {
		return ""
	}
	return strings.ToLower(quad.ToString(f.types[0]))
}

// entityNames returns the words of the names of the actors and places a
// document names: "Kenya" in "send wheat to Kenya" says who or where, not
// what, and must not make two commitments agree.
func entityNames(quads []quad.Quad) overlap.Words {
	words := overlap.Words{}
	for _, q := range quads {
		if q.Predicate != schema.Name && q.Predicate != schema.AlternateName {
			continue
		}
		if s, ok := q.Subject.(quad.IRI); ok && isEntity(s) {
			words.Add(quad.ToString(q.Object))
		}
	}
	return words
}

// isEntity says whether iri names an actor or a place.
func isEntity(iri quad.IRI) bool {
	local := strings.TrimPrefix(string(iri), schema.IDBase)
	for _, p := range []string{schema.PrefixPerson, schema.PrefixCountry, schema.PrefixOrg, schema.PrefixPlace} {
		if strings.HasPrefix(local, p) {
			return true
		}
	}
	return false
}
