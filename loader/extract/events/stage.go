package events

import (
	"io/fs"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// eventStage finds the events a document narrates: a trigger word of the
// event lexicon gives the type; the sentence gives the date (a resolved
// day), the place and the participants. Sentences about the same event in
// one document become one event with all their evidence (see
// mergeEventMentions); its id is the cross-document key of eventID.
type eventStage struct {
	Lex  *eventLexicon
	memo *docMemo // per document, set by Apply (see segment.go)
}

// NewStage builds the event stage from the event lexicon.
func NewStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := LoadEventLexicon(data)
	if err != nil {
		return nil, err
	}
	return eventStage{Lex: lex}, nil
}

// Apply finds event mentions sentence by sentence, then merges them.
func (s eventStage) Apply(a *model.Analysis) error {
	c := facts.SharedContext(a) // the stage reads no beneficiary
	s = s.withDocMemo(c)
	defer s.releaseDocMemo()
	if c.DocDate != "" && unresolvedDates(a) {
		// the document date may have been inferred after the dates stage
		model.ResolveDates(a, c.DocDate)
	}
	var ms []eventMention
	sentDates := make([][]model.DateMention, len(a.Sents)) // the date mentions of each segment, read once
	for _, d := range a.Dates {
		if d.Sent >= 0 && d.Sent < len(sentDates) {
			sentDates[d.Sent] = append(sentDates[d.Sent], d)
		}
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
