package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/schema"
)

// attribSource is who a claim comes from, and through whom.
type attribSource struct {
	name, id, kind string
	via            string // node id of the relaying outlet, "" when none
	viaName        string // the relaying outlet as the text names it
}

// relay makes a source relayed by the outlet mention m.
func (s attribSource) relay(c *facts.Context, m model.Mention) attribSource {
	s.via, s.viaName = m.Key, actorLabel(c, m)
	return s
}

// actorLabel names an actor in a fact: outlets and seats ("the Kremlin",
// "the White House") as the text names them, others (and a capital
// standing for its state, under any spelling) by their canonical name.
func actorLabel(c *facts.Context, m model.Mention) string {
	if m.Kind == "outlet" || m.Form == "seat" && !model.IsCapitalOf(c.A, m) && !namesPlace(c, m) && !seatIsCity(c, m) {
		t := cleanText(m.Text)
		if m.Form == "seat" && len(t) > 4 && strings.EqualFold(t[:4], "the ") {
			t = t[4:]
		}
		if t != "" {
			return t
		}
	}
	return c.Name(m.Key)
}

// sourceOf reads the noun phrase [s, e) as a source: a document noun
// first, then a named actor or outlet, then an unnamed descriptor.
// actorOnly accepts only a named actor that makes up the phrase.
func (d *attribDoc) sourceOf(s, e int, actorOnly bool) (attribSource, bool) {
	body := d.c.A.Body
	s, e = token.TrimSpan(body, s, e)
	toks := d.tokens(s, e)
	if len(toks) == 0 || len(toks) > 12 {
		return attribSource{}, false
	}
	if n := len(toks); n > 2 && (toks[n-1].Norm == "he" || toks[n-1].Norm == "she") && d.lex.circumstance.LongestAt(toks, 0) >= 0 &&
		len(d.mentionsIn(s, e)) == 0 && !strings.ContainsAny(body[s:toks[n-1].Start], ",;:") {
		// "In a later post he said": the pronoun after a circumstance
		toks, s = toks[n-1:], toks[n-1].Start
	}
	if len(toks) == 1 && fxPersonPronoun[toks[0].Norm] {
		// the person who spoke just before goes on
		if sp := d.lastSpeaker; sp != nil && sp.src.kind == "person" && d.c.A.SentAt(s)-sp.sent <= speakerWindow &&
			!d.otherPersonSince(sp, s) {
			return sp.src, true
		}
		// "..., he said": the subject (first person named) of the last
		// sentence before that names a person, in the same or the
		// previous paragraph
		for k := len(d.c.A.Mentions) - 1; k >= 0; k-- {
			if mk := &d.c.A.Mentions[k]; mk.Kind != "person" || mk.End > s || s-mk.End >= 600 {
				continue // the cheap tests first: the outcome is the same
			}
			m := d.c.A.Mentions[k]
			if inQuote(d.quotes, m.Start) || token.IsPossessiveAfter(body, m.End) {
				continue // "“... Putin's war ...,” she said": not the speaker
			}
			for _, f := range d.c.A.Mentions[:k] {
				if f.Kind == "person" && f.Sent == m.Sent && f.Sent >= 0 && f.Sent != d.c.A.SentAt(s) {
					m = f
					break
				}
			}
			return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
		}
		return attribSource{}, false
	}
	if k := attributedTo(toks); k > 0 && k < len(toks) {
		// "the media note attributed to the office of X": the office
		return d.sourceOf(toks[k].Start, e, actorOnly)
	}
	if m, ok := d.outletRef(toks, s); ok {
		return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
	}
	if !actorOnly {
		if h, ok := d.lex.Documents.First(toks); ok {
			if m, ok := d.issuerOf(h.Start); ok && d.lex.Generic[h.Phrase] {
				// "the statement said" after "a statement from the office"
				return attribSource{name: actorLabel(d.c, *m), id: m.Key, kind: m.Kind}, true
			}
			name := d.resolveDoc(h.Start, h.Phrase, d.lex.Generic[h.Phrase])
			src := d.docSource(name)
			if sb, ok := d.lex.seenBy.First(toks); ok {
				if out, ok := firstOutletAfter(d.mentionsIn(s, e), sb.End); ok {
					src = src.relay(d.c, out)
				}
			}
			return src, true
		}
	}
	if h, ok := d.lex.unnamed.First(toks); ok && !actorOnly {
		// "an aide to Macron", "officials familiar with the talks": the
		// descriptor comes before any name; "two EU diplomats": it ends
		// the phrase
		if governed(toks, h.From) {
			return attribSource{}, false // the phrase's head is no speaker
		}
		if ms := d.mentionsIn(s, e); len(ms) == 0 || h.End <= ms[0].Start || h.To == len(toks) {
			return d.unnamedSource(toks), true
		}
	}
	if p, ok := d.roleReference(toks); ok {
		return p, true
	}
	if src, ok := d.bodyOfState(toks); ok && !actorOnly {
		return src, true
	}
	if src, ok := d.jointBodies(s, e); ok && !actorOnly {
		return src, true
	}
	if m, ok := d.bestMention(s, e); ok {
		if actorOnly && len(d.tokens(s, e)) > len(d.tokens(m.Start, m.End))+1 {
			return attribSource{}, false
		}
		return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
	}
	if _, ok := d.lex.unnamed.First(toks); ok && !actorOnly {
		return d.unnamedSource(toks), true
	}
	if d.isLabelSource(toks) {
		return *d.labelSrc, true
	}
	if h, ok := d.lex.bareTitles.First(toks); ok && !actorOnly && h.To == len(toks) && len(toks) <= h.To-h.From+1 {
		// "the Secretary-General said": an office no one named holds
		return d.unnamedSource(toks), true
	}
	return attribSource{}, false
}

// otherPersonSince reports a person other than the last speaker named
// after the speaker's sentence and before byte offset pos (outside
// quotations, not as a possessor): a pronoun may then be that person.
func (d *attribDoc) otherPersonSince(sp *rawAttrib, pos int) bool {
	_, from := d.c.SentSpan(sp.sent)
	body := d.c.A.Body
	for _, m := range d.mentionsIn(from, pos) {
		if m.Kind == "person" && m.Key != sp.src.id && !inQuote(d.quotes, m.Start) && !token.IsPossessiveAfter(body, m.End) &&
			!d.objectMention(m) {
			return true
		}
	}
	return false
}

// objectMention reports a mention governed by a preposition just before
// it ("after meeting with President X", "a call by X"): no subject.
func (d *attribDoc) objectMention(m model.Mention) bool {
	before := d.tokens(max(0, m.Start-40), m.Start)
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if fxPreposition[before[k].Norm] {
			return true
		}
	}
	return false
}

// governed reports a descriptor at token k that a preposition governs
// after another head noun ("the absence of the US among the
// signatories"): the phrase is about something else, unless it counts
// members of a group ("one of the officials"). "Of" is left out: "the
// office of the spokesperson" speaks.
func governed(toks []token.Tok, k int) bool {
	if k < 2 || facts.Determiners[toks[0].Norm] && toks[0].Norm != "the" && toks[0].Norm != "a" && toks[0].Norm != "an" {
		return false
	}
	for j := 1; j < k; j++ {
		if fxGoverning[toks[j].Norm] {
			return true
		}
	}
	return false
}

// fxGoverning prepositions tie a later noun to the head before them.
var fxGoverning = map[string]bool{"among": true, "between": true, "about": true, "against": true}

// fxPreposition words govern an object.
var fxPreposition = map[string]bool{"with": true, "by": true, "to": true, "of": true, "for": true, "from": true,
	"after": true, "about": true, "against": true, "between": true, "met": true, "meeting": true, "and": true}

// speakerWindow is how many sentences back a pronoun looks for the
// person who last spoke.
const speakerWindow = 3

// unnamedSource names an unnamed source by its description, without
// leading determiners ("a senior European official").
func (d *attribDoc) unnamedSource(toks []token.Tok) attribSource {
	from := 0
	for from < len(toks)-1 && (facts.Determiners[toks[from].Norm] || toks[from].Norm == "of" && from > 0) {
		from++
	}
	to := len(toks)
	for k := from + 1; k < to; k++ {
		// the description ends before a relative clause or an aside
		// ("European leaders - who rushed to the capital")
		gap := d.c.A.Body[toks[k-1].End:toks[k].Start]
		if fxRelative[toks[k].Norm] || strings.ContainsAny(gap, "(,") || strings.Contains(gap, " - ") ||
			strings.Contains(gap, "–") || strings.Contains(gap, "—") {
			to = k
			break
		}
	}
	name := cleanText(d.c.A.Body[toks[from].Start:toks[to-1].End])
	if n, ok := d.orgReferent(toks[from:to]); ok {
		name = n
	}
	if len(toks) > 2 && toks[0].Norm == "one" && toks[1].Norm == "of" {
		if n, ok := d.memberOf(toks[to-1].Norm); ok {
			name = n
		}
	}
	src := attribSource{name: name, id: slugID(schema.PrefixUnnamed, name), kind: "unnamed"}
	if d.unnamed == nil {
		d.unnamed = make([]attribSource, 0, 8) // one growth for most texts, not four
	}
	d.unnamed = append(d.unnamed, src)
	return src
}

// orgReferent renames a description that ends in "for|of|at the <firm>"
// with the organisation named last before it ("a spokesperson for the
// firm" after "Freedonia Steel": "spokesperson for Freedonia Steel").
func (d *attribDoc) orgReferent(toks []token.Tok) (string, bool) {
	n := len(toks)
	if n < 4 || toks[n-2].Norm != "the" || d.lex.orgRefs.LongestAt(toks, n-1) < 0 {
		return "", false
	}
	if w := toks[n-3].Norm; w != "for" && w != "of" && w != "at" {
		return "", false
	}
	var last *model.Mention
	for k := range d.c.A.Mentions {
		m := &d.c.A.Mentions[k]
		if m.End <= toks[0].Start && m.Kind == "organization" && (last == nil || m.Start > last.Start) {
			last = m
		}
	}
	if last == nil {
		return "", false
	}
	body := d.c.A.Body
	return cleanText(body[toks[0].Start:toks[n-2].Start]) + " " + actorLabel(d.c, *last), true
}

// memberOf names one member of the group of unnamed sources last read
// whose description ends in the plural noun ("one of the sources" after
// "EU sources" is an EU source), false when none.
func (d *attribDoc) memberOf(plural string) (string, bool) {
	one, ok := strings.CutSuffix(plural, "s")
	if !ok || one == "" {
		return "", false
	}
	for k := len(d.unnamed) - 1; k >= 0; k-- {
		name := d.unnamed[k].name
		if sp := strings.LastIndexByte(name, ' '); sp > 0 && strings.EqualFold(name[sp+1:], plural) {
			return name[:sp+1+len(one)], true
		}
	}
	return "", false
}

// fxRelative words open a relative clause after a noun.
var fxRelative = map[string]bool{"who": true, "which": true, "that": true, "whose": true}

// bestMention picks the source among the mentions of [s, e): a person,
// then an outlet, an organisation, a country named (not by adjective).
// Possessives ("Ukraine's allies") are not sources.
func (d *attribDoc) bestMention(s, e int) (model.Mention, bool) {
	rank := func(m model.Mention) int {
		switch {
		case m.Kind == "person":
			return 5
		case m.Kind == "outlet":
			return 4
		case m.Kind == "organization":
			return 3
		case m.Kind == "country" && m.Form != "adjective":
			return 2
		}
		return 0
	}
	best, bestRank := model.Mention{}, 0
	for _, m := range d.mentionsIn(s, e) {
		if token.IsPossessiveAfter(d.c.A.Body, m.End) {
			continue
		}
		if r := rank(m); r > bestRank {
			best, bestRank = m, r
		}
	}
	return best, bestRank > 0
}
