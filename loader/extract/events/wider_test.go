package events

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
)

// Every trigger held by a longer one ("conference" in "video
// conference") may widen; a word of no trigger may not.
func TestMayWidenHeldTriggers(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	lex := st.(eventStage).Lex
	list := lex.triggers.List
	held := 0
	for _, p := range list {
		if strings.HasSuffix(p.Words[0], "*") {
			continue
		}
		words := strings.Join(p.Words, " ")
		for _, q := range list {
			if len(q.Words) <= len(p.Words) {
				continue
			}
			if strings.Contains(" "+strings.Join(q.Words, " ")+" ", " "+words+" ") {
				held++
				if !lex.wider.mayWiden(p.Words[0], len(p.Words)) {
					t.Errorf("%q is held by %q, but may not widen", p.Raw, q.Raw)
				}
			}
		}
	}
	if held == 0 {
		t.Fatal("no trigger held by another: the test tells nothing")
	}
	if lex.wider.mayWiden("zzyzx", 1) {
		t.Error("a word of no trigger may widen")
	}
}
