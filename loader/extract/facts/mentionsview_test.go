package facts

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// MentionsView holds the mentions MentionsIn holds, in the same order,
// for every window over sorted mentions (nested and overlapping ones
// included) and over unsorted ones.
func TestMentionsViewAsMentionsIn(t *testing.T) {
	body := "Aa Bb Cc Dd Ee Ff Gg Hh"
	spans := [][2]int{{0, 2}, {0, 5}, {3, 5}, {6, 8}, {6, 14}, {9, 11}, {15, 17}, {18, 23}}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {7, 2, 0, 5, 1, 3, 6, 4}} {
		a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
		for _, k := range order {
			a.Mentions = append(a.Mentions, model.Mention{Start: spans[k][0], End: spans[k][1], Key: body[spans[k][0]:spans[k][1]]})
		}
		c := NewContext(a)
		for start := 0; start <= len(body); start++ {
			for end := start; end <= len(body)+1; end++ {
				if got, want := c.MentionsView(start, end), c.MentionsIn(start, end); !reflect.DeepEqual(got, want) {
					t.Errorf("order %v, [%d, %d): MentionsView = %v, MentionsIn = %v", order, start, end, got, want)
				}
			}
		}
	}
}
