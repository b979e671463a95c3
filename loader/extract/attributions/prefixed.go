package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// prefixed handles "according to X", "as reported by X", "citing X" and a
// leading "Under <document>,". The source phrase runs to the next comma;
// "X, which has seen the document," makes the document the source via X
// (for "according to") or names X the source (for "as reported by").
func (s attributionStage) prefixed(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for _, pl := range [...]*token.Phrases{&s.lex.according, &s.lex.asReported, &s.lex.citing, &s.lex.under} {
		h, ok := d.first(pl, toks)
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
		if c, ok := s.lex.citing.First(d.tokens(npEnd, end)); ok && strings.TrimSpace(body[npEnd:c.Start]) == "," {
			// "according to X, citing Y, ...": Y says it, X relays
			innerEnd := facts.NextComma(body, c.End, end)
			if inner, ok := d.sourceOf(c.End, innerEnd, false); ok {
				if m, ok := d.bestMention(h.End, npEnd); ok {
					inner = inner.relay(d.c, m)
				}
				src, rest = inner, innerEnd
			}
		}
		if w, ok := s.lex.whichCited.First(d.tokens(npEnd, end)); ok && strings.TrimSpace(body[npEnd:w.Start]) == "," {
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
		if w, ok := s.lex.whichSeen.First(d.tokens(npEnd, end)); ok && strings.TrimSpace(body[npEnd:w.Start]) == "," {
			if doc, dok := d.docAfter(w.End, end); dok && pl.List[0].Raw == "according to" {
				if outs := d.mentionsIn(h.End, npEnd); len(outs) > 0 {
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
				if out, ok := lastOutletBefore(d.mentionsIn(start, h.Start), h.Start); ok {
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
	for _, h := range d.hits(&s.lex.docVerbs, toks) {
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

// statedBy handles "This was stated by X, ...": X is the source of the
// sentence before (a lead often stands in a paragraph of its own).
func (s attributionStage) statedBy(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	h, ok := d.first(&s.lex.statedBy, toks)
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
