package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/datementions"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/numbers"
	"github.com/kg-project/kg/loader/extract/segmentation"
)

// FuzzTextStages checks that segmentation, dates and numbers never panic
// and keep every span inside the body, on any input.
func FuzzTextStages(f *testing.F) {
	for _, seed := range []string{
		"", " date 2025-01-02", "# T\n\n1. a\n  - b\n2) c:\n- \n", "“open ‘quote", "U.S. e.g. J. Smith. No. 5.",
		"between 5 and 7 € $ 1.5bn 3,000-4,000 up to 15 years", "Jan. 6, 2026 since November last week 03/04/2025",
		"**bold**\r\n\r\n*it*\r\n---\r\nlower case after rule", "a\n\n\n---\n\nb,", "twenty-five a dozen one of",
	} {
		f.Add(seed)
	}
	lx := numTestLexicon(f)
	stages := []model.Stage{segmentation.Stage{}, datementions.Stage{}, numbers.Stage{Lexicon: lx}, numbers.ClaimsStage{Lexicon: lx}}
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		a := model.NewAnalysis(&document.Document{ID: "fuzz", Body: body, Date: "2026-01-06"}, nil)
		for _, st := range stages {
			if err := st.Apply(a); err != nil {
				t.Fatalf("%T: %v", st, err)
			}
		}
		prev := 0
		for i, s := range a.Sents {
			if s.Start < prev || s.End <= s.Start || s.End > len(body) {
				t.Fatalf("segment %d span %d-%d invalid", i, s.Start, s.End)
			}
			prev = s.End
			for _, q := range s.Quotes {
				if q[0] < s.Start || q[1] > s.End || q[0] >= q[1] {
					t.Fatalf("segment %d quote %v invalid", i, q)
				}
			}
			for _, c := range segmentation.Clauses(a, i) {
				if c[0] < s.Start || c[1] > s.End || c[0] > c[1] {
					t.Fatalf("segment %d clause %v invalid", i, c)
				}
			}
		}
		for _, d := range a.Dates {
			if d.Start < 0 || d.End > len(body) || body[d.Start:d.End] != d.Text {
				t.Fatalf("date %+v invalid", d)
			}
		}
		for _, n := range a.Numbers {
			if n.Start < 0 || n.End > len(body) || body[n.Start:n.End] != n.Text {
				t.Fatalf("number %+v invalid", n)
			}
		}
	})
}
