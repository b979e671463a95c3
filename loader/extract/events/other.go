package events

import "github.com/kg-project/kg/loader/extract/token"
import "github.com/kg-project/kg/loader/extract/facts"

// Events of type "other" told by a clause rather than a trigger noun: a
// body's decision at a stated date or place ("the Council adopted ... on
// 14 May", "a budget agreed by Freedonia ... at the talks in Lisbon") and
// a ceasefire taking effect on a stated day.

// otherIn finds the decision or onset told in segment i, if any. A
// decision told in a summit's sentence is that summit's outcome ("the
// leaders adopted three documents at their summit"); one in a clause
// opened by a relative marker ("after the ministry approved ...") is
// background to the sentence's event.
func (s eventStage) otherIn(c *facts.Context, i int) (eventMention, bool) {
	start, end := c.SentSpan(i)
	sr := s.seg(c, i)
	toks := sr.toks
	if m, ok := s.onsetIn(c, i, sr); ok {
		return m, true
	}
	if _, typ, ok := s.segTrigger(c.A.Body, sr); ok && typ == "summit" {
		return eventMention{}, false
	}
	for _, h := range s.listOf(sr, segDecisions) {
		if s.Lex.relative.Has(toks[max(0, h.From-4):h.From]) {
			continue
		}
		if s.blocked(c.A.Body, toks, h) || h.From > 0 && (s.Lex.modalBefore[toks[h.From-1].Norm]) {
			continue
		}
		m := eventMention{sent: i, typ: "other", sub: "decision", date: s.eventDate(c, start, end, h.Start)}
		cf, ct := token.Clause(c.A.Body, toks, h.From, s.Lex.clauseOpeners)
		if s.clauseHas(sr, segPast, toks, cf, ct) && m.date == "" || s.clauseHas(sr, segGeneric, toks, cf, ct) {
			continue // an earlier decision counts only when dated
		}
		passive := h.From > 0 && s.Lex.passiveAux[toks[h.From-1].Norm]
		agentFrom, agentTo := toks[cf].Start, h.Start
		if last := h.To - 1; toks[last].Norm == "by" || h.To < len(toks) && toks[h.To].Norm == "by" {
			// "agreed by A, B and C at ...": the agents after "by"
			k := h.To
			if toks[last].Norm != "by" {
				k++
			}
			agentFrom, agentTo = toks[min(k, len(toks)-1)].Start, toks[ct-1].End
			for j := k; j < ct; j++ {
				if w := toks[j].Norm; w == "at" || w == "in" || w == "on" || w == "during" {
					agentTo = toks[j].Start
					break
				}
			}
		} else if passive {
			agentFrom, agentTo = h.Start, h.Start // "was approved": no agent named
		}
		for _, mn := range s.mentionsIn(c, agentFrom, agentTo) {
			if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
				m.participants = facts.AppendUnique(m.participants, mn.Key)
			}
		}
		m.placeKey = s.venueIn(c, start, end)
		if m.date == "" && m.placeKey == "" {
			continue // "Freedonia approved the plan": a stance, not an occurrence told
		}
		if fxLongBefore(m.date, c.DocDate) {
			continue
		}
		return m, true
	}
	return eventMention{}, false
}

// onsetIn finds a ceasefire said to take effect on a stated day ("the
// truce between A and B began on Wednesday").
func (s eventStage) onsetIn(c *facts.Context, i int, sr *segRead) (eventMention, bool) {
	start, end := c.SentSpan(i)
	toks := sr.toks
	for _, subj := range s.listOf(sr, segOnsetSubjects) {
		for v := range s.Lex.onsetVerbs.Hits(toks[subj.To:min(len(toks), subj.To+9)]) {
			at := toks[subj.To+v.From]
			if subj.To+v.From > 0 && s.Lex.modalBefore[toks[subj.To+v.From-1].Norm] {
				continue
			}
			m := eventMention{sent: i, typ: "other", sub: "onset", date: s.eventDate(c, start, end, at.Start)}
			if m.date == "" || fxLongBefore(m.date, c.DocDate) {
				return eventMention{}, false
			}
			for _, mn := range s.mentionsIn(c, subj.Start, at.Start) {
				if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
					m.participants = facts.AppendUnique(m.participants, mn.Key)
				}
			}
			return m, true
		}
	}
	return eventMention{}, false
}

// venueIn is the first place of [start, end) introduced by a place
// preposition ("in Lisbon", "at the Old Palace").
func (s eventStage) venueIn(c *facts.Context, start, end int) string {
	for _, mn := range s.mentionsIn(c, start, end) {
		if mn.Kind != "place" {
			continue
		}
		before := token.Tokens(c.A.Body, max(start, mn.Start-8), mn.Start)
		n := len(before)
		if s.Lex.placePreps.EndsBeforeIndexed(before, n) || n > 0 && before[n-1].Norm == "the" && s.Lex.placePreps.EndsBeforeIndexed(before, n-1) {
			return mn.Key
		}
	}
	return ""
}
