package events

import (
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// reportedTypes are the event types whose sayer is not a party: the one
// who speaks of an attack or a blast did not take part in it.
var reportedTypes = map[string]bool{"attack": true, "other": true}

// dropSayers removes from an attack or blast told in the words of a
// saying verb ("X said the decision was not linked to Monday's blast")
// the actors before the verb; not when the trigger is the verb's object
// ("told a news conference").
func (s eventStage) dropSayers(c *facts.Context, start int, toks []token.Tok, hit token.Hit, m *eventMention) {
	if !reportedTypes[m.typ] {
		return
	}
	var verb token.Hit
	found := false
	for h := range s.Lex.saying.Hits(toks[:hit.From]) {
		verb, found = h, true
	}
	if !found || hit.From <= verb.To+2 {
		return
	}
	sayers := map[string]bool{}
	for _, mn := range s.mentionsIn(c, start, verb.Start) {
		sayers[mn.Key] = true
	}
	for _, mn := range s.mentionsIn(c, verb.End, toks[len(toks)-1].End) {
		delete(sayers, mn.Key) // named again in the words: a party after all
	}
	kept := m.participants[:0]
	for _, p := range m.participants {
		if !sayers[p] {
			kept = append(kept, p)
		}
	}
	m.participants = kept
}
