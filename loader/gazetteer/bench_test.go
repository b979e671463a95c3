package gazetteer

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/bench"
)

// benchParagraph is project-written running text, mixing gazetteer names,
// lower-case prose and punctuation like a news report.
const benchParagraph = `PARIS, Jan 6 (Wire) - Leaders of the Coalition of the Willing met at the Élysée Palace on Tuesday,
where French President Emmanuel Macron and British Prime Minister Keir Starmer said that their
countries would lead a multinational force once a ceasefire is agreed with Russia. Volodymyr Zelenskiy
thanked the U.S. envoys, Steve Witkoff and Jared Kushner, and said Kyiv wanted guarantees that would
hold for years. The Kremlin did not comment. NATO Secretary General Mark Rutte, German Chancellor
Friedrich Merz and officials from the European Commission attended, according to people familiar
with the talks who spoke on condition of anonymity because the discussions were private and the
numbers of troops, aircraft and ships were still being worked out by military planners in the region.
`

func benchText(words int) (string, int) {
	var b strings.Builder
	n := 0
	per := len(strings.Fields(benchParagraph))
	for n < words {
		b.WriteString(benchParagraph)
		n += per
	}
	return b.String(), n
}

// BenchmarkMatcherFind measures the matcher on running text; it reports
// words/s of wall-clock time and words per CPU-second (the target is at
// least 1M words/s).
func BenchmarkMatcherFind(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatalf("Default: %v", err)
	}
	m := g.Matcher()
	text, words := benchText(100_000)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu0 := bench.ProcessCPU()
	for i := 0; i < b.N; i++ {
		if len(m.Find(text)) == 0 {
			b.Fatal("no mentions found")
		}
	}
	cpu := bench.ProcessCPU() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		// CPU time includes the garbage collector's; it is the figure that
		// holds when other processes share the machine.
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkLookup measures one Lookup of a spelling variant.
func BenchmarkLookup(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatalf("Default: %v", err)
	}
	for i := 0; i < b.N; i++ {
		if len(g.Lookup("Volodymyr ZELENSKIY")) == 0 {
			b.Fatal("not found")
		}
	}
}
