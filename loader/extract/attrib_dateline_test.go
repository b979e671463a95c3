package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/facts"

func TestSkipDateline(t *testing.T) {
	for _, body := range []string{"ROME, May 2 (Agency) - Talks began.", "ROME - Talks began."} {
		if got := body[facts.SkipDateline(body, 0, len(body)):]; got != "Talks began." {
			t.Errorf("%q -> %q", body, got)
		}
	}
	if body := "Talks - at last - began."; facts.SkipDateline(body, 0, len(body)) != 0 {
		t.Error("a dash inside a sentence is no dateline")
	}
}
