package token

import (
	"reflect"
	"strings"
	"testing"
)

// The first and last fields are those of strings.Fields, however many
// fields the text has and whatever spaces separate them.
func TestEdgeFields(t *testing.T) {
	texts := []string{"", "  ", "one", " more than\u00a027 member\tstates ", "a\u2003b\nc  d", "x\xe2\x80y z", "\xe2 \x80\x80 w"}
	for _, s := range texts {
		all := strings.Fields(s)
		for n := 0; n <= len(all)+1; n++ {
			first := all[:min(n, len(all))]
			if got := AppendFirstFields(nil, s, n); !reflect.DeepEqual(got, first) && len(got)+len(first) > 0 {
				t.Errorf("AppendFirstFields(%q, %d) = %q, want %q", s, n, got, first)
			}
			last := all[max(0, len(all)-n):]
			if got := AppendLastFields([]string{"kept"}, s, n); !reflect.DeepEqual(got[1:], last) && len(got[1:])+len(last) > 0 || got[0] != "kept" {
				t.Errorf("AppendLastFields(%q, %d) = %q, want %q after kept", s, n, got, last)
			}
		}
	}
}
