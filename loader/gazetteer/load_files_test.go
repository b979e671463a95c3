package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadManyFilesKeepsPathOrder: files decoded on several goroutines
// give their entries in path order, and of two broken files the error
// names the first in path order, however large each is.
func TestLoadManyFilesKeepsPathOrder(t *testing.T) {
	place := func(id, name string) string {
		return "- {id: " + id + ", kind: place, name: " + name + ", place_type: city}\n"
	}
	big := strings.Repeat("# padding so that this file is decoded first\n", 200)
	fsys := fstest.MapFS{
		"gaz/a.yaml": {Data: []byte(place("alpha", "Alphaville"))},
		"gaz/b.yaml": {Data: []byte(big + place("bravo", "Bravoton") + place("brix", "Brixham"))},
		"gaz/c.yaml": {Data: []byte(place("charlie", "Charleston"))},
	}
	lists, err := decodeFiles(fsys, []string{"gaz/a.yaml", "gaz/b.yaml", "gaz/c.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, list := range lists {
		for _, e := range list {
			got = append(got, e.ID)
		}
	}
	if strings.Join(got, ",") != "alpha,bravo,brix,charlie" {
		t.Errorf("entries in order %v", got)
	}
	if _, err := Load(fsys, "gaz"); err != nil {
		t.Fatalf("Load: %v", err)
	}
	fsys["gaz/b.yaml"] = &fstest.MapFile{Data: []byte(big + "- {id: bravo, kind: place, name: [\n")}
	fsys["gaz/c.yaml"] = &fstest.MapFile{Data: []byte("- {id: charlie, colour: red}\n")}
	_, err = Load(fsys, "gaz")
	if err == nil || !strings.Contains(err.Error(), "b.yaml") {
		t.Errorf("error %v does not name the first broken file b.yaml", err)
	}
}
