package extract

import "testing"
import "github.com/kg-project/kg/loader/extract/token"

func TestPhraseMatching(t *testing.T) {
	ps := token.Compile([]string{"monitor*", "in the event of", "event"})
	text := "They will monitor it; in the event of a breach, monitoring resumes."
	hits := ps.All(token.Tokens(text, 0, len(text)))
	var got []string
	for _, h := range hits {
		got = append(got, text[h.Start:h.End])
	}
	want := []string{"monitor", "in the event of", "monitoring"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("hit %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestFoldAndSlug(t *testing.T) {
	if token.Slug("Élysée Palace") != "elysee-palace" {
		t.Errorf("slug = %q", token.Slug("Élysée Palace"))
	}
	body := "  \u201cQuoted,\u201d  "
	s, e := token.TrimSpan(body, 0, len(body))
	if body[s:e] != "Quoted" {
		t.Errorf("trim = %q", body[s:e])
	}
}

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
