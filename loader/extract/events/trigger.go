package events

import (
	"github.com/kg-project/kg/loader/extract/token"
)

// trigger returns the first trigger of the highest-priority type in
// toks (see firstTrigger).
func (s eventStage) trigger(body string, toks []token.Tok) (token.Hit, string, bool) {
	return s.firstTrigger(body, toks, nil)
}

// segTrigger is trigger over the whole segment sr, found once.
func (s eventStage) segTrigger(body string, sr *segRead) (token.Hit, string, bool) {
	if !sr.trigDone {
		hit, typ, ok := s.firstTrigger(body, sr.toks, sr)
		sr.trig, sr.trigDone = foundTrigger{hit: hit, typ: typ, ok: ok}, true
	}
	return sr.trig.hit, sr.trig.typ, sr.trig.ok
}

// firstTrigger returns the first trigger of the highest-priority type in
// toks, the words of the whole segment sr when sr is not nil.
// A weak trigger (a verb such as "met") gives way to a gathering noun of
// a later type in the sentence ("negotiations in Geneva, where both sides
// met" are talks).
func (s eventStage) firstTrigger(body string, toks []token.Tok, sr *segRead) (token.Hit, string, bool) {
	var weak token.Hit
	weakType := ""
	var hits [][]token.Hit
	if sr == nil {
		hits = s.triggerHits(toks)
	}
	for k := range s.Lex.Types {
		t := &s.Lex.Types[k] // not a copy: the phrase list is large
		if h, found := s.firstOpen(body, toks, sr, hits, k); found {
			if wh, wt, ok := s.widerTrigger(body, toks, h); ok {
				return wh, wt, true // "through video conference": talks, not a conference
			}
			isWeak := s.Lex.weak.HasRaw(h.Phrase)
			switch {
			case weakType == "" && isWeak:
				weak, weakType = h, t.Name
			case weakType == "":
				return h, t.Name, true
			case !isWeak && s.Lex.gatherings[t.Name]:
				return h, t.Name, true
			}
		}
		if weakType != "" {
			continue
		}
		if t.Name == "signing" {
			if h, ok := s.signingAt(body, toks, sr); ok {
				return h, t.Name, true
			}
		}
	}
	if weakType != "" {
		return weak, weakType, true
	}
	return token.Hit{}, "", false
}

// firstOpen is the first hit of type k that is not blocked: in the
// segment sr, else among hits (triggerHits of toks).
func (s eventStage) firstOpen(body string, toks []token.Tok, sr *segRead, hits [][]token.Hit, k int) (token.Hit, bool) {
	if sr != nil {
		if open := sr.openOf(k); len(open) > 0 {
			return open[0], true
		}
		return token.Hit{}, false
	}
	for _, h := range hits[k] {
		if !s.blocked(body, toks, h) {
			return h, true
		}
	}
	return token.Hit{}, false
}

// widerTrigger finds a trigger of another type that holds the words of
// h and more ("video conference" around "conference"): the longer
// phrase tells the event.
func (s eventStage) widerTrigger(body string, toks []token.Tok, h token.Hit) (token.Hit, string, bool) {
	if !s.Lex.wider.mayWiden(toks[h.From].Norm, h.To-h.From) {
		return token.Hit{}, "", false // no trigger holds its first word and more
	}
	lo := max(0, h.From-3)
	win := toks[lo:min(len(toks), h.To+3)]
	var buf [16]int
	at := s.Lex.triggers.Starts(win, buf[:0])
	for k := range s.Lex.Types {
		ps := &s.Lex.Types[k].Triggers
		next := 0
		for _, i := range at {
			// the hits of ps.AllAt(win, at), one at a time
			if i < next {
				continue
			}
			b := ps.LongestAt(win, i)
			if b < 0 {
				continue
			}
			n := len(ps.List[b].Words)
			next = i + n
			w := token.Hit{From: lo + i, To: lo + i + n, Start: win[i].Start, End: win[i+n-1].End, Phrase: ps.List[b].Raw}
			if w.From <= h.From && w.To >= h.To && n > h.To-h.From && !s.blocked(body, toks, w) {
				return w, s.Lex.Types[k].Name, true
			}
		}
	}
	return token.Hit{}, "", false
}

// blocked reports a trigger inside a not_after phrase ("in the event of"),
// governed by an obstruction verb ("delaying talks"), denied ("did not
// sign"), told as a kind ("such a meeting") or glued by a hyphen into an
// adjective ("UN-convened").
func (s eventStage) blocked(body string, toks []token.Tok, h token.Hit) bool {
	if h.Start > 0 && body[h.Start-1] == '-' {
		return true
	}
	if s.Lex.weak.HasRaw(h.Phrase) && s.Lex.metObjects.Has(toks[h.To:min(len(toks), h.To+4)]) {
		return true // "to meet the needs of": to satisfy, not to gather
	}
	if s.Lex.wish.Has(toks[max(0, h.From-5):h.From]) {
		return true // "we look forward to hosting a summit": a wish
	}
	if s.Lex.obstruction.Has(toks[max(0, h.From-3):h.From]) || s.Lex.negations.Has(toks[max(0, h.From-2):h.From]) ||
		s.Lex.nonSpecific.Has(toks[max(0, h.From-2):h.From]) {
		return true
	}
	for j := max(0, h.From-3); j <= h.From; j++ {
		// a not_after phrase at j reaching the trigger's end: the longest
		// one at j reaches furthest
		if k := s.Lex.notAfter.LongestAt(toks, j); k >= 0 && j+len(s.Lex.notAfter.List[k].Words) >= h.To {
			return true
		}
	}
	return false
}

// typeOfNoun maps the head noun of a coreferent phrase to an event type.
func (s eventStage) typeOfNoun(w string) string {
	for k := range s.Lex.Types {
		t := &s.Lex.Types[k]
		for _, p := range t.Triggers.List {
			if len(p.Words) == 1 && p.Words[0] == w {
				return t.Name
			}
		}
	}
	return "meeting"
}
