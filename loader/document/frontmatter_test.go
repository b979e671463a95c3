package document

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestFrontMatterHostileInputRefused checks the guards that keep the YAML
// parser from spending seconds on hostile blocks: size and bracket depth.
func TestFrontMatterHostileInputRefused(t *testing.T) {
	for name, fm := range map[string]string{
		"oversized": "title: " + strings.Repeat("x", maxFrontMatter),
		"nested":    "title: " + strings.Repeat("[", maxFrontMatterDepth+1),
		"nestedMap": strings.Repeat("{a: ", maxFrontMatterDepth+1),
		"caseDup":   "title: One\nTitle: Two",
	} {
		_, errs := ParseBytes(name+".md", []byte("---\n"+fm+"\n---\nBody.\n"), Options{})
		if len(errs) != 1 || !errors.Is(errs[0], ErrFrontMatter) {
			t.Errorf("%s: errors %v, want ErrFrontMatter", name, errs)
		}
	}
	// Aliases are not expanded into text: a "billion laughs" block loads,
	// with the non-text title reported.
	bomb := "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	prev := "a"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h"} {
		bomb += fmt.Sprintf("%s: &%s [%s]\n", name, name, strings.TrimSuffix(strings.Repeat("*"+prev+",", 8), ","))
		prev = name
	}
	bomb += "title: *" + prev + "\n"
	docs, errs := ParseBytes("bomb.md", []byte("---\n"+bomb+"---\nBody.\n"), Options{})
	if len(errs) != 0 || len(docs) != 1 || docs[0].Title != "" || !hasWarning(docs[0], "title: want text, got a list") {
		t.Fatalf("alias bomb: errors %v, documents %d", errs, len(docs))
	}
}

func TestSplitFrontMatter(t *testing.T) {
	for _, c := range []struct {
		text, fm, body string
		found          bool
	}{
		{"---\na: 1\n---\nbody", "a: 1\n", "body", true},
		{"--- \t\na: 1\n... \nbody", "a: 1\n", "body", true},
		{"---\r\na: 1\r\n---\r\nbody", "a: 1\r\n", "body", true},
		{"---\na: 1\n---", "a: 1\n", "", true},
		{"---\n---\n", "", "", true},
		{"----\na: 1\n---\nbody", "", "----\na: 1\n---\nbody", false},
		{"---", "", "---", false},
		{" ---\na: 1\n---\nbody", "", " ---\na: 1\n---\nbody", false},
		{"---\na: 1\n --- \nbody", "", "---\na: 1\n --- \nbody", false},
	} {
		fm, body, found, err := splitFrontMatter(c.text)
		if err != nil || fm != c.fm || body != c.body || found != c.found {
			t.Errorf("splitFrontMatter(%q) = %q, %q, %v, %v; want %q, %q, %v", c.text, fm, body, found, err, c.fm, c.body, c.found)
		}
	}
}
