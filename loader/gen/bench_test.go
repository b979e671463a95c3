package gen

import "testing"

// BenchmarkGenerate measures generating one document with its ground
// truth, JSON included.
func BenchmarkGenerate(b *testing.B) {
	g, err := gazetteerForBench()
	if err != nil {
		b.Skipf("bundled gazetteer does not load: %v", err)
	}
	docs, err := Generate(Config{Docs: b.N, Seed: 1, Gaz: g})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for a := range docs {
		if _, err := a.GoldJSON(); err != nil {
			b.Fatal(err)
		}
		_ = a.File()
	}
}
