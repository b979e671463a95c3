package token

import (
	"reflect"
	"testing"
)

// TestUnionStarts: each list tried at the starts of a union of lists
// finds exactly what it finds alone, whatever the slice of the words.
func TestUnionStarts(t *testing.T) {
	talks := Compile([]string{"peace talks", "talks", "summit"})
	watch := Compile([]string{"monitor*", "in the event of", "event"})
	none := Compile(nil)
	u := Union(&talks, &watch, &none)
	text := "In the event of a summit in Ruritania, monitors said peace talks and the event would go on; talks, talks."
	all := Scan(text, 0, len(text), nil)
	for from := 0; from <= len(all); from++ {
		for to := from; to <= len(all); to++ {
			toks := all[from:to]
			at := u.Starts(toks, nil)
			for _, ps := range []*Phrases{&talks, &watch, &none} {
				if got, want := ps.AllAt(toks, at), ps.All(toks); !reflect.DeepEqual(got, want) {
					t.Fatalf("[%d:%d] AllAt = %+v, All = %+v", from, to, got, want)
				}
				gh, gok := ps.FirstAt(toks, at)
				wh, wok := ps.First(toks)
				if gh != wh || gok != wok {
					t.Fatalf("[%d:%d] FirstAt = %+v %v, First = %+v %v", from, to, gh, gok, wh, wok)
				}
			}
		}
	}
}
