package extract

// Events of type "other" told by a clause rather than a trigger noun: a
// body's decision at a stated date or place ("the Council adopted ... on
// 14 May", "a budget agreed by Freedonia ... at the talks in Lisbon") and
// a ceasefire taking effect on a stated day.

// otherIn finds the decision or onset told in segment i, if any. A
// decision told in a summit's sentence is that summit's outcome ("the
// leaders adopted three documents at their summit"); one in a clause
// opened by a relative marker ("after the ministry approved ...") is
// background to the sentence's event.
func (s eventStage) otherIn(c *factContext, i int) (eventMention, bool) {
	start, end := c.sentSpan(i)
	toks := fxTokens(c.a.Body, start, end)
	if m, ok := s.onsetIn(c, i, toks); ok {
		return m, true
	}
	if _, typ, ok := s.trigger(c.a.Body, toks); ok && typ == "summit" {
		return eventMention{}, false
	}
	for h := range s.lex.decisions.hits(toks) {
		if s.lex.relative.has(toks[max(0, h.from-4):h.from]) {
			continue
		}
		if s.blocked(c.a.Body, toks, h) || h.from > 0 && (s.lex.modalBefore[toks[h.from-1].w]) {
			continue
		}
		m := eventMention{sent: i, typ: "other", sub: "decision", date: s.eventDate(c, start, end, h.start)}
		cf, ct := fxClause(c.a.Body, toks, h.from, s.lex.clauseOpeners)
		if s.lex.past.has(toks[cf:ct]) && m.date == "" || s.lex.generic.has(toks[cf:ct]) {
			continue // an earlier decision counts only when dated
		}
		passive := h.from > 0 && s.lex.passiveAux[toks[h.from-1].w]
		agentFrom, agentTo := toks[cf].start, h.start
		if last := h.to - 1; toks[last].w == "by" || h.to < len(toks) && toks[h.to].w == "by" {
			// "agreed by A, B and C at ...": the agents after "by"
			k := h.to
			if toks[last].w != "by" {
				k++
			}
			agentFrom, agentTo = toks[min(k, len(toks)-1)].start, toks[ct-1].end
			for j := k; j < ct; j++ {
				if w := toks[j].w; w == "at" || w == "in" || w == "on" || w == "during" {
					agentTo = toks[j].start
					break
				}
			}
		} else if passive {
			agentFrom, agentTo = h.start, h.start // "was approved": no agent named
		}
		for _, mn := range c.mentionsIn(agentFrom, agentTo) {
			if isActor(mn) && !isPossessiveAfter(c.a.Body, mn.End) {
				m.participants = appendUnique(m.participants, mn.Key)
			}
		}
		m.placeKey = s.venueIn(c, start, end)
		if m.date == "" && m.placeKey == "" {
			continue // "Freedonia approved the plan": a stance, not an occurrence told
		}
		if fxLongBefore(m.date, c.docDate) {
			continue
		}
		return m, true
	}
	return eventMention{}, false
}

// onsetIn finds a ceasefire said to take effect on a stated day ("the
// truce between A and B began on Wednesday").
func (s eventStage) onsetIn(c *factContext, i int, toks []fxTok) (eventMention, bool) {
	start, end := c.sentSpan(i)
	for subj := range s.lex.onsetSubjects.hits(toks) {
		for v := range s.lex.onsetVerbs.hits(toks[subj.to:min(len(toks), subj.to+9)]) {
			at := toks[subj.to+v.from]
			if subj.to+v.from > 0 && s.lex.modalBefore[toks[subj.to+v.from-1].w] {
				continue
			}
			m := eventMention{sent: i, typ: "other", sub: "onset", date: s.eventDate(c, start, end, at.start)}
			if m.date == "" || fxLongBefore(m.date, c.docDate) {
				return eventMention{}, false
			}
			for _, mn := range c.mentionsIn(subj.start, at.start) {
				if isActor(mn) && !isPossessiveAfter(c.a.Body, mn.End) {
					m.participants = appendUnique(m.participants, mn.Key)
				}
			}
			return m, true
		}
	}
	return eventMention{}, false
}

// venueIn is the first place of [start, end) introduced by a place
// preposition ("in Lisbon", "at the Old Palace").
func (s eventStage) venueIn(c *factContext, start, end int) string {
	for _, mn := range c.mentionsIn(start, end) {
		if mn.Kind != "place" {
			continue
		}
		before := fxTokens(c.a.Body, max(start, mn.Start-8), mn.Start)
		n := len(before)
		if s.lex.placePreps.endsBefore(before, n) || n > 0 && before[n-1].w == "the" && s.lex.placePreps.endsBefore(before, n-1) {
			return mn.Key
		}
	}
	return ""
}
