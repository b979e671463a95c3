package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
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

// docNoun is one document noun found in the body ("draft statement").
type docNoun struct {
	start, end int
	name       string
	generic    bool
	// issuer is the actor the text says the document is from ("a
	// statement from the office"); a generic noun ("the statement")
	// takes the issuer of the noun before it. Nil when none.
	issuer *model.Mention
}

// attribDoc is what the attribution stage knows about one document: its
// document nouns and which outlet saw each cited document.
type attribDoc struct {
	c      *facts.Context
	lex    *attribLexicon
	docs   []docNoun
	docVia map[string]model.Mention // resolved document name -> outlet that saw it
	quotes [][2]int
	turns  []speakerTurn // a transcript's speaker turns, nil when none
	// relay is the outlet the whole text says it relays ("This is
	// reported by AFP"), nil when none.
	relay *model.Mention
	// labelSrc is the source a "Source: X" line names, nil when none;
	// labelLine is that line.
	labelSrc  *attribSource
	labelLine [2]int
	// lastSpeaker is the last claim read, nil before the first.
	lastSpeaker *rawAttrib
	// unnamed are the unnamed sources read so far, in text order.
	unnamed []attribSource
	// speech is the speaker of a primary text that is one person's
	// speech (nil when none); it runs from byte offset speechFrom.
	speech     *attribSource
	speechFrom int
	// roleTitles are the persons' role titles, read once by roleTitleList.
	roleTitles []roleTitle
	rolesRead  bool
	// verbToks and verbHits: the last token slice verbs read and its hits.
	verbToks []token.Tok
	verbHits []token.Hit
	// sents are where the matches of each sentence, read once, lie in
	// flat (see scanSentences); cur is the sentence the patterns read.
	sents []sentScan
	flat  []sentMatch
	cur   curSentence
	// sortedMentions: see sortedMentionCount.
	sortedMentions int
	// tok finds the words of spans of the body (nil when it has no
	// token layer): see tokens.
	tok *tokIndex
}

func newAttribDoc(c *facts.Context, lex *attribLexicon) *attribDoc {
	d := &attribDoc{c: c, lex: lex, docVia: map[string]model.Mention{}, quotes: token.QuoteSpans(c.A.Body),
		sortedMentions: sortedMentionCount(c.A), tok: newTokIndex(c.A.Body)}
	toks := token.Tokens(c.A.Body, 0, len(c.A.Body))
	hits := allShaped(&lex.Documents, lex.docFirsts, toks)
	var actorAt map[int]model.Mention // actor mentions by start offset, when a document noun needs them
	actors := func() map[int]model.Mention {
		if actorAt == nil {
			actorAt = map[int]model.Mention{}
			for _, m := range c.A.Mentions {
				if m.Kind == "person" || m.Kind == "organization" || m.Kind == "country" {
					actorAt[m.Start] = m
				}
			}
		}
		return actorAt
	}
	for _, h := range hits {
		n := docNoun{start: h.Start, end: h.End, name: h.Phrase, generic: lex.Generic[h.Phrase]}
		n.issuer = issuerAfter(toks, h.To, actors)
		if k := len(d.docs); n.issuer == nil && n.generic && k > 0 {
			n.issuer = d.docs[k-1].issuer
		}
		d.docs = append(d.docs, n)
	}
	d.scanSentences()
	for i := range c.A.Sents {
		if d.sents[i].to > d.sents[i].from {
			d.findRelays(i)
		}
	}
	d.turns = d.findTurns()
	d.findSpeech()
	d.labelSource(lex)
	return d
}

// issuerAfter reads "from X" / "by X" / "issued by X" after a document
// noun ending at token k: the actor mention X (a person, organisation or
// state, from actors' map by start offset, built on first use), nil when
// the noun is not followed by one.
func issuerAfter(toks []token.Tok, k int, actors func() map[int]model.Mention) *model.Mention {
	if k < len(toks) && toks[k].Norm == "issued" {
		k++
	}
	if k >= len(toks) || toks[k].Norm != "from" && toks[k].Norm != "by" {
		return nil
	}
	k++
	if k >= len(toks) {
		return nil
	}
	actorAt := actors()
	if m, ok := actorAt[toks[k].Start]; ok {
		return &m
	}
	if toks[k].Norm == "the" && k+1 < len(toks) {
		if m, ok := actorAt[toks[k+1].Start]; ok {
			return &m
		}
	}
	return nil
}

// issuerOf returns the issuer of the document noun starting at pos.
func (d *attribDoc) issuerOf(pos int) (*model.Mention, bool) {
	for _, n := range d.docs {
		if n.start == pos {
			return n.issuer, n.issuer != nil
		}
	}
	return nil, false
}

// resolveDoc names the document a noun at byte offset pos refers to: a
// generic noun ("the document", "the text") refers back to the last
// specific one named before it (else the first named after it).
func (d *attribDoc) resolveDoc(pos int, name string, generic bool) string {
	if !generic {
		return name
	}
	last := ""
	for _, n := range d.docs {
		if n.generic {
			continue
		}
		if n.start < pos {
			last = n.name
		} else if last == "" {
			return n.name
		}
	}
	if last != "" {
		return last
	}
	return name
}

// findRelays records "<document> seen by <outlet>" and "<outlet>, which
// has seen <document>" in segment i.
func (d *attribDoc) findRelays(i int) {
	start, end := d.c.SentSpan(i)
	toks := d.sentenceTokens(i)
	var ms []model.Mention // the segment's mentions, read at the first hit
	read := false
	mentions := func() []model.Mention {
		if !read {
			ms, read = d.mentionsIn(start, end), true
		}
		return ms
	}
	for _, h := range d.hits(&d.lex.seenBy, toks) {
		doc, ok := d.docBefore(h.Start, start)
		out, ook := firstOutletAfter(mentions(), h.End)
		if ok && ook {
			d.docVia[doc] = out
		}
	}
	for _, h := range d.hits(&d.lex.whichSeen, toks) {
		out, ook := lastOutletBefore(mentions(), h.Start)
		doc, ok := d.docAfter(h.End, end)
		if ok && ook {
			d.docVia[doc] = out
		}
	}
}

// docSource makes a document source, relayed by the outlet that saw it.
func (d *attribDoc) docSource(name string) attribSource {
	src := attribSource{name: name, id: slugID(schema.PrefixDocRef, name), kind: "document"}
	if out, ok := d.docVia[name]; ok {
		src = src.relay(d.c, out)
	}
	return src
}

func (d *attribDoc) docBefore(pos, limit int) (string, bool) {
	for k := len(d.docs) - 1; k >= 0; k-- {
		n := d.docs[k]
		if n.end <= pos && n.start >= limit {
			return d.resolveDoc(n.start, n.name, n.generic), true
		}
	}
	return "", false
}

func (d *attribDoc) docAfter(pos, limit int) (string, bool) {
	for _, n := range d.docs {
		if n.start >= pos && n.end <= limit {
			return d.resolveDoc(n.start, n.name, n.generic), true
		}
	}
	return "", false
}

func firstOutletAfter(ms []model.Mention, pos int) (model.Mention, bool) {
	for _, m := range ms {
		if m.Start >= pos && (m.Kind == "outlet" || m.Kind == "organization") {
			return m, true
		}
	}
	return model.Mention{}, false
}

func lastOutletBefore(ms []model.Mention, pos int) (model.Mention, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End <= pos && (ms[k].Kind == "outlet" || ms[k].Kind == "organization") {
			return ms[k], true
		}
	}
	return model.Mention{}, false
}

// outletRef resolves "the newspaper", "the paper", "the US network" (the
// whole phrase but for its determiner and up to two modifiers, no name
// but a country's among them) to the last outlet named before byte
// offset pos.
func (d *attribDoc) outletRef(toks []token.Tok, pos int) (model.Mention, bool) {
	if len(toks) > 0 && facts.Determiners[toks[0].Norm] {
		toks = toks[1:]
	}
	h, ok := d.lex.outletRefs.First(toks)
	if !ok || h.From > 2 || h.To != len(toks) {
		// "the paper", "the US network", "the Kenyan daily"
		return model.Mention{}, false
	}
	for _, m := range d.mentionsIn(toks[0].Start, toks[len(toks)-1].End) {
		if m.Kind != "country" {
			return model.Mention{}, false // "Polish Press Agency" is a name
		}
	}
	for k := len(d.c.A.Mentions) - 1; k >= 0; k-- {
		if m := d.c.A.Mentions[k]; m.Kind == "outlet" && m.End <= pos {
			return m, true
		}
	}
	return model.Mention{}, false
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
