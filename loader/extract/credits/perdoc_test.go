package credits

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
)

// The per-document values are those of the functions on the body, the
// second call returning the kept one.
func TestPerDocument(t *testing.T) {
	a := &model.Analysis{Body: "Talks\n\nThe “coalition” met.\n\"Yes\", he said."}
	for range 2 {
		if got, want := ContentLinesOf(a), ContentLines(a.Body); !reflect.DeepEqual(got, want) {
			t.Errorf("ContentLinesOf = %v, want %v", got, want)
		}
		if got, want := QuotedRangesOf(a), QuotedRanges(a.Body); !reflect.DeepEqual(got, want) || len(got) != 2 {
			t.Errorf("QuotedRangesOf = %v, want %v (two ranges)", got, want)
		}
	}
}
