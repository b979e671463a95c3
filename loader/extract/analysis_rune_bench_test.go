package extract

import (
	"testing"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// BenchmarkRuneTable builds the byte-to-code-point table of 200 generated
// documents (the first Span of each document builds it).
func BenchmarkRuneTable(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, words := benchDocs(b, gaz, 200)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			a := &model.Analysis{Body: d.Body}
			if a.Rune(len(d.Body)) < 0 {
				b.Fatal("negative offset")
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestRuneCountsCodePoints(t *testing.T) {
	body := "Ab é\u00e9x €5 \xff!"
	a := &model.Analysis{Body: body}
	want := 0
	for i := range body {
		if got := a.Rune(i); got != want {
			t.Errorf("Rune(%d) = %d, want %d", i, got, want)
		}
		want++
	}
	if got := a.Rune(len(body)); got != want {
		t.Errorf("Rune(end) = %d, want %d", got, want)
	}
	if got := a.Rune(3 + 1); got != 3 { // the second byte of é
		t.Errorf("Rune(inside é) = %d, want 3", got)
	}
}
