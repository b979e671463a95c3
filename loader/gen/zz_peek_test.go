package gen

import (
	"fmt"
	"os"
	"testing"
)

func TestZZPeek(t *testing.T) {
	if os.Getenv("PEEK") == "" {
		t.Skip()
	}
	for _, a := range generate(t, realGazetteer(t), 30, 13) {
		if a.ID == os.Getenv("PEEK") {
			fmt.Println(string(a.File()))
		}
	}
}
