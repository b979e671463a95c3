package facts

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// SharedContext is NewContext built once per analysis, and built again
// when what it reads has changed.
func TestSharedContext(t *testing.T) {
	body := "Freedonia said it would send aid to Ruritania."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Mentions = []model.Mention{
		{Start: 0, End: 9, Text: "Freedonia", Key: "country:FRE", Kind: "country", Sent: 0},
		{Start: 36, End: 45, Text: "Ruritania", Key: "country:RUR", Kind: "country", Sent: 0},
	}
	c := SharedContext(a)
	if want := NewContext(a); !reflect.DeepEqual(*c, *want) {
		t.Fatalf("SharedContext = %+v, NewContext = %+v", *c, *want)
	}
	if SharedContext(a) != c {
		t.Error("a second call built a new context")
	}
	a.Mentions = a.Mentions[:1]
	c2 := SharedContext(a)
	if c2 == c || !reflect.DeepEqual(*c2, *NewContext(a)) {
		t.Errorf("after a change of mentions: %+v, want NewContext's", *c2)
	}
	a.ReleaseTokens()
}
