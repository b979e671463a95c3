package events

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/token"
)

// segHits finds, for every list it matches, what the list's own All
// finds; the segment's open triggers are its unblocked ones.
func TestSegHitsAsAllOfEachList(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	s := st.(eventStage)
	for _, body := range []string{
		"The ministers held a summit in Lisbon and a press conference after the talks.",
		"On the sidelines of the summit, the two leaders met and signed an agreement; the truce began on Monday.",
		"Ruritania and Freedonia will meet again to meet the needs of the talks, the gatherings and travellers.",
		"The council adopted the plan, which was approved by the ministers, ahead of the next day of talks.",
		"Travellers participated as leaders gathered, convened and greeted; they travel to talks.",
		"",
	} {
		toks := token.Scan(body, 0, len(body), nil)
		if len(toks) > 3 {
			toks[3].Norm = "" // a blanked word, as besideIn leaves them
		}
		sr := &segRead{toks: toks, words: true}
		s.find(s.Lex.eagerLists, toks, &sr.eager)
		s.openTriggers(body, sr)
		for l, ps := range s.Lex.segLists {
			if got, want := s.listOf(sr, l), ps.All(toks); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
				t.Errorf("%q: list %d: hits %v, want %v", body, l, got, want)
			}
		}
		want := s.triggerHits(toks)
		for k := range s.Lex.Types {
			var open []token.Hit
			for _, h := range want[k] {
				if !s.blocked(body, toks, h) {
					open = append(open, h)
				}
			}
			if got := sr.openOf(k); !reflect.DeepEqual(got, open) && (len(got) > 0 || len(open) > 0) {
				t.Errorf("%q: type %s: open %v, want %v", body, s.Lex.Types[k].Name, got, open)
			}
		}
	}
}

// A segment's trigger and signing, found once, are those found afresh.
func TestSegTriggerAsTrigger(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	s := st.(eventStage)
	for _, body := range []string{
		"Ruritania and Freedonia met in Lisbon before the summit of the alliance.",
		"The two ministers signed a security agreement through video conference.",
		"They did not sign the deal.",
	} {
		toks := token.Scan(body, 0, len(body), nil)
		sr := &segRead{toks: toks, words: true}
		s.find(s.Lex.eagerLists, toks, &sr.eager)
		s.openTriggers(body, sr)
		for range 2 {
			gh, gt, gok := s.segTrigger(body, sr)
			wh, wt, wok := s.trigger(body, toks)
			if gh != wh || gt != wt || gok != wok {
				t.Errorf("%q: trigger %v %q %v, want %v %q %v", body, gh, gt, gok, wh, wt, wok)
			}
			gs, gsok := s.signingAt(body, toks, sr)
			ws, wsok := s.signingAt(body, toks, nil)
			if gs != ws || gsok != wsok {
				t.Errorf("%q: signing %v %v, want %v %v", body, gs, gsok, ws, wsok)
			}
		}
	}
}
