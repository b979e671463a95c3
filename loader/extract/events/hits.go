package events

import "github.com/kg-project/kg/loader/extract/token"

// The event stage reads each sentence for the triggers of every event
// type several times over (for decisions and onsets, split events, the
// main mention, relative events). triggerHits keeps, for the one
// document being read, the hits of every type in each token slice of the
// shared token layer it was asked about, so each is matched once; trigger
// keeps its answer (the first trigger) per slice the same way.

// triggerMemo holds the trigger hits of the token slices seen so far,
// keyed by the slice itself: a slice of the token layer is never written,
// so the same first element and length mean the same tokens. A copy
// (blanked tokens, a scan without a layer) is a new key.
type triggerMemo struct {
	hits     map[tokSliceKey][][]token.Hit
	triggers map[tokSliceKey]foundTrigger // the answers of trigger
}

// foundTrigger is one remembered answer of eventStage.trigger.
type foundTrigger struct {
	hit token.Hit
	typ string
	ok  bool
}

type tokSliceKey struct {
	first *token.Tok
	n     int
}

// withTriggerMemo returns s with an empty memo for one document; the
// stage value shared between documents keeps none.
func (s eventStage) withTriggerMemo() eventStage {
	s.memo = &triggerMemo{hits: map[tokSliceKey][][]token.Hit{}, triggers: map[tokSliceKey]foundTrigger{}}
	return s
}

// triggerHits returns, for each event type of the lexicon in order, the
// hits of its triggers in toks (token.Phrases.All). The slices are shared:
// read them, never write their elements.
func (s eventStage) triggerHits(toks []token.Tok) [][]token.Hit {
	var key tokSliceKey
	if s.memo != nil && len(toks) > 0 {
		key = tokSliceKey{first: &toks[0], n: len(toks)}
		if h, ok := s.memo.hits[key]; ok {
			return h
		}
	}
	out := make([][]token.Hit, len(s.Lex.Types))
	var buf [16]int
	if at := s.Lex.triggers.Starts(toks, buf[:0]); len(at) > 0 {
		for k := range s.Lex.Types {
			out[k] = s.Lex.Types[k].Triggers.AllAt(toks, at)
		}
	}
	if key.first != nil {
		s.memo.hits[key] = out
	}
	return out
}
