package events

import "github.com/kg-project/kg/loader/extract/token"

// The phrase lists read over whole segments, by index into
// eventLexicon.segLists; the trigger list of event type k is
// segTypes+k. Those read in every segment (segEager) are matched
// together in one pass over its words when it is first read; the others
// are read only in the segments that tell an event, and matched
// together in one pass when one of them is first asked for (see
// eventStage.listOf).
const (
	segOnsetSubjects = iota
	segDecisions
	segSidelines
	segSignVerbs
	segCoreferent
	segImplied
	segAttendance
	segRelativeDays // read for every trigger (dayOffsetDate)
	segPast         // read for every trigger, in its clause (see clauseHas)
	segRelative     // the first of those read in event segments only
	segFuture
	segBelowSummit
	segNotSummit
	segGeneric
	segHabitual
	segTypes
)

// segEager reports a list read in every segment.
func segEager(l int) bool { return l < segRelative || l >= segTypes }

// segLocal is the place of list l among the lists of its index: the
// eager lists in order, else the others in order.
func segLocal(l int) int {
	switch {
	case l < segRelative:
		return l
	case l >= segTypes:
		return l - (segTypes - segRelative)
	}
	return l - segRelative
}

// maxSegLists bounds len(segLists): the event types with the lists
// above (LoadEventLexicon refuses more types).
const maxSegLists = 32

// joinSegLists sets lex.segLists and the indexes of its lists, once
// they are compiled: the lists above, then the types' triggers.
func (lex *eventLexicon) joinSegLists() {
	lex.segLists = []*token.Phrases{&lex.onsetSubjects, &lex.decisions, &lex.sidelines, &lex.signVerbs,
		&lex.coreferent, &lex.impliedMeeting, &lex.attendance, &lex.relativeDays, &lex.past, &lex.relative, &lex.future,
		&lex.belowSummit, &lex.notSummit, &lex.generic, &lex.habitual}
	for k := range lex.Types {
		lex.segLists = append(lex.segLists, &lex.Types[k].Triggers)
	}
	var eager, lazy []*token.Phrases
	for l, ps := range lex.segLists {
		if segEager(l) {
			eager = append(eager, ps)
		} else {
			lazy = append(lazy, ps)
		}
	}
	lex.eagerLists, lex.lazyLists = newSegIndex(eager), newSegIndex(lazy)
}
