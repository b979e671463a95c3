package token

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestPhraseMatching(t *testing.T) {
	ps := Compile([]string{"monitor*", "in the event of", "event"})
	text := "They will monitor it; in the event of a breach, monitoring resumes."
	hits := ps.All(Tokens(text, 0, len(text)))
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
	if Slug("Élysée Palace") != "elysee-palace" {
		t.Errorf("slug = %q", Slug("Élysée Palace"))
	}
	body := "  \u201cQuoted,\u201d  "
	s, e := TrimSpan(body, 0, len(body))
	if body[s:e] != "Quoted" {
		t.Errorf("trim = %q", body[s:e])
	}
}

// The token layer answers every span exactly as a scan of that span does,
// whatever the span's ends cut: words, multi-byte letters, invalid bytes.
func TestTokenLayerSpanEqualsScan(t *testing.T) {
	bodies := []string{
		"",
		"word",
		"The Élysée said on Monday: «we will» — 2,500 troops; Zürich-based AG.",
		"  Ça va?\tNaïve coöperation…\n\nÑandú 42nd 3.5% x",
		"bad \xff\xfebytes\xc3 in\xe2\x82 words\xe2\x82\xac end\xc3",
		"日本語のテキスト and Ελληνικά λέξεις, Кириллица тоже.",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, body := range bodies {
		l := NewLayer(body)
		if got, want := l.Toks, Scan(body, 0, len(body), nil); !equalToks(got, want) {
			t.Fatalf("layer of %q = %v, want %v", body, got, want)
		}
		n := len(body)
		check := func(s, e int) {
			got, want := l.Span(s, e), Scan(body, s, e, nil)
			if !equalToks(got, want) {
				t.Fatalf("span(%d, %d) of %q = %v, want %v", s, e, body, got, want)
			}
			last := ""
			if len(want) > 0 {
				last = want[len(want)-1].Norm
			}
			if w := l.LastWord(s, e); w != last {
				t.Fatalf("lastWord(%d, %d) of %q = %q, want %q", s, e, body, w, last)
			}
		}
		if n <= 40 {
			for s := 0; s <= n; s++ {
				for e := s; e <= n; e++ {
					check(s, e)
				}
			}
			continue
		}
		for range 5000 {
			s := rng.IntN(n + 1)
			check(s, s+rng.IntN(n-s+1))
		}
	}
}

// equalToks compares token lists, nil and empty alike.
func equalToks(a, b []Tok) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// The first-word filter never rejects a word some phrase starts with.
func TestPhraseFilterKeepsFirstWords(t *testing.T) {
	ps := Compile([]string{"according to", "said", "Élysée palace", "monitor*", "a b c"})
	for _, w := range []string{"according", "said", "elysee", "a"} {
		if !ps.MayStart(w) {
			t.Errorf("mayStart(%q) = false", w)
		}
	}
	text := "it was monitored, said the Elysee Palace"
	toks := Tokens(text, 0, len(text))
	var got []string
	for _, h := range ps.All(toks) {
		got = append(got, h.Phrase)
	}
	if want := []string{"monitor*", "said", "Élysée palace"}; !reflect.DeepEqual(got, want) {
		t.Errorf("all = %v, want %v", got, want)
	}
}

func TestQuoteSpans(t *testing.T) {
	body := "He said \u201cyes\u201d and \"no\" but it's fine."
	qs := QuoteSpans(body)
	if len(qs) != 2 || body[qs[0][0]:qs[0][1]] != "yes" || body[qs[1][0]:qs[1][1]] != "no" {
		t.Errorf("quotes = %v", qs)
	}
}
