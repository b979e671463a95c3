package events

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/extract/token"
)

func TestTriggerHitsMemoisedPerTokenSlice(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	plain := st.(eventStage)
	s := plain.withTriggerMemo()
	body := "The ministers held a summit in Lisbon and a press conference after the talks."
	toks := token.Scan(body, 0, len(body), nil)
	want := plain.triggerHits(toks) // no memo: matched afresh
	found := 0
	for _, h := range want {
		found += len(h)
	}
	if found == 0 {
		t.Fatalf("no trigger found in %q", body)
	}
	got := s.triggerHits(toks)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("memoised hits %v, want %v", got, want)
	}
	if again := s.triggerHits(toks); &again[0] != &got[0] {
		t.Errorf("second call matched again instead of using the memo")
	}
	// a copy with words blanked out is other tokens: matched afresh
	masked := append([]token.Tok(nil), toks...)
	for k := range masked {
		masked[k].Norm = ""
	}
	for k, h := range s.triggerHits(masked) {
		if len(h) != 0 {
			t.Errorf("type %s: hits %v in blanked tokens", s.Lex.Types[k].Name, h)
		}
	}
	// a shorter slice of the same tokens is its own key
	if short := s.triggerHits(toks[:3]); !reflect.DeepEqual(short, plain.triggerHits(toks[:3])) {
		t.Errorf("prefix: %v", short)
	}
}

func TestTriggerMemoisedPerTokenSlice(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	plain := st.(eventStage)
	s := plain.withTriggerMemo()
	body := "Ruritania and Freedonia met in Lisbon before the summit of the alliance."
	toks := token.Scan(body, 0, len(body), nil)
	for _, part := range [][]token.Tok{toks, toks[:4], toks[5:], toks, toks[:4]} {
		wh, wt, wok := plain.trigger(body, part) // no memo: found afresh
		gh, gt, gok := s.trigger(body, part)
		if !reflect.DeepEqual(gh, wh) || gt != wt || gok != wok {
			t.Errorf("%d tokens: memoised trigger %v %q %v, want %v %q %v", len(part), gh, gt, gok, wh, wt, wok)
		}
	}
	if _, typ, ok := s.trigger(body, toks); !ok || typ == "" {
		t.Fatalf("no trigger found in %q", body)
	}
}
