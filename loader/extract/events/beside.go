package events

import "github.com/kg-project/kg/loader/extract/token"
import "github.com/kg-project/kg/loader/extract/facts"

// Events held beside another: "talks with X on the sidelines of the
// summit" tells the talks and the summit as two events. besideIn reads
// such a sentence as the event told outside the sidelines phrase and,
// unless it refers back to a gathering told before ("the conference"),
// the gathering the phrase names.

// besideWindow is how many words after a sidelines phrase may hold the
// trigger of the gathering it names ("the G20 Leaders' Summit").
const besideWindow = 8

// besideIn returns the mentions of segment i when a sidelines phrase
// stands in it before a trigger; nil otherwise.
func (s eventStage) besideIn(c *facts.Context, i int) []eventMention {
	start, end := c.SentSpan(i)
	sr := s.seg(c, i)
	toks := sr.toks
	for _, sp := range s.listOf(sr, segSidelines) {
		win := toks[sp.To:min(len(toks), sp.To+besideWindow)]
		h, typ, ok := s.trigger(c.A.Body, win)
		if !ok || fxPunctBetween(c.A.Body, sp.End, h.Start) {
			continue
		}
		hostTo := sp.To + h.To
		masked := make([]token.Tok, len(toks))
		copy(masked, toks)
		for k := sp.From; k < hostTo; k++ {
			masked[k].Norm = ""
		}
		var out []eventMention
		if m, mok := s.mentionInToks(c, i, start, end, masked, nil); mok {
			m.beside = !m.coref
			out = append(out, m)
		}
		if _, coref := s.Lex.coreferent.First(toks[sp.To:hostTo]); !coref {
			host := eventMention{sent: i, typ: typ, beside: true}
			for _, mn := range s.mentionsIn(c, sp.End, toks[hostTo-1].End) {
				if facts.IsActor(mn) {
					host.participants = facts.AppendUnique(host.participants, mn.Key)
				}
			}
			out = append(out, host)
		}
		return out
	}
	return nil
}

// fxPunctBetween reports a comma, semicolon or full stop in body[from:to].
func fxPunctBetween(body string, from, to int) bool {
	for k := from; k < to && k < len(body); k++ {
		if ch := body[k]; ch == ',' || ch == ';' || ch == '.' {
			return true
		}
	}
	return false
}

// leadsQuote reports a segment cut before the words it introduces, read
// as a heading for want of punctuation ("Following talks with X, Y
// said"): a clause ending in a saying verb, to be read as a sentence.
func (s eventStage) leadsQuote(c *facts.Context, i int) bool {
	toks := s.segToks(c, i)
	return len(toks) > 4 && s.Lex.saying.EndsBeforeIndexed(toks, len(toks))
}
