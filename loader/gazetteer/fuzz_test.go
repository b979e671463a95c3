package gazetteer

import (
	"os"
	"testing"
)

// FuzzFind: on any input, Find never panics and returns ordered,
// non-overlapping mentions whose offsets slice the text to their Text;
// Normalize is idempotent.
func FuzzFind(f *testing.F) {
	for _, seed := range []string{
		"", "U.S.", "U.S", "the U.S.-led", "Zelensky's", "Côte d’Ivoire", "RFE/RL", "A.B.C.D.", "\xff\xfe",
		"Emmanuel\n\nMacron", "THE GUARDIAN", "the the the", "Volodymyr  Zelenskiy", "G-7 and G7",
	} {
		f.Add(seed)
	}
	g, err := Load(os.DirFS("testdata"), "good")
	if err != nil {
		f.Fatalf("Load testdata/good: %v", err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for _, m := range g.Find(text) {
			if m.Start < prevEnd || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prevEnd, text)
			}
			if text[m.Start:m.End] != m.Text || len(m.Hits) == 0 || m.Hits[0].Entry != m.Entry {
				t.Fatalf("inconsistent match %+v in %q", m, text)
			}
			prevEnd = m.End
		}
		n := Normalize(text)
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", text, n, Normalize(n))
		}
	})
}
