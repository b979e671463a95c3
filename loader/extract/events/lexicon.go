package events

import (
	"fmt"
	"io/fs"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/token"
)

// EventLexiconPath is the event lexicon inside the data FS.
const EventLexiconPath = "lexicon/events.yaml"

// eventLexicon is events.yaml compiled for matching.
type eventLexicon struct {
	Types []eventType
	// triggers is the union of the types' triggers: the words where one of
	// them may start (see triggerHits, widerTrigger).
	triggers   token.Phrases
	wider      *widerIndex // of triggers (see widerTrigger)
	gatherings map[string]bool
	coreferent token.Phrases
	notAfter   token.Phrases
	attendance token.Phrases
	past       token.Phrases
	generic    token.Phrases
	needDate   map[string]bool
	// otherClause: words between a trigger and a place that put the
	// place in another clause.
	otherClause map[string]bool
	// modalOnly: event types that a modal_before word right before the
	// trigger makes unreal, dated or not.
	modalOnly map[string]bool
	// needPlace: event types told as an occurrence only with a place.
	needPlace       map[string]bool
	minParticipants map[string]int
	saying          token.Phrases
	placePreps      token.Phrases
	// signVerbs + signObjects: a signing; belowSummit: a gathering of
	// ministers or officials, not a summit; impliedMeeting: decisions
	// taken at a stated place and date; relative: a second event told
	// relative to the first; future: a planned gathering.
	signVerbs, signObjects, belowSummit token.Phrases
	// notSummit: nouns naming a gathering that is a meeting even when an
	// organisation takes part ("conference", "forum").
	notSummit token.Phrases
	// habitual: a gathering told as recurring, not as one occurrence.
	habitual token.Phrases
	// weak: triggers that give way to a gathering noun of a later type.
	weak token.Phrases
	// metObjects after a weak verb make it "satisfy" ("meet the needs");
	// wish before a trigger makes it a hope ("look forward to hosting").
	metObjects, wish                 token.Phrases
	impliedMeeting, relative, future token.Phrases
	// obstruction: a verb that makes the event it governs a topic, not
	// an occurrence ("delaying talks"); clauseOpeners: words that open a
	// new clause after a comma, so that markers of one clause do not
	// reach a trigger in the other.
	obstruction, clauseOpeners token.Phrases
	// negations right before a trigger deny the event ("did not sign");
	// nonSpecific ones make it a kind, not an occurrence ("such a
	// meeting", "any talks").
	negations, nonSpecific token.Phrases
	// sidelines: a phrase after which a trigger names the gathering
	// another event is held beside ("talks on the sidelines of the
	// summit").
	sidelines token.Phrases
	// datedTriggers tell an occurrence only when dated, like the types
	// of needDate ("Monday's blast").
	datedTriggers token.Phrases
	// summitSeries: names of summit series ("cop", "g20"), alone or
	// numbered ("cop29"), that make a meeting noun after them a summit.
	summitSeries map[string]bool
	// summitBodies: organisations whose gatherings are summits even when
	// the text does not call them so.
	summitBodies map[string]bool
	otherLexicon
	// occasions: event types a primary text can be the record of, told
	// in its first openingSegments segments.
	// partOpeners open the part of a sentence that tells its next
	// event (see partBound).
	partOpeners map[string]bool
	// outcomeNouns after a gathering noun make it a modifier naming a
	// text of that gathering ("the summit declaration").
	// signatories opening the sentence after a signing name its signers.
	signatories map[string]bool
	// dayCounts: number words of a day offset ("a day after").
	dayCounts map[string]int
	// dayShifts: the direction of "later" and "earlier" after a count of
	// days; relativeDays: phrases of a day from the day told before ("the
	// next day"), relativeDayShift their shifts.
	dayShifts map[string]int
	// backReferences open a sentence referring back to the one before.
	backReferences   map[string]bool
	relativeDays     token.Phrases
	relativeDayShift map[string]int
	// arrivals: visit triggers that count only before a place.
	arrivals        token.Phrases
	outcomeNouns    map[string]bool
	occasions       map[string]bool
	openingSegments int
	// segLists are the lists read over whole segments (see seglists.go),
	// indexed together: those read in every segment, and the others.
	segLists              []*token.Phrases
	eagerLists, lazyLists *segIndex
}

// otherLexicon: decisions and ceasefire onsets, events of type "other"
// told by a clause (see event_other.go).
type otherLexicon struct {
	decisions, onsetSubjects, onsetVerbs token.Phrases
	// modalBefore: a word before the verb that makes it unreal or future
	// ("will approve", "to adopt"); passiveAux: "was approved".
	modalBefore, passiveAux map[string]bool
}

type eventType struct {
	Name     string
	Triggers token.Phrases
}

// LoadEventLexicon reads the event lexicon (EventLexiconPath) from data.
func LoadEventLexicon(data fs.FS) (*eventLexicon, error) {
	var f lexicon.EventFile
	if err := lexicon.Read(data, EventLexiconPath, &f); err != nil {
		return nil, err
	}
	lists := map[string][]string{"coreferent": f.Coreferent, "not_after": f.NotAfter,
		"attendance": f.Attendance, "past_markers": f.PastMarkers, "generic_markers": f.GenericMarkers,
		"saying_verbs": f.SayingVerbs, "place_prepositions": f.PlacePreps, "sign_verbs": f.SignVerbs,
		"sign_objects": f.SignObjects, "below_summit": f.BelowSummit, "not_summit": f.NotSummit, "habitual": f.Habitual, "weak_triggers": f.WeakTriggers, "met_objects": f.MetObjects, "wish": f.Wish, "implied_meeting": f.ImpliedMeeting,
		"relative_markers": f.RelativeMarkers, "future_markers": f.FutureMarkers,
		"obstruction": f.Obstruction, "clause_openers": f.ClauseOpeners, "negations": f.Negations,
		"non_specific": f.NonSpecific, "sidelines": f.Sidelines, "dated_triggers": f.DatedTriggers}
	var all []string
	seenType := map[string]bool{}
	for _, t := range f.Types {
		if !lexicon.Known(lexicon.EventKinds, t.Type) {
			return nil, fmt.Errorf("lexicon %s: unknown event type %q: %w", EventLexiconPath, t.Type, lexicon.ErrLexicon)
		}
		if seenType[t.Type] || len(t.Triggers) == 0 {
			return nil, fmt.Errorf("lexicon %s: type %q repeated or without triggers: %w", EventLexiconPath, t.Type, lexicon.ErrLexicon)
		}
		seenType[t.Type] = true
		all = append(all, t.Triggers...)
	}
	if segTypes+len(f.Types) > maxSegLists {
		return nil, fmt.Errorf("lexicon %s: %d event types, at most %d: %w", EventLexiconPath, len(f.Types), maxSegLists-segTypes, lexicon.ErrLexicon)
	}
	lists["triggers"] = all
	lists["decisions"], lists["onset_subjects"], lists["onset_verbs"] = f.Decisions, f.OnsetSubjects, f.OnsetVerbs
	lists["modal_before"], lists["passive_aux"], lists["part_openers"] = f.ModalBefore, f.PassiveAux, f.PartOpeners
	lists["outcome_nouns"], lists["signatories"], lists["arrivals"] = f.OutcomeNouns, f.Signatories, f.Arrivals
	lists["summit_series"], lists["summit_bodies"] = f.SummitSeries, f.SummitBodies
	if err := lexicon.CheckPhrases(EventLexiconPath, lists); err != nil {
		return nil, err
	}
	lex := &eventLexicon{gatherings: map[string]bool{}, needDate: map[string]bool{}, minParticipants: map[string]int{},
		coreferent: token.Compile(f.Coreferent), notAfter: token.Compile(f.NotAfter), attendance: token.Compile(f.Attendance),
		past: token.Compile(f.PastMarkers), generic: token.Compile(f.GenericMarkers),
		saying: token.Compile(f.SayingVerbs), placePreps: token.Compile(f.PlacePreps),
		signVerbs: token.Compile(f.SignVerbs), signObjects: token.Compile(f.SignObjects), belowSummit: token.Compile(f.BelowSummit), notSummit: token.Compile(f.NotSummit), habitual: token.Compile(f.Habitual), weak: token.Compile(f.WeakTriggers), metObjects: token.Compile(f.MetObjects), wish: token.Compile(f.Wish),
		impliedMeeting: token.Compile(f.ImpliedMeeting), relative: token.Compile(f.RelativeMarkers), future: token.Compile(f.FutureMarkers),
		obstruction: token.Compile(f.Obstruction), clauseOpeners: token.Compile(f.ClauseOpeners), negations: token.Compile(f.Negations),
		nonSpecific: token.Compile(f.NonSpecific), sidelines: token.Compile(f.Sidelines),
		datedTriggers: token.Compile(f.DatedTriggers)}
	lex.otherLexicon = otherLexicon{decisions: token.Compile(f.Decisions), onsetSubjects: token.Compile(f.OnsetSubjects),
		onsetVerbs: token.Compile(f.OnsetVerbs), modalBefore: fxSet(f.ModalBefore), passiveAux: fxSet(f.PassiveAux)}
	for _, t := range f.Types {
		lex.Types = append(lex.Types, eventType{Name: t.Type, Triggers: token.Compile(t.Triggers)})
	}
	var typeTriggers []*token.Phrases
	for k := range lex.Types {
		typeTriggers = append(typeTriggers, &lex.Types[k].Triggers)
	}
	lex.triggers = token.Union(typeTriggers...)
	lex.wider = newWiderIndex(&lex.triggers)
	var minTypes []string
	for t, n := range f.MinParticipants {
		if n < 0 {
			return nil, fmt.Errorf("lexicon %s: min_participants of %q is negative: %w", EventLexiconPath, t, lexicon.ErrLexicon)
		}
		minTypes = append(minTypes, t)
		lex.minParticipants[t] = n
	}
	for name, set := range map[string][]string{"gatherings": f.Gatherings, "need_date": f.NeedDate, "need_place": f.NeedPlace, "unreal_after_modal": f.ModalOnly, "min_participants": minTypes} {
		for _, t := range set {
			if !lexicon.Known(lexicon.EventKinds, t) {
				return nil, fmt.Errorf("lexicon %s: %s: unknown event type %q: %w", EventLexiconPath, name, t, lexicon.ErrLexicon)
			}
		}
	}
	lex.occasions, lex.openingSegments = map[string]bool{}, f.OpeningSegments
	lex.arrivals = token.Compile(f.Arrivals)
	lex.dayCounts = map[string]int{}
	for w, n := range f.DayCounts {
		if n <= 0 {
			return nil, fmt.Errorf("lexicon %s: day_counts: %q is not positive: %w", EventLexiconPath, w, lexicon.ErrLexicon)
		}
		lex.dayCounts[w] = n
	}
	lex.backReferences = fxSet(f.BackRefs)
	lex.dayShifts, lex.relativeDayShift = map[string]int{}, map[string]int{}
	for w, n := range f.DayShifts {
		if n != 1 && n != -1 {
			return nil, fmt.Errorf("lexicon %s: day_shifts: %q is not 1 or -1: %w", EventLexiconPath, w, lexicon.ErrLexicon)
		}
		lex.dayShifts[w] = n
	}
	var relDays []string
	for p, n := range f.RelativeDays {
		if n == 0 {
			return nil, fmt.Errorf("lexicon %s: relative_days: %q shifts by no day: %w", EventLexiconPath, p, lexicon.ErrLexicon)
		}
		relDays = append(relDays, p)
		lex.relativeDayShift[p] = n
	}
	lex.relativeDays = token.Compile(relDays)
	lex.partOpeners, lex.outcomeNouns, lex.signatories = fxSet(f.PartOpeners), fxSet(f.OutcomeNouns), fxSet(f.Signatories)
	lex.summitSeries, lex.summitBodies = fxSet(f.SummitSeries), fxSet(f.SummitBodies)
	for _, t := range f.Occasions {
		if !lexicon.Known(lexicon.EventKinds, t) {
			return nil, fmt.Errorf("lexicon %s: occasions: unknown event type %q: %w", EventLexiconPath, t, lexicon.ErrLexicon)
		}
		lex.occasions[t] = true
	}
	for _, t := range f.Gatherings {
		lex.gatherings[t] = true
	}
	for _, t := range f.NeedDate {
		lex.needDate[t] = true
	}
	lex.needPlace = fxSet(f.NeedPlace)
	lex.modalOnly = fxSet(f.ModalOnly)
	lex.otherClause = fxSet(f.OtherClause)
	lex.joinSegLists()
	return lex, nil
}

// fxSet is a word list as a set.
func fxSet(words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[w] = true
	}
	return out
}
