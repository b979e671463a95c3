package events

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// eventMention is one sentence's telling of an event.
type eventMention struct {
	typ          string
	sent         int
	date         string
	placeKey     string
	participants []string // node ids, in text order
	past         bool     // told as earlier than the document's event
	coref        bool     // "the summit", "the event": refers back
	attendance   bool     // only says who attends
	planned      bool     // a gathering still to come, not dated
	// promoted: a meeting told as a summit because an organisation takes
	// part; lowered: a gathering the sentence calls a conference or forum,
	// or one of ministers or officials (see eventAcc.finalType).
	promoted, lowered bool
	// named: the event is named by its place ("the Jeddah talks", "the
	// Beirut attack"): a specific occurrence even without a date or
	// parties.
	named bool
	// definite: the trigger has a definite article ("the signing
	// ceremony"): it may tell again an event of its type told before.
	definite bool
	// outcome: the trigger only names a text of the gathering ("the
	// summit declaration"): it joins an event, never starts one.
	outcome bool
	// sub tells kinds of "other" events apart: "decision", "onset", or ""
	// for a trigger noun ("ceremony"); mentions of different kinds are
	// different events.
	sub string
	// beside: an event held on the sidelines of a gathering, or that
	// gathering itself: never merged with the document's main gathering.
	beside bool
}

// mentionIn reads segment i for an event trigger or an attendance cue.
func (s eventStage) mentionIn(c *facts.Context, i int) (eventMention, bool) {
	start, end := c.SentSpan(i)
	sr := s.seg(c, i)
	return s.mentionInToks(c, i, start, end, sr.toks, sr)
}

// mentionInSpan reads the part [start, end) of segment i.
func (s eventStage) mentionInSpan(c *facts.Context, i, start, end int) (eventMention, bool) {
	return s.mentionInToks(c, i, start, end, token.Tokens(c.A.Body, start, end), nil)
}

// mentionInToks reads the part [start, end) of segment i from its words
// toks, some of which may be blanked out (see besideIn); sr is the
// segment read whole when toks are all its words, else nil.
func (s eventStage) mentionInToks(c *facts.Context, i, start, end int, toks []token.Tok, sr *segRead) (eventMention, bool) {
	m := eventMention{sent: i}
	var hit token.Hit
	var typ string
	var ok bool
	if sr != nil {
		hit, typ, ok = s.segTrigger(c.A.Body, sr)
	} else {
		hit, typ, ok = s.trigger(c.A.Body, toks)
	}
	// "the conference" refers back, unless the sentence tells another kind
	// of event of it ("the opening ceremony of the conference")
	if h, cok := s.firstOf(sr, segCoreferent, toks); cok && !s.blocked(c.A.Body, toks, h) && (!ok || s.Lex.gatherings[typ] || typ == "summit") {
		m.coref = true
		if !ok {
			hit, ok = h, true
			typ = s.typeOfNoun(toks[h.To-1].Norm)
		}
	}
	if ok && (s.Lex.gatherings[typ] || typ == "summit") && hit.To < len(toks) && s.Lex.outcomeNouns[toks[hit.To].Norm] {
		m.coref, m.outcome = true, true // "the summit declaration": the text of a summit told elsewhere
	}
	if !ok {
		if h, iok := s.impliedMeeting(c, i, toks, sr); iok {
			hit, typ, ok = h, "meeting", true
		}
	}
	if !ok {
		if !s.hasOf(sr, segAttendance, toks) {
			return m, false
		}
		m.attendance = true
		hit = token.Hit{Start: start, End: start}
	}
	m.typ = typ
	if s.Lex.arrivals.HasRaw(hit.Phrase) && !placeAt(c, hit.End, end) {
		return m, false // "as he arrived in France": an arrival counts at a place
	}
	for _, t := range toks[max(0, hit.From-2):hit.From] {
		m.definite = m.definite || t.Norm == "the" || t.Norm == "this"
	}
	cf, ct := token.Clause(c.A.Body, toks, hit.From, s.Lex.clauseOpeners)
	m.past = s.clauseHas(sr, segPast, toks, cf, ct)
	placed := false // a place naming the event or introduced by "in" or "at" wins
	var prev model.Mention
	var possessors []string // "the IMF's biggest debtor": parties only when too few others
	for _, mn := range s.mentionsIn(c, start, end) {
		if facts.IsActor(mn) && token.IsPossessiveAfter(c.A.Body, mn.End) {
			possessors = facts.AppendUnique(possessors, mn.Key)
		}
		switch {
		case mn.Kind == "country" && prev.Kind == "place" && strings.TrimSpace(c.A.Body[prev.End:mn.Start]) == ",":
			// "in Geneva, Switzerland": where the place is, not a party
		case mn.Form == "seat" && !placed && s.venuePrepBefore(c, start, mn.Start) && placeKeyNamed(c, mn.Text) != "":
			// "welcomed X to the White House": the seat as a venue, the
			// building the document names as a place
			m.placeKey, placed = placeKeyNamed(c, mn.Text), true
		case mn.Kind == "organization" && prev.Kind == "person" && officeOf(c.A.Body[prev.End:mn.Start]):
			// "President Anna Berg of the Harbour League": her office
		case facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End):
			// "Trump's son-in-law attended": the son-in-law, not Trump
			m.participants = facts.AppendUnique(m.participants, mn.Key)
		case mn.Kind == "place" && !placed:
			before := token.Tokens(c.A.Body, max(start, mn.Start-8), mn.Start)
			if len(before) > 0 && before[len(before)-1].Norm == "from" {
				break // where someone comes from, not where it happens
			}
			if len(before) > 0 && before[len(before)-1].Norm == "to" && typ != "visit" && typ != "" && hit.End > hit.Start && mn.Start > hit.End {
				break // "left the summit early to return to Washington": where one goes next
			}
			if hit.End > hit.Start && s.otherClauseBetween(c.A.Body, hit, mn) {
				break // "a deal made at a meeting will boost a plant in Derby": the place of another clause
			}
			if hit.End > hit.Start && namesEventAt(c.A.Body, mn.Start, mn.End, hit.Start) {
				// "the Jeddah talks", "a London conference": the event's name
				m.placeKey, placed, m.named = mn.Key, true, true
			} else if s.Lex.placePreps.EndsBeforeIndexed(before, len(before)) || len(before) > 0 && before[len(before)-1].Norm == "the" &&
				s.Lex.placePreps.EndsBeforeIndexed(before, len(before)-1) {
				m.placeKey, placed = mn.Key, true
			} else if m.placeKey == "" {
				m.placeKey = mn.Key
			}
		}
		prev = mn
	}
	if !m.named && hit.From > 0 && hit.End > hit.Start {
		if k := placeNamedBefore(c, toks, hit); k != "" {
			m.placeKey, m.named = k, true
		}
	}
	if c.Primary && len(toks) > 0 && toks[0].Norm == "we" {
		// the issuers' own voice: "We signed ...", "We met ..."
		for _, k := range c.Issuers {
			m.participants = facts.AppendUnique(m.participants, k)
		}
	}
	m.date = s.eventDate(c, start, end, hit.Start)
	if d, ok := s.dayOffsetDate(c, i, toks, sr, hit); ok {
		m.date = d
	}
	if m.date == "" {
		m.date = splitDatelineDate(c, i)
	}
	if m.date == "" && clockDated(c, start, end) {
		m.date = c.DocDate
	}
	if s.opening(c, i) && s.Lex.occasions[typ] {
		s.occasion(c, i, toks, hit, &m)
	}
	if ss, _ := c.SentSpan(i); len(m.participants) == 0 && (i > 0 || start > ss) && !m.attendance &&
		fxHasAny(toks, "two", "both", "leaders", "ministers", "presidents") {
		// "The two leaders met": the people of the sentence before, or of
		// the part before in the same sentence ("X met Y in Z and the two
		// leaders signed ...")
		ps, pe := ss, start
		if start == ss {
			ps, pe = c.SentSpan(i - 1)
		}
		for _, mn := range s.mentionsIn(c, ps, pe) {
			if mn.Kind == "person" {
				m.participants = facts.AppendUnique(m.participants, mn.Key)
			}
		}
		if len(m.participants) == 0 && fxHasAny(toks, "sides", "countries", "parties") {
			// "both sides met": the states or bodies of the sentence before
			for _, mn := range s.mentionsIn(c, ps, pe) {
				if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
					m.participants = facts.AppendUnique(m.participants, mn.Key)
				}
			}
		}
	}
	s.passiveSigners(c, i, end, toks, hit, &m)
	s.dropSayers(c, start, toks, hit, &m)
	borrowActors(c, i, start, end, &m)
	if m.attendance {
		return m, len(m.participants) > 0
	}
	if typ == "meeting" {
		below := s.hasOf(sr, segBelowSummit, toks)
		m.lowered = below || s.callsNoSummit(c.A.Body, toks, sr)
		if !below && hit.To > hit.From && s.seriesBefore(toks, hit.From) {
			m.typ, m.lowered = "summit", false // "the COP30 climate conference"
		}
	}
	if typ == "meeting" && !m.lowered {
		for _, p := range m.participants {
			if fxIsOrgKey(c, p) {
				m.typ, m.promoted = "summit", true
				break
			}
		}
	}
	if s.Lex.modalOnly[m.typ] && hit.From > 0 && hit.To > hit.From && s.Lex.modalBefore[toks[hit.From-1].Norm] {
		return m, false // "could visit Kyiv on Monday", "invited her to visit": no visit took place
	}
	if (s.Lex.needDate[m.typ] || s.Lex.datedTriggers.HasRaw(hit.Phrase)) && (m.date == "" && !m.named || s.hasOf(sr, segGeneric, toks)) {
		return m, false
	}
	if n := s.Lex.minParticipants[m.typ]; n > 1 && len(m.participants) < n && !m.coref {
		// "Argentina, the IMF's biggest debtor, was in talks": between
		// parties, the possessors named count as parties too
		for _, p := range possessors {
			m.participants = facts.AppendUnique(m.participants, p)
		}
	}
	if len(m.participants) < s.Lex.minParticipants[m.typ] && !m.coref && !m.named && !heldAt(hit, m) {
		return m, false
	}
	if ss, se := c.SentSpan(i); m.date == "" && !m.named && pastPeriodIn(c, ss, se) {
		return m, false // "after a meeting in February": background told by its month
	}
	if s.clauseHas(sr, segHabitual, toks, cf, ct) {
		return m, false // "held every three years": no one occurrence
	}
	if fxLongBefore(m.date, c.DocDate) {
		return m, false // background history
	}
	// a gathering still to come, not dated: told only when it is the one
	// the document is about (merging drops it otherwise)
	m.planned = m.date == "" && !m.coref && (s.plannedAt(toks, sr, hit) || s.leadPlans(c, i))
	return m, true
}

// otherClauseBetween reports a word opening or marking another clause
// (a modal verb, a relative pronoun, the "to" of an infinitive) between the trigger and the place
// mn, on either side: the place is where that clause's action is, not
// the event's.
func (s eventStage) otherClauseBetween(body string, hit token.Hit, mn model.Mention) bool {
	from, to := hit.End, mn.Start
	if mn.End <= hit.Start {
		from, to = mn.End, hit.Start
	}
	if to <= from {
		return false
	}
	toks := token.Tokens(body, from, to)
	for k, t := range toks {
		if s.Lex.otherClause[t.Norm] || t.Norm == "to" && k+1 < len(toks) && infinitiveAt(body, toks[k+1]) {
			return true
		}
	}
	return false
}

// infinitiveAt reports a word after "to" that makes it the mark of an
// infinitive ("to better meet", "to build"), not a preposition ("to the
// palace", "to Kyiv", "to 2030"): a lower-case word that opens no noun
// phrase.
func infinitiveAt(body string, t token.Tok) bool {
	r := body[t.Start]
	return r >= 'a' && r <= 'z' && !facts.Determiners[t.Norm] && !facts.ObjectDeterminers[t.Norm]
}

// heldAt reports talks told as held by one party named, at a stated day
// or place ("X held talks in Y on Thursday"): the other side is not
// named, but the talks took place.
func heldAt(hit token.Hit, m eventMention) bool {
	return m.typ == "talks" && len(m.participants) == 1 && (hit.Phrase == "held talks" || hit.Phrase == "hold talks") &&
		(m.date != "" || m.placeKey != "")
}
