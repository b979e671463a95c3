package attributions

import (
	"github.com/kg-project/kg/loader/extract/token"
)

// primaryStatement handles a statement's own voice: "We stressed that",
// "the Coalition was clear that"; the source is the issuing body.
func (s attributionStage) primaryStatement(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	c := d.c
	if !c.Primary || c.Principal == "" {
		return rawAttrib{}, false
	}
	body := c.A.Body
	start, end := c.SentSpan(i)
	for _, v := range d.hits(&s.lex.primaryVerbs, toks) {
		b, bsize := fxBoundaryBefore(body, start, v.Start)
		npStart := start
		if b >= 0 {
			npStart = b + bsize
		}
		np := d.tokens(npStart, s.stripAux(d, npStart, v.Start))
		if len(np) == 0 || len(np) > 6 {
			continue
		}
		self := np[0].Norm == "we" || np[0].Norm == "in" && len(np) > 1 && np[len(np)-1].Norm == "we"
		for _, m := range d.mentionsIn(npStart, v.Start) {
			if m.Key == c.Principal {
				self = true
			}
		}
		if !self {
			continue
		}
		cs := v.End
		if tail := d.tokens(v.End, end); len(tail) > 0 && tail[0].Norm == "that" {
			cs = tail[0].End
		}
		return rawAttrib{claimStart: cs, claimEnd: end,
			src: attribSource{name: c.Name(c.Principal), id: c.Principal, kind: "organization"}}, true
	}
	return rawAttrib{}, false
}
