package attributions

import (
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// attributionStage finds who says what: "X said ...", "..., X said",
// "according to X", "X told Y", "citing Y", "the draft says", "diplomats
// say", a draft "seen by" an outlet, "is said to" (the last document
// source named), and in a primary statement "We stressed that". Sources
// are named actors, outlets, documents ("docref:...") or unnamed
// descriptors ("unnamed:..."). A document an outlet saw or obtained
// anywhere in the text is relayed by that outlet (via) in every claim
// drawn from it, even the document's own outlet ("a draft seen by
// Reuters" in a Reuters report); a source that "told" the document's own
// outlet, or that the own outlet "reports per", has no via.
type attributionStage struct{ lex *attribLexicon }

// NewStage builds the attribution stage from the attribution lexicon.
func NewStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := LoadLexicon(data)
	if err != nil {
		return nil, err
	}
	return attributionStage{lex: lex}, nil
}

// rawAttrib is one sentence's attribution before merging.
type rawAttrib struct {
	sent                 int
	claimStart, claimEnd int
	src                  attribSource
	explicit             bool // the sentence names its source
	trailing             bool // the source follows the claim ("..., X said")
	turn                 bool // a sentence of a transcript speaker's turn
	// back: the source closes its paragraph ("... . - X said"), so the
	// paragraph's sentences before this one are its claims too
	back bool
	// colon: the claim is the quotation that follows ("X says:")
	colon bool
	// leading: the source and its verb open the claim ("X said ...")
	leading bool
	// further: the verb tells a further point ("..., X added"), which
	// stays a claim of its own
	further bool
	// block: a sentence of a statement read out after "X said the
	// following:", whose paragraphs are one speech
	block bool
	// also: further persons of a joint subject ("X and Y said ...")
	also []attribSource
	// credited: the claim runs on after a parenthetical credit
	// ("Subject, X reports, predicate") and stands alone
	credited bool
}

// Apply finds attributions sentence by sentence, then merges a claim told
// over consecutive sentences of one paragraph by one source.
func (s attributionStage) Apply(a *model.Analysis) error {
	c := facts.NewContext(a)
	d := newAttribDoc(c, s.lex)
	var raws, heads []rawAttrib
	var block *rawAttrib // "X said the following:" before a statement block
	for i, sent := range a.Sents {
		if sent.Kind == "heading" && !d.cutOffEnd(i) {
			block = nil
			if r, ok := s.headline(d, i); ok {
				heads = append(heads, r)
			}
			continue
		}
		r, ok, skip := s.labelledQuote(d, i)
		if skip {
			continue
		}
		if !ok {
			r, ok = s.inSentence(d, i, raws)
		}
		if !ok && sent.Kind != "heading" {
			r, ok = s.turnSentence(d, i)
		}
		if !ok && sent.Kind != "heading" {
			r, ok = s.speechSentence(d, i)
		}
		if !ok && sent.Kind != "heading" {
			r, ok = continuedQuote(d, i, raws)
		}
		if !ok && block != nil {
			var open bool
			if r, ok, open = s.blockSentence(d, i, block); !open {
				block = nil
			}
		}
		if ok && r.colon {
			block = nil
			if s.opensBlock(d, i) {
				block = &r
			}
		}
		if !ok || r.claimEnd <= r.claimStart && !r.back && !r.colon {
			continue
		}
		if r.leading {
			raws = append(raws, s.splitReported(d, r, 0)...)
		} else {
			raws = append(raws, r)
		}
		for _, co := range r.also {
			// each speaker of a joint subject says it
			r2 := r
			r2.src, r2.also = co, nil
			raws = append(raws, r2)
		}
		last := raws[len(raws)-1]
		d.lastSpeaker = &last
	}
	raws = backfill(c, raws)
	keepInterviewRelay(raws)
	if l := d.labelSrc; l != nil && l.via != "" {
		// the labelled source speaks through its outlet all along
		for k := range raws {
			if raws[k].src.id == l.id && raws[k].src.via == "" {
				raws[k].src = l.relay(c, model.Mention{Key: l.via, Text: l.viaName, Kind: "outlet"})
			}
		}
	}
	if d.relay != nil {
		for k := range raws {
			if raws[k].src.via == "" && raws[k].src.id != d.relay.Key {
				raws[k].src = raws[k].src.relay(c, *d.relay)
			}
		}
	}
	for _, r := range mergeAttribs(c, d.quotes, raws) {
		a.Result.Attributions = append(a.Result.Attributions, r)
	}
	for _, r := range mergeAttribs(c, d.quotes, heads) {
		if !repeatsClaim(r, a.Result.Attributions) {
			a.Result.Attributions = append(a.Result.Attributions, r)
		}
	}
	return nil
}

// headline reads a heading that names a person as its source with a
// saying verb ("X says 'claim' as he announces ...", "Claim, X says"), as
// live blogs open their entries.
func (s attributionStage) headline(d *attribDoc, i int) (rawAttrib, bool) {
	start, end := d.c.SentSpan(i)
	toks := token.Tokens(d.c.A.Body, start, end)
	if len(toks) < 5 {
		return rawAttrib{}, false
	}
	if r, ok := d.interviewHeadline(i); ok {
		return r, true
	}
	for _, try := range []func(*attribDoc, int, []token.Tok) (rawAttrib, bool){s.trailing, s.leading} {
		if r, ok := try(d, i, toks); ok && r.src.kind == "person" && wordCount(d.c.A.Body, r.claimStart, r.claimEnd) >= 4 {
			r.sent, r.explicit, r.leading, r.also = i, true, false, nil
			return r, true
		}
	}
	return rawAttrib{}, false
}

// interviewHeadline reads "X to Outlet: claim", the heading of an
// interview: the person speaks through the outlet.
func (d *attribDoc) interviewHeadline(i int) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	colon := strings.IndexByte(body[start:end], ':')
	if colon < 0 {
		return rawAttrib{}, false
	}
	colon += start
	ms := d.c.MentionsIn(start, colon)
	if len(ms) != 2 || ms[0].Kind != "person" || ms[1].Kind != "outlet" && ms[1].Kind != "organization" {
		return rawAttrib{}, false
	}
	mid := token.Tokens(body, ms[0].End, ms[1].Start)
	lead := token.Tokens(body, start, ms[0].Start) // a title or first name
	for _, t := range lead {
		if r := body[t.Start]; r < 'A' || r > 'Z' {
			return rawAttrib{}, false
		}
	}
	if len(mid) != 1 || mid[0].Norm != "to" || len(lead) > 3 ||
		strings.Trim(body[ms[1].End:colon], " '’‘\"”“") != "" || wordCount(body, colon, end) < 4 {
		return rawAttrib{}, false
	}
	src := attribSource{name: actorLabel(d.c, ms[0]), id: ms[0].Key, kind: ms[0].Kind}
	if !d.isLocalOutlet(ms[1].Key) {
		src = src.relay(d.c, ms[1])
	}
	return rawAttrib{sent: i, claimStart: colon + 1, claimEnd: end, src: src, explicit: true}, true
}

// repeatsClaim reports a headline claim whose words a claim of the same
// source in the body already holds for the most part.
func repeatsClaim(h model.Attribution, body []model.Attribution) bool {
	hw := claimWords(h.Claim)
	for _, b := range body {
		if b.SourceID != h.SourceID {
			continue
		}
		bw := claimWords(b.Claim)
		shared := 0
		for w := range hw {
			if bw[w] {
				shared++
			}
		}
		if 2*shared >= len(hw) {
			return true
		}
	}
	return false
}

// claimWords is the set of words of at least four letters in a claim.
func claimWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range token.Tokens(s, 0, len(s)) {
		if len(t.Norm) >= 4 {
			out[t.Norm] = true
		}
	}
	return out
}

// cutOffEnd reports a last segment that a cut-off text leaves without its
// full stop (taken for a heading, it is the start of a sentence): one of
// at least eight words after a sentence.
func (d *attribDoc) cutOffEnd(i int) bool {
	a := d.c.A
	if i != len(a.Sents)-1 || i == 0 || a.Sents[i-1].Kind == "heading" {
		return false
	}
	start, end := d.c.SentSpan(i)
	return len(token.Tokens(a.Body, start, end)) >= 8
}

// inSentence tries the patterns on segment i, most specific first.
func (s attributionStage) inSentence(d *attribDoc, i int, prev []rawAttrib) (rawAttrib, bool) {
	start, end := d.c.SentSpan(i)
	toks := token.Tokens(d.c.A.Body, start, end)
	if len(toks) < 3 {
		return rawAttrib{}, false
	}
	if h, ok := s.lex.passive.First(toks); ok && h.From <= 8 {
		// "X is said to ...": the claim of the last document cited
		for k := len(prev) - 1; k >= 0; k-- {
			if prev[k].src.kind == "document" {
				return rawAttrib{sent: i, claimStart: start, claimEnd: end, src: prev[k].src}, true
			}
		}
		return rawAttrib{}, false
	}
	for _, try := range []func(*attribDoc, int, []token.Tok) (rawAttrib, bool){
		s.relativeSpeaker, s.relativeSource, s.stanceOf, s.statedBy, s.prefixed, s.documentVerb, s.dashTrailing, s.trailing, s.leading, s.primaryStatement, s.participial,
	} {
		if r, ok := try(d, i, toks); ok {
			r.sent, r.explicit = i, true
			return s.relayedSpeaker(d, s.quotedOverFragment(d, r)), true
		}
	}
	return rawAttrib{}, false
}

// prefixed handles "according to X", "as reported by X", "citing X" and a
// leading "Under <document>,". The source phrase runs to the next comma;
// "X, which has seen the document," makes the document the source via X
// (for "according to") or names X the source (for "as reported by").
func (s attributionStage) prefixed(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for _, pl := range []token.Phrases{s.lex.according, s.lex.asReported, s.lex.citing, s.lex.under} {
		h, ok := pl.First(toks)
		if !ok {
			continue
		}
		isUnder := pl.List[0].Raw == "under"
		if (isUnder || pl.List[0].Raw == "citing") && h.From > 1 {
			continue // "X said, citing Y" is read by the trailing pattern
		}
		npEnd := facts.NextComma(body, h.End, end)
		src, ok := d.sourceOf(h.End, npEnd, false)
		if !ok || isUnder && src.kind != "document" {
			continue
		}
		rest := npEnd
		if c, ok := s.lex.citing.First(token.Tokens(body, npEnd, end)); ok && strings.TrimSpace(body[npEnd:c.Start]) == "," {
			// "according to X, citing Y, ...": Y says it, X relays
			innerEnd := facts.NextComma(body, c.End, end)
			if inner, ok := d.sourceOf(c.End, innerEnd, false); ok {
				if m, ok := d.bestMention(h.End, npEnd); ok {
					inner = inner.relay(d.c, m)
				}
				src, rest = inner, innerEnd
			}
		}
		if w, ok := s.lex.whichCited.First(token.Tokens(body, npEnd, end)); ok && strings.TrimSpace(body[npEnd:w.Start]) == "," {
			// "according to X, which cited Y": Y says it, X relays
			innerEnd := facts.NextComma(body, w.End, end)
			if inner, ok := d.sourceOf(w.End, innerEnd, false); ok {
				if m, ok := d.bestMention(h.End, npEnd); ok && !d.isLocalOutlet(m.Key) {
					inner = inner.relay(d.c, m)
				}
				src = inner
				if h.From > 1 {
					rest = innerEnd
				}
			}
		}
		if w, ok := s.lex.whichSeen.First(token.Tokens(body, npEnd, end)); ok && strings.TrimSpace(body[npEnd:w.Start]) == "," {
			if doc, dok := d.docAfter(w.End, end); dok && pl.List[0].Raw == "according to" {
				if outs := d.c.MentionsIn(h.End, npEnd); len(outs) > 0 {
					src = d.docSource(doc).relay(d.c, outs[len(outs)-1])
				}
			}
			rest = facts.NextComma(body, w.End, end)
		}
		r := rawAttrib{src: src}
		if h.From <= 1 {
			r.claimStart, r.claimEnd = rest, end
		} else {
			r.claimStart, r.claimEnd = start, h.Start
			if pl.List[0].Raw == "citing" {
				// "X reported, citing Y": X relays
				if out, ok := lastOutletBefore(d.c.MentionsIn(start, h.Start), h.Start); ok {
					r.src = r.src.relay(d.c, out)
				}
			}
		}
		return r, true
	}
	return rawAttrib{}, false
}

// documentVerb handles "<document> calling for ...": the whole sentence is
// the document's claim.
func (s attributionStage) documentVerb(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	start, end := d.c.SentSpan(i)
	for h := range s.lex.docVerbs.Hits(toks) {
		if h.From > 0 && strings.ContainsAny(d.c.A.Body[toks[h.From-1].End:h.Start], ",;") {
			continue // "X lauded the declaration, stating ...": X states
		}
		from := h.From
		for gap := 1; gap <= 3 && from-gap > 0; gap++ {
			// "a joint statement on Monday confirming ...": a time phrase
			// between the document and its verb
			if fxTimeOpener[toks[from-gap].Norm] && s.lex.Documents.EndsBefore(toks, from-gap) {
				from -= gap
				break
			}
		}
		if s.lex.Documents.EndsBefore(toks, from) {
			doc, ok := d.docBefore(h.Start, start)
			if !ok {
				continue
			}
			return rawAttrib{claimStart: start, claimEnd: end, src: d.docSource(doc)}, true
		}
	}
	return rawAttrib{}, false
}

// fxTimeOpener words open a short time phrase ("on Monday", "today").
var fxTimeOpener = map[string]bool{"on": true, "today": true, "yesterday": true, "earlier": true, "last": true, "this": true}

// trailing handles "<claim>, X said." and "<claim>, said X": the source
// comes after the claim.
func (s attributionStage) trailing(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for _, v := range d.verbs(s.lex.verbs, toks) {
		b, bsize := fxBoundaryBefore(body, start, v.Start)
		if b < 0 || len(token.Tokens(body, start, b)) < 3 {
			continue
		}
		quoted := fxQuoteNear(body, b)
		if d.cutOffEnd(i) && strings.TrimSpace(body[v.End:end]) == "" {
			continue // "After the talks, X said" cut off: the claim is lost
		}
		if strings.HasSuffix(strings.TrimSpace(body[v.End:end]), ":") {
			continue // "..., X said the following:": the claim follows
		}
		np := strings.TrimSpace(body[b+bsize : v.Start])
		if np == "" {
			// inverted: ", said the draft, which ..."; not "Title, Name,
			// said <claim>"
			if _, ok := d.appositiveName(start, b); ok {
				continue
			}
			npEnd := facts.NextComma(body, v.End, end)
			if src, ok := d.sourceOf(v.End, npEnd, false); ok {
				return rawAttrib{claimStart: start, claimEnd: b, src: src, trailing: true}, true
			}
			continue
		}
		tail := token.Tokens(body, v.End, end)
		npStart, npStop := b+bsize, s.stripAux(body, b+bsize, v.Start)
		src, ok := d.sourceOf(npStart, npStop, s.lex.actorOnly.Has([]token.Tok{toks[v.From]}))
		if !ok {
			continue
		}
		if p, ok := s.lex.relayPer.First(tail); ok && (p.From == 0 || p.From <= 3 && strings.Contains(body[v.End:p.Start], ",")) {
			inner, iok := d.sourceOf(p.Start+len(p.Phrase), end, false)
			if src.kind == "outlet" && iok {
				// "..., X reports per Y": Y says it, X relays (unless X
				// is the document's own outlet)
				if !d.isLocalOutlet(src.id) {
					inner = inner.relay(d.c, model.Mention{Key: src.id, Text: src.name, Kind: "outlet"})
				}
				return rawAttrib{claimStart: start, claimEnd: b, src: inner, trailing: true}, true
			}
			// "..., X said, citing reports by Y": X says it through Y
			if out, ok := firstOutletAfter(d.c.MentionsIn(p.Start, end), p.Start); ok {
				src = src.relay(d.c, out)
			}
			return rawAttrib{claimStart: start, claimEnd: b, src: src, trailing: true}, true
		}
		aside := strings.HasPrefix(strings.TrimLeft(body[v.End:end], " "), ",")
		if !quoted && len(tail) > 2 && !s.circumstantial(tail) && !aside {
			continue // "..., X says <claim>": a leading pattern
		}
		if src.kind == "outlet" {
			// "X said <claim>, Outlet reported": X says it, the outlet relays
			if inner, cs, ok := s.innerSpeaker(d, start, b); ok {
				if !d.isLocalOutlet(src.id) {
					inner = inner.relay(d.c, model.Mention{Key: src.id, Text: src.name, Kind: "outlet"})
				}
				return rawAttrib{claimStart: cs, claimEnd: b, src: inner, trailing: true}, true
			}
		}
		if len(tail) > 0 && (v.Phrase == "told" || v.Phrase == "tells") {
			// "X told Reuters" relays through Reuters, unless Reuters is
			// the document's own outlet
			if out, ok := firstOutletAfter(d.c.MentionsIn(v.End, end), v.End); ok && !d.isLocalOutlet(out.Key) {
				src = src.relay(d.c, out)
			} else if out, ok := d.outletRef(token.Tokens(body, v.End, end), v.Start); ok && !d.isLocalOutlet(out.Key) {
				src = src.relay(d.c, out) // "told the paper"
			}
		}
		r := rawAttrib{claimStart: start, claimEnd: b, src: src, trailing: true, further: s.lex.furtherVerbs.HasRaw(v.Phrase)}
		if aside && !quoted && !s.asideOpener(tail) {
			// "Subject, X reports, predicate": the claim runs on after
			// the parenthetical credit
			// the credit stays inside the claim, which is one span
			r.claimEnd, r.credited = end, true
		}
		return r, true
	}
	return rawAttrib{}, false
}

// asideOpener reports words after "X said," that add to the saying
// rather than continue the claim: a participle ("adding", "calling for"),
// a circumstance ("in a statement", "without giving a date").
func (s attributionStage) asideOpener(tail []token.Tok) bool {
	if len(tail) == 0 {
		return true
	}
	if h, ok := s.lex.participles.First(tail); ok && h.From == 0 {
		return true
	}
	if h, ok := s.lex.circumstance.First(tail); ok && h.From == 0 {
		return true
	}
	return strings.HasSuffix(tail[0].Norm, "ing") || tail[0].Norm == "without" || tail[0].Norm == "and" || tail[0].Norm == "but"
}

// dashTrailing handles a source set off by a dash after its claim: "<claim>
// – X said." and a paragraph closing with "- X said, <aside>" (the
// paragraph's sentences before are X's). Nothing but an aside after a
// comma may follow the verb.
func (s attributionStage) dashTrailing(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for _, v := range d.verbs(s.lex.verbs, toks) {
		dash, size := fxDashBefore(body, start, v.Start)
		if dash < 0 {
			continue
		}
		if rest := strings.TrimLeft(body[v.End:end], " "); rest != "" && !strings.HasPrefix(rest, ",") && strings.Trim(rest, ".!\"”") != "" {
			continue
		}
		if len(token.Tokens(body, dash+size, v.Start)) > 6 {
			continue
		}
		src, ok := d.sourceOf(dash+size, s.stripAux(body, dash+size, v.Start), false)
		if !ok || src.kind == "document" {
			continue
		}
		if len(token.Tokens(body, start, dash)) >= 3 {
			return rawAttrib{claimStart: start, claimEnd: dash, src: src, trailing: true, back: true}, true
		}
		return rawAttrib{claimStart: start, claimEnd: start, src: src, back: true}, true
	}
	return rawAttrib{}, false
}

// datelineBytes bounds where a dateline's dash may stand in a sentence
// (after a place and date, so after a comma or a digit).
const datelineBytes = 90

// fxDashIn returns the offset just after the last spaced dash in
// [start, end), or -1.
func fxDashIn(body string, start, end int) int {
	best := -1
	for _, d := range []string{" - ", " – ", " — "} {
		if k := strings.LastIndex(body[start:end], d); k >= 0 && start+k+len(d) > best {
			best = start + k + len(d)
		}
	}
	return best
}

// fxDashBefore returns the offset and byte length of the last dash that
// sets off words ("claim – X said", or one opening the range) in
// [start, pos), or -1.
func fxDashBefore(body string, start, pos int) (int, int) {
	seg := body[start:pos]
	best, size := -1, 0
	for _, d := range []string{" - ", " – ", " — "} {
		if k := strings.LastIndex(seg, d); k >= 0 && start+k > best {
			best, size = start+k, len(d)
		}
	}
	if best < 0 {
		trimmed := strings.TrimLeft(seg, " ")
		for _, d := range []string{"- ", "– ", "— "} {
			if strings.HasPrefix(trimmed, d) {
				return start + len(seg) - len(trimmed), len(d)
			}
		}
	}
	return best, size
}

// backfill adds, for a source closing its paragraph, the paragraph's
// earlier sentences that hold no claim yet, as sentences of one turn.
func backfill(c *facts.Context, raws []rawAttrib) []rawAttrib {
	taken := map[int]bool{}
	for _, r := range raws {
		taken[r.sent] = true
	}
	var out []rawAttrib
	for _, r := range raws {
		if r.back {
			first := r.sent
			for first > 0 && !c.ParagraphBreak(first-1, first) && c.A.Sents[first-1].Kind != "heading" {
				first--
			}
			for k := first; k < r.sent; k++ {
				if !taken[k] {
					st, en := c.SentSpan(k)
					out = append(out, rawAttrib{sent: k, claimStart: st, claimEnd: en, src: r.src, turn: true})
					taken[k] = true
				}
			}
		}
		if r.claimEnd > r.claimStart {
			out = append(out, r)
		}
	}
	return out
}

// participial handles "X posted on X saying ...", "the minister made a
// post announcing that ...": the subject of the clause before the
// participle says what follows it.
func (s attributionStage) participial(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	h, ok := s.lex.participles.First(toks)
	if !ok || h.From == 0 {
		return rawAttrib{}, false
	}
	clause := start
	if b, size := fxBoundaryBefore(body, start, h.Start); b >= 0 {
		clause = b + size
		if len(token.Tokens(body, clause, h.Start)) == 0 {
			// "X made a post, saying ...": the clause before the comma
			if b2, size2 := fxBoundaryBefore(body, start, b); b2 >= 0 {
				clause = b2 + size2
			} else {
				clause = start
			}
		}
	}
	src, ok := d.clauseSubject(clause, h.Start)
	if ok && src.kind == "person" && clause > start && d.apposedObject(clause, h.Start) {
		// "X offered a defence of the president, Y, saying ...": Y is in
		// apposition to an object, X is the subject
		if p, pok := d.clauseSubject(start, clause); pok && p.kind == "person" {
			src = p
		}
	}
	if !ok {
		return rawAttrib{}, false
	}
	cs := h.End
	if tail := token.Tokens(body, h.End, end); len(tail) > 0 && tail[0].Norm == "that" {
		cs = tail[0].End
	}
	if len(token.Tokens(body, cs, end)) < 3 {
		return rawAttrib{}, false
	}
	return rawAttrib{claimStart: cs, claimEnd: end, src: src}, true
}

// apposedObject reports a clause [s, e) that is only a person's name set
// off by commas after a phrase governed by a preposition ("... of the
// president, Y,").
func (d *attribDoc) apposedObject(s, e int) bool {
	body := d.c.A.Body
	ms := d.c.MentionsIn(s, e)
	if len(ms) != 1 || ms[0].Kind != "person" || len(token.Tokens(body, s, e)) != len(token.Tokens(body, ms[0].Start, ms[0].End)) {
		return false
	}
	before := token.Tokens(body, max(0, s-60), s)
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		if fxPreposition[before[k].Norm] && before[k].Norm != "and" {
			return true
		}
	}
	return false
}

// clauseSubject finds who acts in the clause [s, e): the first person it
// names, else a person it names by office, else the first state or body
// it names (not by adjective, not as a possessor).
func (d *attribDoc) clauseSubject(s, e int) (attribSource, bool) {
	ms := d.c.MentionsIn(s, e)
	for _, m := range ms {
		if m.Kind == "person" && !token.IsPossessiveAfter(d.c.A.Body, m.End) {
			return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
		}
	}
	if toks := token.Tokens(d.c.A.Body, s, e); len(toks) > 0 {
		if p, ok := d.roleReference(toks); ok {
			return p, true
		}
	}
	for _, m := range ms {
		if (m.Kind == "organization" || m.Kind == "country" && m.Form != "adjective") && !token.IsPossessiveAfter(d.c.A.Body, m.End) {
			return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
		}
	}
	return attribSource{}, false
}

// maxBlockSentences bounds a statement block read after "X said the
// following:".
const maxBlockSentences = 15

// opensBlock reports an "X said (the following):" that ends its paragraph
// before text that is no quotation: the paragraphs that follow, up to the
// next heading, are X's statement.
func (s attributionStage) opensBlock(d *attribDoc, i int) bool {
	if i+1 >= len(d.c.A.Sents) || !d.c.ParagraphBreak(i, i+1) {
		return false
	}
	start, end := d.c.SentSpan(i + 1)
	st, _ := token.TrimSpan(d.c.A.Body, start, end)
	return !inQuote(d.quotes, st+1)
}

// blockSentence makes segment i a claim of the statement block's speaker
// (joined like a speaker's turn), while the block lasts.
// It reports false for the claim when the sentence is too short to be
// one, and false for open when the block has ended ("These were the words
// of X", too many sentences).
func (s attributionStage) blockSentence(d *attribDoc, i int, block *rawAttrib) (r rawAttrib, ok, open bool) {
	start, end := d.c.SentSpan(i)
	toks := token.Tokens(d.c.A.Body, start, end)
	if i-block.sent > maxBlockSentences || namesSource(toks, block.src.name) {
		return rawAttrib{}, false, false
	}
	if len(toks) < 5 {
		return rawAttrib{}, false, true
	}
	return rawAttrib{sent: i, claimStart: start, claimEnd: end, src: block.src, turn: true, block: true}, true, true
}

// namesSource reports tokens that hold every word of a source's name.
func namesSource(toks []token.Tok, name string) bool {
	words := map[string]bool{}
	for _, t := range toks {
		words[t.Norm] = true
	}
	nt := token.Tokens(name, 0, len(name))
	for _, t := range nt {
		if !words[t.Norm] {
			return false
		}
	}
	return len(nt) > 0
}

// continuedQuote gives a sentence that is one direct quotation, with no
// source of its own, to the person quoted in the sentence just before.
func continuedQuote(d *attribDoc, i int, raws []rawAttrib) (rawAttrib, bool) {
	if len(raws) == 0 {
		return rawAttrib{}, false
	}
	p := raws[len(raws)-1]
	if p.sent != i-1 || p.src.kind == "document" && !p.colon {
		return rawAttrib{}, false
	}
	start, end := d.c.SentSpan(i)
	s, e := token.TrimSpan(d.c.A.Body, start, end)
	for _, q := range d.quotes {
		// a body's quotation goes on only when it closes in this sentence
		// (else its source follows it)
		closes := p.src.kind == "person" || p.colon || q[1] <= end
		if q[0] <= s+1 && q[1] >= e-1 && q[0] >= start-len("“") && closes {
			return rawAttrib{sent: i, claimStart: start, claimEnd: end, src: p.src}, true
		}
	}
	return rawAttrib{}, false
}

// maxSplits bounds the reported clauses one sentence is split into.
const maxSplits = 3

// splitReported splits a claim that holds further sayings: "X said A, as
// he urged B, and insisted C" (X's three claims), "X estimated A, while
// experts say B" (B is the experts'). A later reporting verb splits the
// claim when the words between the comma before it and the verb are a
// conjunction, a pronoun (the same speaker) or a source of their own.
func (s attributionStage) splitReported(d *attribDoc, r rawAttrib, depth int) []rawAttrib {
	body := d.c.A.Body
	if depth >= maxSplits {
		return []rawAttrib{r}
	}
	toks := token.Tokens(body, r.claimStart, r.claimEnd)
	for _, v := range d.verbs(s.lex.verbs, toks) {
		if v.From < 3 || inQuote(d.quotes, v.Start) {
			continue
		}
		b, size := fxBoundaryBefore(body, r.claimStart, v.Start)
		if b < 0 || body[b] == '"' || strings.HasPrefix(body[b:], "”") {
			continue
		}
		np := token.Tokens(body, b+size, s.stripAux(body, b+size, v.Start))
		for len(np) > 0 && fxClauseJoin[np[0].Norm] {
			np = np[1:]
		}
		if len(np) > 6 || len(token.Tokens(body, r.claimStart, b)) < 3 {
			continue
		}
		src := r.src
		if p, ok := dashedPronoun(body, b+size, v.Start); ok {
			np = token.Tokens(body, p, v.Start)
		}
		switch {
		case len(np) == 0, len(np) == 1 && facts.Pronouns[np[0].Norm]:
		default:
			other, ok := d.sourceOf(np[0].Start, np[len(np)-1].End, false)
			if !ok {
				continue
			}
			src = other
		}
		cs := v.End
		for k, t := range token.Tokens(body, v.End, r.claimEnd) {
			if k > 3 {
				break
			}
			if t.Norm == "that" {
				cs = t.End
				break
			}
		}
		if len(token.Tokens(body, cs, r.claimEnd)) < 3 {
			continue
		}
		first := r
		first.claimEnd = b
		rest := rawAttrib{sent: r.sent, claimStart: cs, claimEnd: r.claimEnd, src: src, explicit: true}
		return append([]rawAttrib{first}, s.splitReported(d, rest, depth+1)...)
	}
	return []rawAttrib{r}
}

// fxClauseJoin words join a further saying to a claim ("..., and
// insisted", "..., while experts say", "..., as he urged").
var fxClauseJoin = map[string]bool{"and": true, "while": true, "as": true, "but": true, "whereas": true, "adding": true}

// quoteIn reports a quotation that opens in [start, end).
func quoteIn(qs [][2]int, start, end int) bool {
	for _, q := range qs {
		if q[0] > start && q[0] < end {
			return true
		}
	}
	return false
}

// inQuote reports whether byte offset pos lies inside a quotation.
func inQuote(qs [][2]int, pos int) bool {
	for _, q := range qs {
		if q[0] <= pos && pos < q[1] {
			return true
		}
	}
	return false
}

// nounObject reports a verb's object that is a noun phrase ("a new plan",
// "its commitment to ...", "the words of X") rather than a reported
// clause or a quotation.
func (s attributionStage) nounObject(d *attribDoc, cs, end int) bool {
	body := d.c.A.Body
	st, _ := token.TrimSpan(body, cs, end)
	if inQuote(d.quotes, st+1) || strings.ContainsAny(body[cs:min(end, cs+3)], "\"“:") {
		return false
	}
	toks := token.Tokens(body, cs, end)
	if len(toks) == 0 {
		return false
	}
	// "X welcomed (Freedonian President) Y to the capital": a person,
	// maybe after capitalised title words, is no clause these verbs report
	near := d.c.MentionsIn(toks[0].Start, end)
	for k := 0; k < len(toks) && k < 4; k++ {
		for _, m := range near {
			if m.Start == toks[k].Start && m.Kind == "person" {
				return !token.IsPossessiveAfter(body, m.End)
			}
		}
		if r := body[toks[k].Start]; r < 'A' || r > 'Z' {
			break
		}
	}
	return facts.ObjectDeterminers[toks[0].Norm]
}

// keepInterviewRelay carries the outlet that relayed a person's first
// relayed claim ("X told Al Jazeera that ...", "X said as quoted by
// Interfax") to the person's claims in the sentences right after that
// name no relay: the interview goes on.
func keepInterviewRelay(raws []rawAttrib) {
	for k := 1; k < len(raws); k++ {
		p, r := raws[k-1].src, &raws[k]
		if r.src.kind == "person" && r.src.id == p.id && p.via != "" && r.src.via == "" && r.sent <= raws[k-1].sent+1 {
			r.src.via, r.src.viaName = p.via, p.viaName
		}
	}
}

// circumstantial reports words after a reporting verb that only tell
// where, when or to whom something was said ("in a statement on Friday",
// "reporters at the summit"): they open with a circumstance phrase, are
// few and hold no "that" opening a reported clause.
func (s attributionStage) circumstantial(tail []token.Tok) bool {
	if len(tail) == 0 || len(tail) > 9 {
		return false
	}
	if h, ok := s.lex.circumstance.First(tail); !ok || h.From != 0 {
		return false
	}
	for _, t := range tail {
		if t.Norm == "that" {
			return false
		}
	}
	return true
}

// statedBy handles "This was stated by X, ...": X is the source of the
// sentence before (a lead often stands in a paragraph of its own).
func (s attributionStage) statedBy(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	h, ok := s.lex.statedBy.First(toks)
	if !ok || h.From > 2 || i == 0 || d.c.A.Sents[i-1].Kind == "heading" {
		return rawAttrib{}, false
	}
	_, end := d.c.SentSpan(i)
	src, ok := d.sourceOf(h.End, facts.NextComma(d.c.A.Body, h.End, end), false)
	if !ok {
		return rawAttrib{}, false
	}
	if src.kind == "outlet" {
		// "This is reported by Outlet": the outlet relays the text's
		// claims, it makes none of its own
		if !d.isLocalOutlet(src.id) && d.relay == nil {
			m := model.Mention{Key: src.id, Text: src.name, Kind: "outlet"}
			d.relay = &m
		}
		return rawAttrib{}, true // the sentence holds no claim
	}
	ps, pe := d.c.SentSpan(i - 1)
	return rawAttrib{claimStart: ps, claimEnd: pe, src: src}, true
}

// relayedSpeaker turns "X said <claim>" credited to an outlet ("...,
// reported Reuters", "according to a pool report from the Journal") into
// X's claim relayed by the outlet (no relay when it is the document's own
// outlet).
func (s attributionStage) relayedSpeaker(d *attribDoc, r rawAttrib) rawAttrib {
	if r.src.kind != "outlet" || r.src.via != "" {
		return r
	}
	inner, cs, ok := s.innerSpeaker(d, r.claimStart, r.claimEnd)
	if !ok {
		return r
	}
	if !d.isLocalOutlet(r.src.id) {
		inner = inner.relay(d.c, model.Mention{Key: r.src.id, Text: r.src.name, Kind: "outlet"})
	}
	r.src, r.claimStart = inner, cs
	return r
}

// innerSpeaker finds "X said <claim>" inside [start, end) with a source
// that is not an outlet; it returns the source and where the claim starts.
func (s attributionStage) innerSpeaker(d *attribDoc, start, end int) (attribSource, int, bool) {
	body := d.c.A.Body
	toks := token.Tokens(body, start, end)
	for _, v := range d.verbs(s.lex.verbs, toks) {
		npStart := start
		if b, size := fxBoundaryBefore(body, start, v.Start); b >= 0 {
			npStart = b + size // "In a meeting on Friday, X said ..."
		}
		src, ok := d.sourceOf(npStart, s.stripAux(body, npStart, v.Start), false)
		if !ok || src.kind == "outlet" || src.kind == "document" {
			continue
		}
		cs := v.End
		for k, t := range token.Tokens(body, v.End, end) {
			if k > 5 {
				break
			}
			if t.Norm == "that" {
				cs = t.End
				break
			}
		}
		if len(token.Tokens(body, cs, end)) < 3 {
			continue
		}
		return src, cs, true
	}
	return attribSource{}, 0, false
}

// appositiveStart finds "X, speaking to reporters, said": when the words
// between the boundary before the verb and the verb are empty and the
// clause before that boundary opens with a participle after a comma, it
// returns where the source phrase X ends (the comma before the
// participle) and where it starts.
func appositiveStart(body string, start, b int) (int, int, bool) {
	b2, size2 := fxBoundaryBefore(body, start, b)
	if b2 < 0 || body[b2] != ',' {
		return 0, 0, false
	}
	app := token.Tokens(body, b2+size2, b)
	if len(app) == 0 || !strings.HasSuffix(app[0].Norm, "ing") {
		return 0, 0, false
	}
	npStart := start
	if b3, size3 := fxBoundaryBefore(body, start, b2); b3 >= 0 {
		npStart = b3 + size3
	}
	return npStart, b2, true
}

// appositiveName finds "Title, Name, said" and "Name, title of Org,
// said": the comma at b closes an apposition that, with the phrase before
// it, names a person in a few words. It returns where that phrase starts.
func (d *attribDoc) appositiveName(start, b int) (int, bool) {
	body := d.c.A.Body
	if body[b] != ',' {
		return 0, false
	}
	b2, size2 := fxBoundaryBefore(body, start, b)
	if b2 < 0 || body[b2] != ',' {
		return 0, false
	}
	npStart := start
	if b3, size3 := fxBoundaryBefore(body, start, b2); b3 >= 0 {
		npStart = b3 + size3
	}
	head, app := token.Tokens(body, npStart, b2), token.Tokens(body, b2+size2, b)
	if len(head) == 0 || len(app) == 0 || len(head) > 8 || len(app) > 8 || len(d.verbs(d.lex.verbs, app)) > 0 {
		return 0, false
	}
	for _, m := range d.c.MentionsIn(npStart, b) {
		if m.Kind == "person" {
			return npStart, true
		}
	}
	return 0, false
}

// leading handles "X said (that) <claim>", "X has long said ...".
func (s attributionStage) leading(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for _, v := range d.verbs(s.lex.verbs, toks) {
		b, bsize := fxBoundaryBefore(body, start, v.Start)
		npStart := start
		if b >= 0 {
			npStart = b + bsize
		}
		asideAt := relativeAside(body, npStart, v.Start)
		if k := fxDashIn(body, npStart, v.Start); asideAt < 0 && k > npStart && k-start < datelineBytes && strings.ContainsAny(body[start:k], ",0123456789") {
			npStart = k // a dateline: "PARIS, May 2 – The ministry said"
		} else if p, ok := dashedPronoun(body, npStart, v.Start); ok {
			npStart = p // "with which X - he says - boasts ...": a parenthesis
		}
		npStop := s.stripAux(body, npStart, v.Start)
		if asideAt >= 0 {
			npStop = asideAt // "European leaders - who rushed to X - urged"
		}
		if npStart > start && asideAt < 0 {
			// "A, B, and C said": a list of states or bodies that opens the
			// sentence is one joint source, not its last members
			if _, ok := d.jointBodies(start, npStop); ok {
				npStart = start
			}
		}
		apposed, bare := false, false
		if b >= 0 && strings.TrimSpace(body[npStart:v.Start]) == "" {
			if as, ae, ok := appositiveStart(body, start, b); ok {
				npStart, npStop, apposed = as, ae, true
			} else if as, ok := d.appositiveName(start, b); ok {
				npStart, npStop, apposed = as, b, true
			} else {
				bare = true
			}
		}
		src, ok := d.sourceOf(npStart, npStop, s.lex.actorOnly.Has([]token.Tok{toks[v.From]}))
		if apposed && (!ok || src.kind != "person") || bare && !ok {
			// "Name, director at the Fund, speaking from X, noted", "The
			// Fund, a charity, noted": the phrase that opens the sentence
			// before its first comma is the subject
			if p, pok := d.openingSubject(start, npStart, apposed); pok {
				src, ok = p, true
			}
		}
		if !ok {
			continue
		}
		cs := v.End
		// "X said on Friday that ...", "X told reporters that ...", "X
		// wrote on X: ..." (the claim follows the colon)
		for k, t := range token.Tokens(body, v.End, end) {
			if k > 5 {
				break
			}
			if t.Norm == "that" {
				cs = t.End
				break
			}
			if k > 0 && strings.Contains(body[v.End:t.Start], ":") {
				cs = v.End + strings.Index(body[v.End:t.Start], ":") + 1
				break
			}
		}
		if len(token.Tokens(body, cs, end)) < 3 {
			if rest := strings.TrimSpace(body[v.End:end]); strings.HasSuffix(rest, ":") && len(token.Tokens(body, v.End, end)) <= 2 {
				// "X says:" and the quotation follows
				return rawAttrib{claimStart: end, claimEnd: end, src: src, colon: true}, true
			}
			continue
		}
		if cs == v.End && s.lex.objectVerbs.HasRaw(v.Phrase) && s.nounObject(d, cs, end) {
			continue // "X announced a new plan", "X welcomed the deal": no saying
		}
		if s.lex.quotedVerbs.HasRaw(v.Phrase) && !quoteIn(d.quotes, cs, end) {
			continue // "X called the prince a friend": no quoted words, no claim
		}
		if v.Phrase == "told" || v.Phrase == "tells" {
			// "X told Outlet that ...": the outlet relays, unless it is
			// the document's own
			if ms := d.c.MentionsIn(v.End, cs); len(ms) > 0 && ms[0].Kind == "outlet" && !d.isLocalOutlet(ms[0].Key) {
				src = src.relay(d.c, ms[0])
			}
		}
		return rawAttrib{claimStart: cs, claimEnd: end, src: src, leading: true, also: d.coSpeakers(npStart, npStop, src)}, true
	}
	return rawAttrib{}, false
}

// dashedPronoun finds a pronoun set off by a dash just before a saying
// verb in [start, pos) ("with which X - he says - has ..."): it returns
// where the pronoun starts.
func dashedPronoun(body string, start, pos int) (int, bool) {
	k := fxDashIn(body, start, pos)
	if k <= start {
		return 0, false
	}
	pr := token.Tokens(body, k, pos)
	if len(pr) != 1 || !fxPersonPronoun[pr[0].Norm] {
		return 0, false
	}
	return pr[0].Start, true
}

// relativeAside finds a relative clause set off by dashes that closes the
// source phrase [start, pos) ("leaders - who rushed to X - urged"): it
// returns where the aside opens, or -1.
func relativeAside(body string, start, pos int) int {
	seg := strings.TrimRight(body[start:pos], " ")
	for _, dash := range []string{" - ", " – ", " — "} {
		d := strings.TrimRight(dash, " ")
		if !strings.HasSuffix(seg, d) {
			continue
		}
		open := strings.Index(seg, dash)
		if open < 0 || open+len(dash) >= len(seg)-len(d) {
			continue
		}
		inner := token.Tokens(body, start+open+len(dash), start+len(seg)-len(d))
		if len(inner) > 0 && fxRelative[inner[0].Norm] {
			return start + open
		}
	}
	return -1
}

// openingSubject reads the phrase that opens the sentence at start, up
// to its first comma before pos, as a source ("Name, title of Org, ...",
// "Signatories, including A and B, ..."); person asks for a person.
func (d *attribDoc) openingSubject(start, pos int, person bool) (attribSource, bool) {
	body := d.c.A.Body
	c := strings.IndexByte(body[start:pos], ',')
	if c <= 0 {
		return attribSource{}, false
	}
	src, ok := d.sourceOf(start, start+c, false)
	if !ok || person && src.kind != "person" || src.kind == "document" {
		return attribSource{}, false
	}
	return src, true
}

// primaryStatement handles a statement's own voice: "We stressed that",
// "the Coalition was clear that"; the source is the issuing body.
func (s attributionStage) primaryStatement(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	c := d.c
	if !c.Primary || c.Principal == "" {
		return rawAttrib{}, false
	}
	body := c.A.Body
	start, end := c.SentSpan(i)
	for v := range s.lex.primaryVerbs.Hits(toks) {
		b, bsize := fxBoundaryBefore(body, start, v.Start)
		npStart := start
		if b >= 0 {
			npStart = b + bsize
		}
		np := token.Tokens(body, npStart, s.stripAux(body, npStart, v.Start))
		if len(np) == 0 || len(np) > 6 {
			continue
		}
		self := np[0].Norm == "we" || np[0].Norm == "in" && len(np) > 1 && np[len(np)-1].Norm == "we"
		for _, m := range c.MentionsIn(npStart, v.Start) {
			if m.Key == c.Principal {
				self = true
			}
		}
		if !self {
			continue
		}
		cs := v.End
		if tail := token.Tokens(body, v.End, end); len(tail) > 0 && tail[0].Norm == "that" {
			cs = tail[0].End
		}
		return rawAttrib{claimStart: cs, claimEnd: end,
			src: attribSource{name: c.Name(c.Principal), id: c.Principal, kind: "organization"}}, true
	}
	return rawAttrib{}, false
}

// stripAux moves the end of a source phrase back over auxiliaries
// ("has long", "also") that stand between a source and its verb.
func (s attributionStage) stripAux(body string, from, to int) int {
	toks := token.Tokens(body, from, to)
	n := len(toks)
	for n > 0 {
		if !s.lex.aux.EndsBefore(toks, n) {
			break
		}
		moved := false
		for _, p := range s.lex.aux.List {
			if j := n - len(p.Words); j >= 0 && p.MatchAt(toks, j) {
				n, moved = j, true
				break
			}
		}
		if !moved {
			break
		}
	}
	if n == 0 {
		return from
	}
	return toks[n-1].End
}

// fxBoundaryBefore returns the offset and byte length of the last comma,
// semicolon, colon or closing quote mark in [start, pos), or -1.
func fxBoundaryBefore(body string, start, pos int) (int, int) {
	for k := pos - 1; k >= start; k-- {
		switch body[k] {
		case ',', ';', ':', '"':
			return k, 1
		}
		if strings.HasPrefix(body[k:], "”") {
			return k, len("”")
		}
	}
	return -1, 0
}

// fxQuoteNear reports a quotation mark at or just before byte b.
func fxQuoteNear(body string, b int) bool {
	lo := max(0, b-4)
	seg := body[lo:min(len(body), b+len("”"))]
	return strings.ContainsAny(seg, "\"”")
}
