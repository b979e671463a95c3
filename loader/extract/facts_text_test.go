package extract

import "testing"

func TestQuoteSpans(t *testing.T) {
	body := "He said \u201cyes\u201d and \"no\" but it's fine."
	qs := quoteSpans(body)
	if len(qs) != 2 || body[qs[0][0]:qs[0][1]] != "yes" || body[qs[1][0]:qs[1][1]] != "no" {
		t.Errorf("quotes = %v", qs)
	}
}

func TestSkipDateline(t *testing.T) {
	for _, body := range []string{"ROME, May 2 (Agency) - Talks began.", "ROME - Talks began."} {
		if got := body[skipDateline(body, 0, len(body)):]; got != "Talks began." {
			t.Errorf("%q -> %q", body, got)
		}
	}
	if body := "Talks - at last - began."; skipDateline(body, 0, len(body)) != 0 {
		t.Error("a dash inside a sentence is no dateline")
	}
}
