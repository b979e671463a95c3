package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// maxSplits bounds the reported clauses one sentence is split into.
const maxSplits = 3

// splitReported splits a claim that holds further sayings: "X said A, as
// he urged B, and insisted C" (X's three claims), "X estimated A, while
// experts say B" (B is the experts'). A later reporting verb splits the
// claim when the words between the comma before it and the verb are a
// conjunction, a pronoun (the same speaker) or a source of their own.
// The claims are appended to dst, which is returned.
func (s attributionStage) splitReported(d *attribDoc, r rawAttrib, depth int, dst []rawAttrib) []rawAttrib {
	body := d.c.A.Body
	if depth >= maxSplits {
		return append(dst, r)
	}
	toks := d.tokens(r.claimStart, r.claimEnd)
	for _, v := range d.verbs(toks) {
		if v.From < 3 || inQuote(d.quotes, v.Start) {
			continue
		}
		b, size := fxBoundaryBefore(body, r.claimStart, v.Start)
		if b < 0 || body[b] == '"' || strings.HasPrefix(body[b:], "”") {
			continue
		}
		np := d.tokens(b+size, s.stripAux(d, b+size, v.Start))
		for len(np) > 0 && fxClauseJoin[np[0].Norm] {
			np = np[1:]
		}
		if len(np) > 6 || len(d.tokens(r.claimStart, b)) < 3 {
			continue
		}
		src := r.src
		if p, ok := dashedPronoun(body, b+size, v.Start); ok {
			np = d.tokens(p, v.Start)
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
		for k, t := range d.tokens(v.End, r.claimEnd) {
			if k > 3 {
				break
			}
			if t.Norm == "that" {
				cs = t.End
				break
			}
		}
		if len(d.tokens(cs, r.claimEnd)) < 3 {
			continue
		}
		first := r
		first.claimEnd = b
		rest := rawAttrib{sent: r.sent, claimStart: cs, claimEnd: r.claimEnd, src: src, explicit: true}
		return s.splitReported(d, rest, depth+1, append(dst, first))
	}
	return append(dst, r)
}

// fxClauseJoin words join a further saying to a claim ("..., and
// insisted", "..., while experts say", "..., as he urged").
var fxClauseJoin = map[string]bool{"and": true, "while": true, "as": true, "but": true, "whereas": true, "adding": true}

// nounObject reports a verb's object that is a noun phrase ("a new plan",
// "its commitment to ...", "the words of X") rather than a reported
// clause or a quotation.
func (s attributionStage) nounObject(d *attribDoc, cs, end int) bool {
	body := d.c.A.Body
	st, _ := token.TrimSpan(body, cs, end)
	if inQuote(d.quotes, st+1) || strings.ContainsAny(body[cs:min(end, cs+3)], "\"“:") {
		return false
	}
	toks := d.tokens(cs, end)
	if len(toks) == 0 {
		return false
	}
	// "X welcomed (Freedonian President) Y to the capital": a person,
	// maybe after capitalised title words, is no clause these verbs report
	near := d.mentionsIn(toks[0].Start, end)
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
