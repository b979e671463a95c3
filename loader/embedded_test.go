package loader_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kg-project/kg/loader"
	"github.com/kg-project/kg/schema"
)

// LabelsFS names the documents of a tree as LoadFS stores them: a file by
// its base name, a JSON Lines record by its id; other files are left out.
func TestLabelsFS(t *testing.T) {
	fsys := fstest.MapFS{
		"docs/a/note.txt":   {Data: []byte("An invented note about a bridge.\n")},
		"docs/wire.jsonl":   {Data: []byte(`{"id":"rec-1","text":"One invented record."}` + "\n" + `{"id":"rec-2","text":"Another invented record."}` + "\n")},
		"docs/picture.png":  {Data: []byte{0x89, 'P', 'N', 'G'}},
		"other/outside.txt": {Data: []byte("Not under docs.\n")},
	}
	labels, err := loader.LabelsFS(fsys, "docs", "data")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"note": true, "rec-1": true, "rec-2": true}
	if len(labels) != len(want) {
		t.Fatalf("labels %v, want %v", labels, want)
	}
	for _, l := range labels {
		id := strings.TrimPrefix(string(l), string(schema.SourceIRI("")))
		if !want[id] {
			t.Errorf("unexpected label %s", l)
		}
	}

	fsys["docs/broken.jsonl"] = &fstest.MapFile{Data: []byte("{not json\n")}
	if _, err := loader.LabelsFS(fsys, "docs", "data"); err == nil || !strings.Contains(err.Error(), "data/docs") {
		t.Errorf("broken file: %v, want an error naming the tree", err)
	}
}
