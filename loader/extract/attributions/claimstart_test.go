package attributions

import (
	"strings"
	"testing"
)

func TestClaimStart(t *testing.T) {
	for _, tc := range []struct {
		text, verb string
		colon      bool
		want       string // the text from the claim's start
	}{
		{"Jane Roe said on Friday that the port would reopen.", "said", true, " the port would reopen."},
		{"Jane Roe wrote on her blog: the port will reopen.", "wrote", true, " the port will reopen."},
		{"Jane Roe wrote on her blog: the port will reopen.", "wrote", false, " on her blog: the port will reopen."},
		{"Jane Roe said the port would reopen soon, and that it was safe.", "said", true, " the port would reopen soon, and that it was safe."},
	} {
		verbEnd := strings.Index(tc.text, tc.verb) + len(tc.verb)
		if got := tc.text[claimStart(tc.text, verbEnd, len(tc.text), tc.colon):]; got != tc.want {
			t.Errorf("%q (colon %v): claim from %q, want %q", tc.text, tc.colon, got, tc.want)
		}
	}
}
