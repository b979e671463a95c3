package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// fxTimeOpener words open a short time phrase ("on Monday", "today").
var fxTimeOpener = map[string]bool{"on": true, "today": true, "yesterday": true, "earlier": true, "last": true, "this": true}

// trailing handles "<claim>, X said." and "<claim>, said X": the source
// comes after the claim.
func (s attributionStage) trailing(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for _, v := range d.verbs(toks) {
		b, bsize := fxBoundaryBefore(body, start, v.Start)
		if b < 0 || len(d.tokens(start, b)) < 3 {
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
		tail := d.tokens(v.End, end)
		npStart, npStop := b+bsize, s.stripAux(d, b+bsize, v.Start)
		src, ok := d.sourceOf(npStart, npStop, s.lex.actorOnly.Has([]token.Tok{toks[v.From]}))
		if !ok {
			continue
		}
		if p, ok := firstWithin(&s.lex.relayPer, tail, 3); ok && (p.From == 0 || strings.Contains(body[v.End:p.Start], ",")) {
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
			if out, ok := firstOutletAfter(d.mentionsIn(p.Start, end), p.Start); ok {
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
			if out, ok := firstOutletAfter(d.mentionsIn(v.End, end), v.End); ok && !d.isLocalOutlet(out.Key) {
				src = src.relay(d.c, out)
			} else if out, ok := d.outletRef(d.tokens(v.End, end), v.Start); ok && !d.isLocalOutlet(out.Key) {
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
	if phraseLenAt(&s.lex.participles, tail, 0) > 0 { // the first hit opens tail
		return true
	}
	if phraseLenAt(&s.lex.circumstance, tail, 0) > 0 {
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
	for _, v := range d.verbs(toks) {
		dash, size := fxDashBefore(body, start, v.Start)
		if dash < 0 {
			continue
		}
		if rest := strings.TrimLeft(body[v.End:end], " "); rest != "" && !strings.HasPrefix(rest, ",") && strings.Trim(rest, ".!\"”") != "" {
			continue
		}
		if len(d.tokens(dash+size, v.Start)) > 6 {
			continue
		}
		src, ok := d.sourceOf(dash+size, s.stripAux(d, dash+size, v.Start), false)
		if !ok || src.kind == "document" {
			continue
		}
		if len(d.tokens(start, dash)) >= 3 {
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
	if !mayHoldDash(body[start:end]) {
		return -1
	}
	best := -1
	for _, d := range []string{" - ", " – ", " — "} {
		if k := strings.LastIndex(body[start:end], d); k >= 0 && start+k+len(d) > best {
			best = start + k + len(d)
		}
	}
	return best
}

// mayHoldDash reports whether s can hold a dash the fxDash functions
// look for: each is "-" or starts with the first byte of "–" and "—".
func mayHoldDash(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, "–"[0]) >= 0
}

// fxDashBefore returns the offset and byte length of the last dash that
// sets off words ("claim – X said", or one opening the range) in
// [start, pos), or -1.
func fxDashBefore(body string, start, pos int) (int, int) {
	seg := body[start:pos]
	if !mayHoldDash(seg) {
		return -1, 0
	}
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
	back := false
	for k := range raws {
		back = back || raws[k].back
	}
	if !back {
		// no paragraph to fill: only the claims, kept in place
		out := raws[:0]
		for _, r := range raws {
			if r.claimEnd > r.claimStart {
				out = append(out, r)
			}
		}
		return out
	}
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

// circumstantial reports words after a reporting verb that only tell
// where, when or to whom something was said ("in a statement on Friday",
// "reporters at the summit"): they open with a circumstance phrase, are
// few and hold no "that" opening a reported clause.
func (s attributionStage) circumstantial(tail []token.Tok) bool {
	if len(tail) == 0 || len(tail) > 9 {
		return false
	}
	if phraseLenAt(&s.lex.circumstance, tail, 0) == 0 { // no first hit opening tail
		return false
	}
	for _, t := range tail {
		if t.Norm == "that" {
			return false
		}
	}
	return true
}
