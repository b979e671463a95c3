package events

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// seriesBefore reports the name of a summit series, alone or numbered
// ("g20", "cop29"), within the three words before toks[at].
func (s eventStage) seriesBefore(toks []token.Tok, at int) bool {
	for _, t := range toks[max(0, at-3):at] {
		w := strings.TrimRight(t.Norm, "0123456789")
		if s.Lex.summitSeries[t.Norm] || w != t.Norm && s.Lex.summitSeries[w] {
			return true
		}
	}
	return false
}

// callsNoSummit reports a not_summit noun ("conference", "forum") in the
// sentence, not as part of a press conference trigger. toks are the
// words of the whole segment sr when sr is not nil (see allOf).
func (s eventStage) callsNoSummit(body string, toks []token.Tok, sr *segRead) bool {
	for _, h := range s.allOf(sr, segNotSummit, toks) {
		if _, typ, ok := s.trigger(body, toks[max(0, h.From-2):h.To]); !ok || typ == "meeting" {
			return true
		}
	}
	return false
}

// plannedAt reports a future marker in the few words around the trigger
// ("their next meeting", "will meet again"). toks are the words of the
// whole segment sr when sr is not nil (see allOf).
func (s eventStage) plannedAt(toks []token.Tok, sr *segRead, hit token.Hit) bool {
	for _, h := range s.allOf(sr, segFuture, toks) {
		if h.To >= hit.From-3 && h.From <= hit.To+5 && hit.To > hit.From {
			return true
		}
	}
	return false
}
