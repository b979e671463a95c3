package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/datementions"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/numbers"
	"github.com/kg-project/kg/loader/extract/segmentation"
)

// segBenchText is a synthetic document of about 12,000 words written for
// the benchmark: headings, paragraphs, quotes, abbreviations and lists.
func segBenchText() string {
	var b strings.Builder
	for i := 0; i < 60; i++ {
		b.WriteString("## Talks resume in the capital\n\n")
		b.WriteString("ROME, Jan. 6 (Agency) - Foreign ministers of 12 countries met on Tuesday at the U.S. embassy, " +
			"officials said. Mr. Rossi told reporters \"the talks were useful\" and that more than 30 experts would follow. " +
			"The plan, drafted last week, foresees up to 15,000 troops and €2 billion in aid, e.g. for repairs.\n\n")
		b.WriteString("The draft lists these measures:\n\n1. **Monitoring.** A joint cell will check the truce.\n" +
			"2. Support for the army: training; funding; equipment.\n   - air defence\n   - engineers\n\n")
		b.WriteString("Critics, including Dr. Bianchi of the St. Mark institute, said the 3.5% budget rise since November " +
			"was too small. \"We need more,\" she said on Monday. Another meeting is planned for 14 February 2026.\n\n")
	}
	return b.String()
}

func BenchmarkSegment(b *testing.B) {
	text := segBenchText()
	words := len(strings.Fields(text))
	dst := make([]model.Sent, 0, 4096)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = segmentation.SegmentBody(text, dst[:0])
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkTextStages(b *testing.B) {
	text := segBenchText()
	words := len(strings.Fields(text))
	lx := numTestLexicon(b)
	stages := []model.Stage{segmentation.Stage{}, datementions.Stage{}, numbers.Stage{Lexicon: lx}, numbers.ClaimsStage{Lexicon: lx}}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := model.NewAnalysis(&document.Document{ID: "bench", Body: text, Date: "2026-01-06"}, nil)
		for _, st := range stages {
			if err := st.Apply(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
