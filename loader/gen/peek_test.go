package gen

import (
	"fmt"
	"testing"
)

func TestPeek(t *testing.T) {
	docs, err := Generate(Config{Docs: 3, Seed: 1, Gaz: testGazetteer(t)})
	if err != nil {
		t.Fatal(err)
	}
	for a := range docs {
		fmt.Printf("=== %s %s\n%s\n", a.ID, a.Format, a.File())
		j, _ := a.GoldJSON()
		if a.ID == "gen-000001" {
			fmt.Println(string(j))
		}
	}
}

func splitWords(s string) []string {
	var out []string
	w := ""
	for _, r := range s {
		if r == ' ' || r == '\n' {
			if w != "" {
				out = append(out, w)
			}
			w = ""
		} else {
			w += string(r)
		}
	}
	return out
}
