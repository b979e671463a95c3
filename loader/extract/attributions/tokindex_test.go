package attributions

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/extract/token"
)

// The index gives for every span what token.Tokens gives: the same
// words, those cut by a span's ends included.
func TestTokIndexSpanEqualsTokens(t *testing.T) {
	body := "Freedonia's minister, Anna Berg, said on Monday – “we will help” – that talks (2024) go on.\n\nÉlysée officials agreed\xe2\x80a b\xc3 c\xe2\x80\x94d."
	l := token.Register(body)
	defer token.Release(body)
	x := newTokIndex(body)
	if x == nil || x.layer != l {
		t.Fatal("no index of the registered layer")
	}
	for s := 0; s <= len(body); s++ {
		for e := s; e <= len(body); e++ {
			if got, want := x.span(s, e), token.Scan(body, s, e, nil); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("span(%d, %d) = %v, want %v", s, e, got, want)
			}
		}
	}
}
