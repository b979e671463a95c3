package document

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestProbeSlowYAML(t *testing.T) {
	bomb := "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	prev := "a"
	for _, n := range "bcdefghi" {
		name := string(n)
		bomb += fmt.Sprintf("%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n", name, name, prev, prev, prev, prev, prev, prev, prev, prev, prev)
		prev = name
	}
	bomb += "title: *i\n"
	cases := map[string]string{
		"nest":  strings.Repeat("[", 60000),
		"nestm": strings.Repeat("{a: ", 15000),
		"bomb":  bomb,
		"keys":  strings.Repeat("k: v\n", 12000),
		"long":  "title: " + strings.Repeat("x", 60000),
		"quote": "title: \"" + strings.Repeat("\\\"", 30000),
		"ind":   strings.Repeat(" - ", 20000),
	}
	for name, fm := range cases {
		start := time.Now()
		docs, errs := ParseBytes(name+".md", []byte("---\n"+fm+"\n---\nBody\n"), Options{})
		msg := ""
		if len(errs) > 0 {
			msg = truncate(errs[0].Error(), 100)
		}
		fmt.Println(name, len(fm), time.Since(start), len(docs), msg)
	}
}
