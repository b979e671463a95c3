package attributions

import "strings"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/token"

// labelSource reads a text's own source line, "Source: X, title, as
// reported by Outlet": X is the source of the text's quotations and the
// outlet relays all of X's claims. It returns the byte range of the line.
func (d *attribDoc) labelSource(lex *attribLexicon) {
	body := d.c.A.Body
	for off := 0; off < len(body); {
		lineEnd := len(body)
		if nl := strings.IndexByte(body[off:], '\n'); nl >= 0 {
			lineEnd = off + nl
		}
		if start, ok := lineLabel(body, off, lineEnd, lex.sourceLabels); ok {
			npEnd := facts.NextComma(body, start, lineEnd)
			src, ok := d.sourceOf(start, npEnd, false)
			if toks := d.tokens(start, npEnd); !ok && len(toks) > 0 && len(toks) <= 4 {
				src, ok = d.unnamedSource(toks), true // a name the text gives as written
			}
			if ok {
				if h, ok := lex.asReported.First(d.tokens(npEnd, lineEnd)); ok {
					if out, ok := firstOutletAfter(d.mentionsIn(h.End, lineEnd), h.End); ok && !d.isLocalOutlet(out.Key) {
						src = src.relay(d.c, out)
					}
				}
				d.labelSrc, d.labelLine = &src, [2]int{off, lineEnd}
				return
			}
		}
		off = lineEnd + 1
	}
}

// lineLabel reports a line [start, end) opening with one of the labels
// and a colon ("Quote: ..."), and where the text after the colon starts.
func lineLabel(body string, start, end int, labels token.Phrases) (int, bool) {
	colon := strings.IndexByte(body[start:end], ':')
	if colon <= 0 || colon > 12 {
		return 0, false
	}
	toks := token.Tokens(body, start, start+colon)
	h, ok := labels.First(toks)
	if !ok || h.From != 0 || h.To != len(toks) {
		return 0, false
	}
	return start + colon + 1, true
}

// labelledQuote makes a sentence of a "Quote:" paragraph a claim of the
// text's labelled source; the source line itself holds no claim.
func (s attributionStage) labelledQuote(d *attribDoc, i int) (rawAttrib, bool, bool) {
	if d.labelSrc == nil {
		return rawAttrib{}, false, false
	}
	start, end := d.c.SentSpan(i)
	if start >= d.labelLine[0] && start < d.labelLine[1] {
		return rawAttrib{}, false, true
	}
	body := d.c.A.Body
	para := strings.LastIndexByte(body[:start], '\n') + 1
	qs, ok := lineLabel(body, para, end, s.lex.quoteLabels)
	if !ok {
		return rawAttrib{}, false, false
	}
	return rawAttrib{sent: i, claimStart: max(start, qs), claimEnd: end, src: *d.labelSrc, explicit: true}, true, false
}

// isLabelSource reports a phrase that names the labelled source by some
// of its words ("Zhovkva" for "Source: Ihor Zhovkva").
func (d *attribDoc) isLabelSource(toks []token.Tok) bool {
	if d.labelSrc == nil || len(toks) == 0 {
		return false
	}
	words := map[string]bool{}
	name := d.labelSrc.name
	for _, t := range token.Tokens(name, 0, len(name)) {
		words[t.Norm] = true
	}
	for _, t := range toks {
		if !words[t.Norm] {
			return false
		}
	}
	return true
}
