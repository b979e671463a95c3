package facts

import "testing"

// A dateline at the start of a range, with or without its date and
// credit, is skipped; a dash inside a sentence is not a dateline.
func TestSkipDatelineAndNextComma(t *testing.T) {
	body := "HARBOURTON, May 2 (Wire) - Envoys met, then left."
	s := SkipDateline(body, 0, len(body))
	if body[s:] != "Envoys met, then left." {
		t.Errorf("SkipDateline -> %q", body[s:])
	}
	if c := NextComma(body, s, len(body)); body[c:] != ", then left." {
		t.Errorf("NextComma -> %q", body[c:])
	}
	if bare := "ROME - Talks began."; bare[SkipDateline(bare, 0, len(bare)):] != "Talks began." {
		t.Errorf("SkipDateline(%q) keeps the bare dateline", bare)
	}
	if inner := "Talks - at last - began."; SkipDateline(inner, 0, len(inner)) != 0 {
		t.Error("a dash inside a sentence taken for a dateline")
	}
	if got := Dedupe([]string{"a", "b", "a"}); len(got) != 2 {
		t.Errorf("Dedupe = %v", got)
	}
}
