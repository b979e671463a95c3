package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// coSpeakers returns the persons other than src that a joint subject
// [s, e) names ("Both X and Y", "X, Y and Z"): person mentions joined by
// "and" or commas only.
func (d *attribDoc) coSpeakers(s, e int, src attribSource) []attribSource {
	if src.kind != "person" {
		return nil
	}
	body := d.c.A.Body
	var persons []model.Mention
	for _, m := range d.mentionsIn(s, e) {
		if m.Kind == "person" {
			persons = append(persons, m)
		}
	}
	if len(persons) < 2 {
		return nil
	}
	for k := 1; k < len(persons); k++ {
		gap := strings.TrimSpace(strings.Trim(strings.TrimSpace(body[persons[k-1].End:persons[k].Start]), ","))
		if gap != "" && gap != "and" {
			return nil
		}
	}
	var out []attribSource
	for _, m := range persons {
		if m.Key != src.id {
			out = append(out, attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind})
		}
	}
	return out
}

// attributedTo returns the index of the first word after "attributed to"
// in toks, or -1.
func attributedTo(toks []token.Tok) int {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Norm == "attributed" && toks[k+1].Norm == "to" {
			return k + 2
		}
	}
	return -1
}

// bodyOfState names a state's body as the text does ("the US department
// of state", "the Ukrainian presidency"): a phrase that holds a body noun
// and names no actor but states, or a person whose body it is ("the
// premier's office").
func (d *attribDoc) bodyOfState(toks []token.Tok) (attribSource, bool) {
	h, ok := d.lex.bodyNouns.First(toks)
	if !ok {
		return attribSource{}, false
	}
	ms := d.mentionsIn(toks[0].Start, toks[len(toks)-1].End)
	if len(ms) == 0 {
		return attribSource{}, false
	}
	for _, m := range ms {
		// a state, or a person whose body it is ("the premier's office")
		owner := m.Kind == "person" && token.IsPossessiveAfter(d.c.A.Body, m.End) && h.Start > m.End
		if m.Kind != "country" && !owner || m.Start < h.End && h.Start < m.End {
			return attribSource{}, false
		}
	}
	return d.unnamedSource(toks), true
}

// fxPersonPronoun words stand for the person who spoke last ("she said",
// "according to him").
var fxPersonPronoun = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// jointBodies reads a phrase that only joins two or more bodies or states
// ("the World Food Programme (WFP) and UNICEF", "A, B and C") as one
// group source named by its members ("WFP and UNICEF"; see shortName),
// whose node is the leading member's.
func (d *attribDoc) jointBodies(s, e int) (attribSource, bool) {
	body := d.c.A.Body
	var members []model.Mention
	last := s
	for _, m := range d.mentionsIn(s, e) {
		if n := len(members); n > 0 && m.Key == members[n-1].Key {
			last = m.End // "(WFP)" after the full name
			continue
		}
		if m.Kind != "organization" && m.Kind != "outlet" && m.Kind != "country" || m.Form == "adjective" ||
			token.IsPossessiveAfter(body, m.End) {
			return attribSource{}, false
		}
		for _, t := range d.tokens(last, m.Start) {
			if t.Norm != "and" && t.Norm != "the" {
				return attribSource{}, false
			}
		}
		members = append(members, m)
		last = m.End
	}
	if len(members) < 2 || len(d.tokens(last, e)) > 0 {
		return attribSource{}, false
	}
	names := make([]string, len(members))
	for k, m := range members {
		names[k] = d.shortName(m)
	}
	// the node stays the member that leads (as a lone source would be),
	// so that what the group pledges stays its members' own word
	lead, ok := d.bestMention(s, e)
	if !ok {
		return attribSource{}, false
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return attribSource{name: name, id: lead.Key, kind: lead.Kind}, true
}

// shortName names a member of a group source: a state by its canonical
// name, a body by the shortest name the text gives it ("WFP").
func (d *attribDoc) shortName(m model.Mention) string {
	if m.Kind == "country" {
		return actorLabel(d.c, m)
	}
	best := cleanText(m.Text)
	for k := range d.c.A.Mentions {
		o := &d.c.A.Mentions[k]
		if o.Key != m.Key || o.Form == "adjective" {
			continue // the cheap tests first: the outcome is the same
		}
		if t := cleanText(o.Text); len(t) >= 2 && len(t) < len(best) {
			best = t
		}
	}
	return strings.TrimPrefix(best, "the ")
}
