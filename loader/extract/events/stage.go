package events

import (
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// EventStage finds the events a document narrates: a trigger word of the
// event lexicon gives the type; the sentence gives the date (a resolved
// day), the place and the participants. Sentences about the same event in
// one document become one event with all their evidence (see
// mergeEventMentions); its id is the cross-document key of eventID.
type EventStage struct {
	Lex  *eventLexicon
	memo *triggerMemo // per document, set by Apply (see triggerHits)
}

// NewStage builds the event stage from the event lexicon.
func NewStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := LoadEventLexicon(data)
	if err != nil {
		return nil, err
	}
	return EventStage{Lex: lex}, nil
}

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

// Apply finds event mentions sentence by sentence, then merges them.
func (s EventStage) Apply(a *model.Analysis) error {
	s = s.WithTriggerMemo()
	c := facts.NewContext(a)
	if c.DocDate != "" && unresolvedDates(a) {
		// the document date may have been inferred after the dates stage
		model.ResolveDates(a, c.DocDate)
	}
	var ms []eventMention
	sentDates := make(map[int][]model.DateMention) // the date mentions of each segment, read once
	for _, d := range a.Dates {
		sentDates[d.Sent] = append(sentDates[d.Sent], d)
	}
	for i, sent := range a.Sents {
		if sent.Kind == "heading" && !s.opening(c, i) && !s.leadsQuote(c, i) {
			continue
		}
		if o, ok := s.otherIn(c, i); ok {
			ms = append(ms, o)
		}
		if bs := s.besideIn(c, i); len(bs) > 0 {
			ms = append(ms, bs...)
			continue
		}
		if gs := s.gappedMeetings(c, i, sentDates[i]); len(gs) > 0 {
			ms = append(ms, gs...)
			continue
		}
		split, differ := s.splitMentions(c, i)
		if differ {
			ms = append(ms, split...)
		} else if m, ok := s.mentionIn(c, i); ok {
			ms = append(ms, m)
			if b, bok := s.beforeRelative(c, i, m); bok {
				ms = append(ms, b)
			} else if r, rok := s.relativeIn(c, i, m); rok {
				ms = append(ms, r)
			} else if sg, sok := s.signingIn(c, i, m); sok {
				ms = append(ms, sg)
			}
		} else {
			ms = append(ms, split...)
		}
	}
	s.datedByNextSentence(c, ms)
	for _, ev := range mergeEventMentions(c, s.Lex, ms) {
		if ev.Type != "summit" && ev.Date == nil && ev.Place == nil && len(ev.Participants) == 0 {
			continue // "X has gathered updates": no date, place or party tells an occurrence
		}
		if s.Lex.needPlace[ev.Type] && ev.Place == nil {
			continue // "while its forces are visiting the other country": a visit goes somewhere
		}
		a.Result.Events = append(a.Result.Events, ev)
	}
	return nil
}

// mentionIn reads segment i for an event trigger or an attendance cue.
func (s EventStage) mentionIn(c *facts.Context, i int) (eventMention, bool) {
	start, end := c.SentSpan(i)
	return s.mentionInSpan(c, i, start, end)
}

// mentionInSpan reads the part [start, end) of segment i.
func (s EventStage) mentionInSpan(c *facts.Context, i, start, end int) (eventMention, bool) {
	return s.mentionInToks(c, i, start, end, token.Tokens(c.A.Body, start, end))
}

// mentionInToks reads the part [start, end) of segment i from its words
// toks, some of which may be blanked out (see besideIn).
func (s EventStage) mentionInToks(c *facts.Context, i, start, end int, toks []token.Tok) (eventMention, bool) {
	m := eventMention{sent: i}
	hit, typ, ok := s.trigger(c.A.Body, toks)
	// "the conference" refers back, unless the sentence tells another kind
	// of event of it ("the opening ceremony of the conference")
	if h, cok := s.Lex.coreferent.First(toks); cok && !s.blocked(c.A.Body, toks, h) && (!ok || s.Lex.gatherings[typ] || typ == "summit") {
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
		if h, iok := s.impliedMeeting(c, i, toks); iok {
			hit, typ, ok = h, "meeting", true
		}
	}
	if !ok {
		if !s.Lex.attendance.Has(toks) {
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
	m.past = s.Lex.past.Has(toks[cf:ct])
	placed := false // a place naming the event or introduced by "in" or "at" wins
	var prev model.Mention
	var possessors []string // "the IMF's biggest debtor": parties only when too few others
	for _, mn := range c.MentionsIn(start, end) {
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
			} else if s.Lex.placePreps.EndsBefore(before, len(before)) || len(before) > 0 && before[len(before)-1].Norm == "the" &&
				s.Lex.placePreps.EndsBefore(before, len(before)-1) {
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
	if d, ok := s.dayOffsetDate(c, i, toks, hit); ok {
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
		for _, mn := range c.MentionsIn(ps, pe) {
			if mn.Kind == "person" {
				m.participants = facts.AppendUnique(m.participants, mn.Key)
			}
		}
		if len(m.participants) == 0 && fxHasAny(toks, "sides", "countries", "parties") {
			// "both sides met": the states or bodies of the sentence before
			for _, mn := range c.MentionsIn(ps, pe) {
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
		m.lowered = s.Lex.belowSummit.Has(toks) || s.callsNoSummit(c.A.Body, toks)
		if !s.Lex.belowSummit.Has(toks) && hit.To > hit.From && s.seriesBefore(toks, hit.From) {
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
	if (s.Lex.needDate[m.typ] || s.Lex.datedTriggers.HasRaw(hit.Phrase)) && (m.date == "" && !m.named || s.Lex.generic.Has(toks)) {
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
	if s.Lex.habitual.Has(toks[cf:ct]) {
		return m, false // "held every three years": no one occurrence
	}
	if fxLongBefore(m.date, c.DocDate) {
		return m, false // background history
	}
	// a gathering still to come, not dated: told only when it is the one
	// the document is about (merging drops it otherwise)
	m.planned = m.date == "" && !m.coref && (s.plannedAt(toks, hit) || s.leadPlans(c, i))
	return m, true
}

// otherClauseBetween reports a word opening or marking another clause
// (a modal verb, a relative pronoun, the "to" of an infinitive) between the trigger and the place
// mn, on either side: the place is where that clause's action is, not
// the event's.
func (s EventStage) otherClauseBetween(body string, hit token.Hit, mn model.Mention) bool {
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

// leadPlans reports a list item whose lead-in tells what is still to
// come ("To this end, we will:" before "- host a conference on ..."): its
// events are planned.
func (s EventStage) leadPlans(c *facts.Context, i int) bool {
	st := c.A.Sents[i]
	if st.Kind != "item" || st.Lead < 0 || st.Lead >= len(c.A.Sents) {
		return false
	}
	ls, le := c.SentSpan(st.Lead)
	lead := token.Tokens(c.A.Body, ls, le)
	if n := len(lead); n > 0 && (lead[n-1].Norm == "will" || lead[n-1].Norm == "shall" || lead[n-1].Norm == "to") {
		return true
	}
	return s.Lex.future.Has(lead)
}

// opening reports segment i among the opening segments of a primary
// text (its title, byline and date lines): the occasion the text is the
// record of is told there ("Remarks to the press", "Pre-summit press
// conference").
func (s EventStage) opening(c *facts.Context, i int) bool {
	return c.Primary && i < s.Lex.openingSegments
}

// occasion completes an event told in a primary text's opening segments:
// undated, it takes the document's date unless told relative to another
// one ("ahead of the summit"); its people include those of a byline
// segment right after ("by the Secretary General"); unplaced, it takes a
// place standing alone in a segment of the opening ("Lisbon, Freedonia").
func (s EventStage) occasion(c *facts.Context, i int, toks []token.Tok, hit token.Hit, m *eventMention) {
	if fxHasAny(toks[max(0, hit.From-3):hit.From], "ahead", "before") {
		return // "ahead of the summit": a later event
	}
	if m.date == "" {
		m.date = c.DocDate
	}
	if i+1 < len(c.A.Sents) {
		ns, ne := c.SentSpan(i + 1)
		if next := token.Tokens(c.A.Body, ns, ne); len(next) > 0 && next[0].Norm == "by" {
			for _, mn := range c.MentionsIn(ns, ne) {
				if mn.Kind == "person" {
					m.participants = facts.AppendUnique(m.participants, mn.Key)
				}
			}
		}
	}
	for j := 0; m.placeKey == "" && j < min(len(c.A.Sents), s.Lex.openingSegments+2); j++ {
		js, je := c.SentSpan(j)
		if ms := c.MentionsIn(js, je); len(ms) > 0 && ms[0].Kind == "place" && len(token.Tokens(c.A.Body, js, je)) <= 4 {
			m.placeKey = ms[0].Key
		}
	}
}

// officeOf reports the words between a person and an organisation that
// make the organisation the person's office (" of the ", ", head of ").
func officeOf(gap string) bool {
	g := strings.TrimSpace(strings.ToLower(gap))
	return g == "of" || g == "of the"
}

// seriesBefore reports the name of a summit series, alone or numbered
// ("g20", "cop29"), within the three words before toks[at].
func (s EventStage) seriesBefore(toks []token.Tok, at int) bool {
	for _, t := range toks[max(0, at-3):at] {
		w := strings.TrimRight(t.Norm, "0123456789")
		if s.Lex.summitSeries[t.Norm] || w != t.Norm && s.Lex.summitSeries[w] {
			return true
		}
	}
	return false
}

// callsNoSummit reports a not_summit noun ("conference", "forum") in the
// sentence, not as part of a press conference trigger.
func (s EventStage) callsNoSummit(body string, toks []token.Tok) bool {
	for h := range s.Lex.notSummit.Hits(toks) {
		if _, typ, ok := s.trigger(body, toks[max(0, h.From-2):h.To]); !ok || typ == "meeting" {
			return true
		}
	}
	return false
}

// plannedAt reports a future marker in the few words around the trigger
// ("their next meeting", "will meet again").
func (s EventStage) plannedAt(toks []token.Tok, hit token.Hit) bool {
	for h := range s.Lex.future.Hits(toks) {
		if h.To >= hit.From-3 && h.From <= hit.To+5 && hit.To > hit.From {
			return true
		}
	}
	return false
}

// impliedMeeting finds a decision taken at a stated place and date ("the
// ministers agreed in Oslo on Tuesday"): a meeting.
func (s EventStage) impliedMeeting(c *facts.Context, i int, toks []token.Tok) (token.Hit, bool) {
	h, ok := s.Lex.impliedMeeting.First(toks)
	if !ok {
		return token.Hit{}, false
	}
	start, end := c.SentSpan(i)
	if s.eventDate(c, start, end, h.Start) == "" {
		return token.Hit{}, false
	}
	for _, mn := range c.MentionsIn(start, end) {
		if mn.Kind != "place" {
			continue
		}
		before := token.Tokens(c.A.Body, max(start, mn.Start-8), mn.Start)
		if s.Lex.placePreps.EndsBefore(before, len(before)) {
			return h, true
		}
	}
	return token.Hit{}, false
}

// beforeRelative finds the event told before a relative marker whose
// clause refers back to the sentence's gathering ("X told a news
// conference after the summit"): the sentence's own event, read from the
// words before the marker.
func (s EventStage) beforeRelative(c *facts.Context, i int, first eventMention) (eventMention, bool) {
	if !first.coref || first.outcome {
		return eventMention{}, false
	}
	start, end := c.SentSpan(i)
	toks := token.Tokens(c.A.Body, start, end)
	for rel := range s.Lex.relative.Hits(toks) {
		if _, ok := s.Lex.coreferent.First(toks[rel.To:min(len(toks), rel.To+3)]); !ok {
			continue
		}
		if _, typ, ok := s.trigger(c.A.Body, toks[:rel.From]); ok && typ != first.typ {
			return s.mentionInSpan(c, i, start, rel.Start)
		}
	}
	return eventMention{}, false
}

// relativeIn finds a second event told relative to the sentence's event
// ("a press conference after meeting his counterpart", "signed the
// document after talks"): an event of another type right after a relative
// marker, with the sentence's persons.
func (s EventStage) relativeIn(c *facts.Context, i int, first eventMention) (eventMention, bool) {
	start, end := c.SentSpan(i)
	toks := token.Tokens(c.A.Body, start, end)
	for _, rel := range s.Lex.relative.All(toks) {
		hits := s.TriggerHits(toks)
		for k, t := range s.Lex.Types {
			if t.Name == first.typ {
				continue
			}
			for _, h := range hits[k] {
				if h.From != rel.To && !(h.From == rel.To+1 && facts.Determiners[toks[rel.To].Norm]) {
					continue
				}
				m := eventMention{sent: i, typ: t.Name}
				for _, p := range first.participants {
					if fxIsPersonKey(c, p) {
						m.participants = append(m.participants, p)
					}
				}
				if len(m.participants) < 2 {
					// "Ministers agreed in Oslo on Tuesday ..., X told a press
					// conference after the meeting": the body that decided met,
					// on the day and at the place the sentence gives
					if k, ok := s.impliedMeetingBody(c, start, toks); ok {
						m.participants, m.date, m.placeKey = []string{k}, first.date, first.placeKey
					}
				}
				if s.opening(c, i) && s.Lex.occasions[t.Name] && first.date == c.DocDate && first.date != "" {
					// "Remarks following a meeting with X" opening a transcript:
					// the meeting of that day and place, with the person named
					m.participants, m.date, m.placeKey = first.participants, first.date, first.placeKey
				} else if len(m.participants) < 1 || len(m.participants) < 2 && fxIsPersonKey(c, m.participants[0]) && s.Lex.minParticipants[t.Name] != 1 ||
					s.plannedAt(toks, h) {
					return m, false
				}
				if m.date == "" {
					// "due to speak today after arriving in Dubai yesterday":
					// the day and place the relative part gives
					m.date = s.eventDate(c, rel.Start, end, h.Start)
				}
				if m.placeKey == "" {
					m.placeKey = placeRightAfter(c, h.End, end)
				}
				return m, true
			}
		}
	}
	return eventMention{}, false
}

func fxIsPersonKey(c *facts.Context, key string) bool {
	for _, m := range c.A.Mentions {
		if m.Key == key {
			return m.Kind == "person"
		}
	}
	return false
}

func fxHasAny(toks []token.Tok, words ...string) bool {
	for _, w := range words {
		if facts.HasWord(toks, w) {
			return true
		}
	}
	return false
}

// pastPeriodIn reports a month or year named in [start, end) that ends
// before the document's month ("in February" in a May report).
func pastPeriodIn(c *facts.Context, start, end int) bool {
	if len(c.DocDate) < len("2006-01") {
		return false
	}
	for _, d := range c.A.Dates {
		if d.Start < start || d.End > end || d.Date != "" {
			continue
		}
		if p := d.Period; (len(p) == len("2006-01") && p[4] == '-' || len(p) == len("2006")) && p < c.DocDate[:len(p)] {
			return true
		}
	}
	return false
}

// splitDatelineDate is the day of a dateline told as sentences of its own
// before the lead ("ISTANBUL, June 2." "/AGENCY/."), for an event of the
// lead sentence that no date of its own dates: the fallback a dateline
// inside the lead gives (see eventDate).
func splitDatelineDate(c *facts.Context, lead int) string {
	if lead == 0 || lead > 3 {
		return ""
	}
	day := ""
	for j := 0; j < lead; j++ {
		start, end := c.SentSpan(j)
		if len(token.Tokens(c.A.Body, start, end)) > 6 {
			return ""
		}
		for _, d := range c.A.Dates {
			if d.Start >= start && d.End <= end && len(d.Date) == len("2006-01-02") {
				day = d.Date
			}
		}
	}
	return day
}

// unresolvedDates reports date mentions resolved to neither a day nor a
// period.
func unresolvedDates(a *model.Analysis) bool {
	for _, d := range a.Dates {
		if d.Date == "" && d.Period == "" {
			return true
		}
	}
	return false
}

// eventDate is the resolved day nearest the trigger, skipping days that
// date a saying ("said on Thursday that ...").
func (s EventStage) eventDate(c *facts.Context, start, end, near int) string {
	// The date of a wire dateline ("KYIV, Oct 22 (Agency) -") dates the
	// report, not the event: it counts only when no other date does.
	if body := facts.SkipDateline(c.A.Body, start, end); body > start {
		if d := s.eventDate(c, body, end, near); d != "" {
			return d
		}
	}
	best, bestDist := "", -1
	for _, d := range c.A.Dates {
		if d.Start < start || d.End > end || len(d.Date) != len("2006-01-02") {
			continue
		}
		before := token.Tokens(c.A.Body, max(start, d.Start-16), d.Start)
		n := len(before)
		if n > 0 && s.Lex.saying.EndsBefore(before, n) || n > 1 && s.Lex.saying.EndsBefore(before, n-1) {
			continue
		}
		dist := d.Start - near
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = d.Date, dist
		}
	}
	return best
}

// trigger returns the first trigger of the highest-priority type.
// A weak trigger (a verb such as "met") gives way to a gathering noun of
// a later type in the sentence ("negotiations in Geneva, where both sides
// met" are talks).
func (s EventStage) trigger(body string, toks []token.Tok) (token.Hit, string, bool) {
	var weak token.Hit
	weakType := ""
	hits := s.TriggerHits(toks)
	for k, t := range s.Lex.Types {
		for _, h := range hits[k] {
			if s.blocked(body, toks, h) {
				continue
			}
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
			break
		}
		if weakType != "" {
			continue
		}
		if t.Name == "signing" {
			if h, ok := s.signingAt(body, toks); ok {
				return h, t.Name, true
			}
		}
	}
	if weakType != "" {
		return weak, weakType, true
	}
	return token.Hit{}, "", false
}

// widerTrigger finds a trigger of another type that holds the words of
// h and more ("video conference" around "conference"): the longer
// phrase tells the event.
func (s EventStage) widerTrigger(body string, toks []token.Tok, h token.Hit) (token.Hit, string, bool) {
	for _, t := range s.Lex.Types {
		for _, w := range t.Triggers.All(toks[max(0, h.From-3):min(len(toks), h.To+3)]) {
			w.From, w.To = w.From+max(0, h.From-3), w.To+max(0, h.From-3)
			if w.From <= h.From && w.To >= h.To && w.To-w.From > h.To-h.From && !s.blocked(body, toks, w) {
				return w, t.Name, true
			}
		}
	}
	return token.Hit{}, "", false
}

// blocked reports a trigger inside a not_after phrase ("in the event of"),
// governed by an obstruction verb ("delaying talks"), denied ("did not
// sign"), told as a kind ("such a meeting") or glued by a hyphen into an
// adjective ("UN-convened").
func (s EventStage) blocked(body string, toks []token.Tok, h token.Hit) bool {
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
		for _, p := range s.Lex.notAfter.List {
			if p.MatchAt(toks, j) && j+len(p.Words) >= h.To {
				return true
			}
		}
	}
	return false
}

// typeOfNoun maps the head noun of a coreferent phrase to an event type.
func (s EventStage) typeOfNoun(w string) string {
	for _, t := range s.Lex.Types {
		for _, p := range t.Triggers.List {
			if len(p.Words) == 1 && p.Words[0] == w {
				return t.Name
			}
		}
	}
	return "meeting"
}

func fxIsOrgKey(c *facts.Context, key string) bool {
	for _, m := range c.A.Mentions {
		if m.Key == key {
			return m.Kind == "organization"
		}
	}
	return false
}

// fxLongBefore reports a day more than a year before the document date.
func fxLongBefore(day, docDate string) bool {
	if len(day) < 4 || len(docDate) < 4 {
		return false
	}
	dy, dd := atoi4(day[:4]), atoi4(docDate[:4])
	if dd-dy >= 2 {
		return true
	}
	return dd-dy == 1 && day[4:] < docDate[4:]
}

func atoi4(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// reportedTypes are the event types whose sayer is not a party: the one
// who speaks of an attack or a blast did not take part in it.
var reportedTypes = map[string]bool{"attack": true, "other": true}

// dropSayers removes from an attack or blast told in the words of a
// saying verb ("X said the decision was not linked to Monday's blast")
// the actors before the verb; not when the trigger is the verb's object
// ("told a news conference").
func (s EventStage) dropSayers(c *facts.Context, start int, toks []token.Tok, hit token.Hit, m *eventMention) {
	if !reportedTypes[m.typ] {
		return
	}
	var verb token.Hit
	found := false
	for h := range s.Lex.saying.Hits(toks[:hit.From]) {
		verb, found = h, true
	}
	if !found || hit.From <= verb.To+2 {
		return
	}
	sayers := map[string]bool{}
	for _, mn := range c.MentionsIn(start, verb.Start) {
		sayers[mn.Key] = true
	}
	for _, mn := range c.MentionsIn(verb.End, toks[len(toks)-1].End) {
		delete(sayers, mn.Key) // named again in the words: a party after all
	}
	kept := m.participants[:0]
	for _, p := range m.participants {
		if !sayers[p] {
			kept = append(kept, p)
		}
	}
	m.participants = kept
}

// impliedMeetingBody finds the organisation or country that opens a
// sentence with a decision ("NATO defence ministers agreed ..."), the
// body of a meeting the sentence refers to.
func (s EventStage) impliedMeetingBody(c *facts.Context, start int, toks []token.Tok) (string, bool) {
	h, ok := s.Lex.impliedMeeting.First(toks)
	if !ok {
		return "", false
	}
	for _, mn := range c.MentionsIn(start, h.Start) {
		if facts.IsActor(mn) && mn.Kind != "person" {
			return mn.Key, true
		}
	}
	return "", false
}
