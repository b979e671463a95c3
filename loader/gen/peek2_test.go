package gen

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/loader/gazetteer"
)

func TestPeekReal(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Generate(Config{Docs: 40, Seed: 7, Gaz: g})
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for a := range docs {
		if a.ID <= "gen-000003" {
			fmt.Printf("=== %s %s\n%s\n", a.ID, a.Format, a.File())
		}
		for _, w := range a.Body {
			_ = w
		}
		words += len(splitWords(a.Body))
	}
	fmt.Println("avg words", words/40)
}
