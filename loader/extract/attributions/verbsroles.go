package attributions

import (
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// verbs returns the hits of the saying verbs (the lexicon's verbs)
// outside entity mentions ("the United States" holds no verb). The
// patterns of a sentence ask for those of the same tokens in turn: the
// hits of the last token slice asked for are kept (read them, never write
// into them).
func (d *attribDoc) verbs(toks []token.Tok) []token.Hit {
	if len(toks) > 0 && len(toks) == len(d.verbToks) && &toks[0] == &d.verbToks[0] {
		return d.verbHits
	}
	out := d.findVerbs(toks)
	d.verbToks, d.verbHits = toks, out
	return out
}

// findVerbs finds the hits verbs returns.
func (d *attribDoc) findVerbs(toks []token.Tok) []token.Hit {
	hs := d.hits(&d.lex.verbs, toks) // its own slice: the kept hits are filtered into it
	out := hs[:0]
	for _, h := range hs {
		if h.From > 0 && attribNounDeterminers[toks[h.From-1].Norm] {
			continue // "has no say", "a claim": a noun, not a saying
		}
		if r := d.c.A.Body[h.Start]; h.From > 0 && r >= 'A' && r <= 'Z' {
			continue // "the Member States", "Reads Bank": part of a name
		}
		inside := false
		for k := range d.c.A.Mentions {
			if m := &d.c.A.Mentions[k]; m.Start < h.End && h.Start < m.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// isLocalOutlet reports the document's own outlet, which is no relay.
func (d *attribDoc) isLocalOutlet(id string) bool {
	return id != "" && id == d.c.OutletKey
}

// attribNounDeterminers make the saying word after them a noun.
var attribNounDeterminers = map[string]bool{"no": true, "a": true, "an": true, "the": true, "any": true, "final": true, "its": true, "their": true, "his": true, "her": true}

// roleReference reads a phrase that names a person by office alone ("the
// US president", "the President of the Commission", "the head of the
// delegation"): the person of the text whose role title's words all occur
// in the phrase and, when the phrase names the office's country or body,
// whose office is of it. The phrase must name no person and the match
// must be unique.
func (d *attribDoc) roleReference(toks []token.Tok) (attribSource, bool) {
	if len(toks) > 8 {
		return attribSource{}, false
	}
	s, e := toks[0].Start, toks[len(toks)-1].End
	ms := d.mentionsIn(s, e)
	for _, m := range ms {
		if m.Kind == "person" {
			return attribSource{}, false
		}
	}
	var found *model.Entity
	for _, rt := range d.roleTitleList() {
		if len(rt.words) == 0 || !allWordsIn(rt.words, toks) ||
			len(ms) > 0 && !mentionOf(ms, rt.ofID) && !d.titleNames(rt.words, ms) {
			continue
		}
		if found != nil && found.ID != rt.person.ID {
			return attribSource{}, false
		}
		found = rt.person
	}
	if found == nil {
		return attribSource{}, false
	}
	return attribSource{name: found.Name, id: found.ID, kind: "person"}, true
}

// allWordsIn reports whether every word of title occurs in toks (both are
// a few words: a scan beats a set).
func allWordsIn(title, toks []token.Tok) bool {
	for _, t := range title {
		if !hasWord(toks, t.Norm) {
			return false
		}
	}
	return true
}

// hasWord reports whether a token of toks is the word w.
func hasWord(toks []token.Tok, w string) bool {
	for _, t := range toks {
		if t.Norm == w {
			return true
		}
	}
	return false
}

// mentionOf reports a mention of ms that resolves to the node id.
func mentionOf(ms []model.Mention, id string) bool {
	for _, m := range ms {
		if m.Key == id {
			return true
		}
	}
	return false
}

// titleNames reports a title that holds the words of every mention
// ("President of the European Commission" names the Commission).
func (d *attribDoc) titleNames(title []token.Tok, ms []model.Mention) bool {
	for _, m := range ms {
		for _, t := range d.mentionWords(m) {
			if !hasWord(title, t.Norm) && !facts.Determiners[t.Norm] {
				return false
			}
		}
	}
	return true
}

// mentionWords returns the words of a mention's text: those of the body
// where the text is the body's own (no new scan).
func (d *attribDoc) mentionWords(m model.Mention) []token.Tok {
	if body := d.c.A.Body; m.Start >= 0 && m.End <= len(body) && m.Start <= m.End && body[m.Start:m.End] == m.Text {
		return d.tokens(m.Start, m.End)
	}
	return token.Tokens(m.Text, 0, len(m.Text))
}

// namesPlace reports a mention whose words also name a place (a seat that
// is a city: "Kiev" for Ukraine).
func namesPlace(c *facts.Context, m model.Mention) bool {
	for k := range c.A.Mentions {
		if o := &c.A.Mentions[k]; o.Kind == "place" && o.Start == m.Start {
			return true
		}
	}
	return false
}

// seatIsCity reports a seat mention that the gazetteer also knows as a
// city of the seat's state ("Kiev" for Ukraine, spelt otherwise than the
// capital's name): the state speaks, not a building.
func seatIsCity(c *facts.Context, m model.Mention) bool {
	if c.A.Gaz == nil || m.Kind != "country" {
		return false
	}
	e, ok := model.EntryOf(c.A.Gaz, m.Key)
	if !ok {
		return false
	}
	for _, h := range c.A.Gaz.Lookup(cleanText(m.Text)) {
		if h.Entry.Kind == gazetteer.Place && h.Entry.PlaceType == "city" && h.Entry.Country == e.ID {
			return true
		}
	}
	return false
}
