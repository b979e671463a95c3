package events

import (
	"slices"
	"time"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// eventAcc gathers the mentions of one event.
type eventAcc struct {
	typ          string
	date         string
	placeKey     string
	participants []string
	sents        []int
	past         bool
	// literal: a mention calls it a summit; lowered: a mention calls it
	// a conference or a meeting of ministers (see finalType).
	literal, lowered bool
	sub              string // the kind of an "other" event (eventMention.sub)
}

// mergeEventMentions turns one document's event mentions into events.
// Rules, in order:
//   - the first summit not told as earlier is the document's anchor; every
//     gathering (summit, meeting, talks) not told as earlier, and every
//     coreferent noun ("the meeting", "the event"), joins it when its date
//     and place do not contradict the anchor's (a coreferent noun always
//     joins);
//   - an attendance sentence ("X will also be present") adds its actors to
//     the anchor, else to the last gathering told;
//   - any other mention joins an earlier event of the same type with a
//     compatible date and place and a shared participant (or none given);
//     otherwise it is a new event.
//
// A summit's participants include the organisation the document is about
// when one of the summit's sentences names it.
func mergeEventMentions(c *facts.Context, lex *eventLexicon, ms []eventMention) []model.Event {
	var accs []*eventAcc
	var anchor *eventAcc
	anchorIdx := -1
	for k, m := range ms {
		if m.typ == "summit" && !m.past && !m.attendance && !m.outcome && !m.beside {
			anchor = newEventAcc(m)
			accs = append(accs, anchor)
			anchorIdx = k
			break
		}
	}
	var lastGathering *eventAcc
	lastSummit := anchor // the summit told last: "the summit" refers to it
	for k, m := range ms {
		if k == anchorIdx {
			lastGathering = anchor
			continue
		}
		var target *eventAcc
		switch {
		case m.coref && m.typ == "summit" && !m.past && lastSummit != nil && lastSummit != anchor:
			target = lastSummit // "after the G7 summit, leaders flew to the NATO summit ... after the summit"
		case m.beside:
			// held beside the gathering, or the gathering others are held
			// beside: an event of its own
		case m.attendance:
			target = lastGathering
			if anchor != nil {
				target = anchor
			}
			if target == nil {
				continue
			}
		case lex.gatherings[m.typ] && anchor != nil && (m.coref || !m.past && compatibleEvent(anchor, m)):
			target = anchor
		case m.coref && lastGathering != nil:
			target = lastGathering
		default:
			best := -1 // the event sharing the most participants, the last on a tie
			for _, acc := range accs {
				if acc.typ == m.typ && acc.sub == m.sub && compatibleEvent(acc, m) &&
					(acc.past == m.past && shareParticipant(c, acc, m) || completes(c, acc, m)) {
					if n := sharedCount(acc, m); n >= best {
						target, best = acc, n
					}
				}
			}
			if target == nil {
				target = sameGathering(lex, accs, m)
			}
			if target == nil {
				target = samePlaceAndDay(accs, m)
			}
			if target == nil && m.definite && !lex.gatherings[m.typ] && m.typ != "summit" {
				// "The signing ceremony was attended by ...": the signing told
				// before, when day and place agree
				for _, acc := range accs {
					if acc.typ == m.typ && acc.sub == m.sub && !acc.past && !m.past && compatibleEvent(acc, m) {
						target = acc
					}
				}
			}
		}
		if target == nil && (m.planned || m.outcome) {
			continue // a planned gathering that is not the document's event
		}
		if target == nil && m.coref && !lex.gatherings[m.typ] && m.typ != "" {
			// a coreferent noun of another type may start an event
		} else if target == nil && m.coref {
			continue // "the talks" with nothing told before to refer to
		}
		if target == nil {
			target = newEventAcc(m)
			accs = append(accs, target)
		} else {
			target.add(m)
		}
		if lex.gatherings[target.typ] && !target.past && !m.beside {
			lastGathering = target
		}
		if target.typ == "summit" && !target.past && !m.beside && !m.outcome {
			lastSummit = target
		}
	}
	datedByVisit(c, accs)
	placedByDateline(c, accs)
	out := make([]model.Event, 0, len(accs))
	for _, acc := range accs {
		if acc.typ == "summit" && !acc.literal && !hasAny(lex.summitBodies, acc.participants) {
			acc.lowered = true // promoted by an organisation that holds no summits
		}
		if acc.typ == "summit" && c.Principal != "" && mentionedIn(c, c.Principal, acc.sents) {
			acc.participants = append([]string{c.Principal}, acc.participants...)
			acc.participants = facts.Dedupe(acc.participants)
		}
		out = append(out, acc.event(c))
	}
	return out
}

// hasAny reports a key of list in set.
func hasAny(set map[string]bool, list []string) bool {
	for _, k := range list {
		if set[k] {
			return true
		}
	}
	return false
}

func newEventAcc(m eventMention) *eventAcc {
	acc := &eventAcc{typ: m.typ, date: m.date, placeKey: m.placeKey, past: m.past, sents: []int{m.sent}, sub: m.sub}
	acc.add(m)
	acc.sents = acc.sents[:1]
	return acc
}

// finalType is the event's type once all its mentions are in: a
// gathering made a summit only because an organisation takes part is a
// meeting when one of its mentions calls it a conference or a meeting of
// ministers, and no mention calls it a summit.
func (acc *eventAcc) finalType() string {
	if acc.typ == "summit" && !acc.literal && acc.lowered {
		return "meeting"
	}
	return acc.typ
}

func (acc *eventAcc) add(m eventMention) {
	acc.literal = acc.literal || m.typ == "summit" && !m.promoted && !m.attendance
	acc.lowered = acc.lowered || m.lowered
	for _, p := range m.participants {
		acc.participants = facts.AppendUnique(acc.participants, p)
	}
	if acc.date == "" {
		acc.date = m.date
	}
	if acc.placeKey == "" {
		acc.placeKey = m.placeKey
	}
	acc.sents = append(acc.sents, m.sent)
}

// sharedCount is the number of participants of m the event has.
func sharedCount(acc *eventAcc, m eventMention) int {
	n := 0
	for _, p := range m.participants {
		if fxHasString(acc.participants, p) {
			n++
		}
	}
	return n
}

// completes reports a mention that tells an event again with what it
// lacked, whether or not either is told as earlier: one of the two is
// dated and the other placed, and they share a person ("X met Y in
// Alaska ..." and "after meeting Y on Friday").
func completes(c *facts.Context, acc *eventAcc, m eventMention) bool {
	if !(acc.date == "" && m.date != "" && acc.placeKey != "" && m.placeKey == "" ||
		acc.date != "" && m.date == "" && acc.placeKey == "" && m.placeKey != "") {
		return false
	}
	for _, p := range m.participants {
		for _, q := range acc.participants {
			if p == q && fxIsPersonKey(c, p) {
				return true
			}
		}
	}
	return false
}

func compatibleEvent(acc *eventAcc, m eventMention) bool {
	if acc.date != "" && m.date != "" && acc.date != m.date {
		return false
	}
	return acc.placeKey == "" || m.placeKey == "" || acc.placeKey == m.placeKey
}

// shareParticipant reports a participant the event and the mention have
// in common, a person counting as the state whose office they hold (a
// signing "by France" and one "by President Macron").
func shareParticipant(c *facts.Context, acc *eventAcc, m eventMention) bool {
	if len(acc.participants) == 0 || len(m.participants) == 0 {
		return true
	}
	same := func(p, q string) bool {
		return p == q || c.CountryOf(p) == q || c.CountryOf(q) == p
	}
	for _, p := range m.participants {
		for _, q := range acc.participants {
			if same(p, q) {
				return true
			}
		}
	}
	return false
}

// event renders the accumulated mentions as a Result event.
func (acc *eventAcc) event(c *facts.Context) model.Event {
	typ := acc.finalType()
	ev := model.Event{Type: typ, Date: facts.StrPtr(acc.date), PlaceID: acc.placeKey,
		Participants: []string{}, ParticipantIDs: []string{}}
	if acc.placeKey != "" {
		ev.Place = facts.StrPtr(c.Name(acc.placeKey))
	}
	for _, p := range acc.participants {
		ev.ParticipantIDs = append(ev.ParticipantIDs, p)
		ev.Participants = append(ev.Participants, c.Name(p))
	}
	for _, i := range dedupeInts(acc.sents) {
		start, end := c.SentSpan(i)
		start, end = token.TrimSpan(c.A.Body, start, end)
		ev.Evidence = append(ev.Evidence, c.A.Span(start, end))
	}
	ev.ID = model.EventID(typ, acc.date, acc.placeKey, acc.participants)
	return ev
}

// dedupeInts is xs without repeats, in the order of first occurrence
// (an event has few sentences: a linear search, no set).
func dedupeInts(xs []int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// mentionedIn reports a mention of key in one of the sentences sents.
func mentionedIn(c *facts.Context, key string, sents []int) bool {
	for _, i := range sents {
		start, end := c.SentSpan(i)
		for _, m := range c.MentionsIn(start, end) {
			if m.Key == key {
				return true
			}
		}
	}
	return false
}

// sameGathering finds the meeting or talks at the same place, on a
// compatible day, that a mention of the other of the two kinds tells
// again ("long talks in Ohrid" and "the Ohrid meeting"); the event is
// then a meeting, the more specific word.
func sameGathering(lex *eventLexicon, accs []*eventAcc, m eventMention) *eventAcc {
	pair := func(typ string) bool { return typ == "meeting" || typ == "talks" }
	if !pair(m.typ) || m.placeKey == "" {
		return nil
	}
	for _, acc := range accs {
		if pair(acc.typ) && acc.typ != m.typ && acc.past == m.past && acc.placeKey == m.placeKey && compatibleEvent(acc, m) {
			acc.typ = "meeting"
			return acc
		}
	}
	return nil
}

// samePlaceAndDay is the event of m's type and kind told before at the
// same named place on the same day (or both undated), whoever the two
// mentions name ("the US could not pledge at a conference in Bonn on
// Thursday" and "a conference in Bonn on Thursday saw Japan add cash"):
// one occasion told twice. Nil when none or when two such events are
// told.
func samePlaceAndDay(accs []*eventAcc, m eventMention) *eventAcc {
	if m.placeKey == "" {
		return nil
	}
	var found *eventAcc
	for _, acc := range accs {
		if acc.typ == m.typ && acc.sub == m.sub && acc.past == m.past && acc.placeKey == m.placeKey && acc.date == m.date {
			if found != nil {
				return nil
			}
			found = acc
		}
	}
	return found
}

// duringVisit are the event types datedByVisit dates.
var duringVisit = map[string]bool{"meeting": true, "talks": true, "signing": true, "press conference": true}

// datedByVisit dates the undated events told during a visit: when a
// document tells one dated visit, an undated meeting, talks, signing or
// press conference told after it with one of its people took place on
// its day ("X welcomed Y on 18 May ... X and Y held a meeting in the
// Oval Office").
func datedByVisit(c *facts.Context, accs []*eventAcc) {
	var visit *eventAcc
	for _, acc := range accs {
		if acc.typ == "visit" && acc.date != "" && !acc.past {
			if visit != nil {
				return // two visits: which one is unclear
			}
			visit = acc
		}
	}
	if visit == nil {
		return
	}
	for _, acc := range accs {
		if acc == visit || acc.date != "" || acc.past || !duringVisit[acc.typ] || acc.sents[0] < visit.sents[0] {
			continue
		}
		shared := false
		for _, p := range acc.participants {
			for _, q := range visit.participants {
				shared = shared || p == q && fxIsPersonKey(c, p)
			}
		}
		if shared {
			acc.date = visit.date
		}
	}
}

// placedByDateline places an unplaced press conference of a datelined
// report at the dateline's place when it is dated the report's day or
// the day before ("OHRID, 19 March — ... Borrell told a news conference
// late on Saturday"): the reporter was there.
func placedByDateline(c *facts.Context, accs []*eventAcc) {
	unplaced := false
	for _, acc := range accs {
		unplaced = unplaced || acc.typ == "press conference" && acc.placeKey == ""
	}
	if !unplaced {
		return // none to place: the dateline is not read
	}
	place := facts.DatelinePlace(c)
	if place == "" || len(c.DocDate) != len("2006-01-02") {
		return
	}
	doc, err := time.Parse("2006-01-02", c.DocDate)
	if err != nil {
		return
	}
	before := doc.AddDate(0, 0, -1).Format("2006-01-02")
	for _, acc := range accs {
		if acc.typ == "press conference" && acc.placeKey == "" && (acc.date == c.DocDate || acc.date == before) {
			acc.placeKey = place
		}
	}
}
