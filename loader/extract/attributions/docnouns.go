package attributions

import (
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/schema"
)

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
