package gazetteer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/testenv"
)

// goldEntities is the part of a gold annotation this test reads.
type goldEntities struct {
	Persons []struct {
		Name     string
		Mentions []string
	} `json:"persons"`
	Countries     []json.RawMessage `json:"countries"`
	Organizations []json.RawMessage `json:"organizations"`
}

func rawName(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var o struct{ Name string }
	_ = json.Unmarshal(raw, &o)
	return o.Name
}

// TestCorpusGoldEntitiesAreMatched checks, on the real dev articles, that
// every gold person, country and organization the gazetteer knows is
// found by the matcher somewhere in its article.
func TestCorpusGoldEntitiesAreMatched(t *testing.T) {
	corpus, gold := testenv.Corpus(t), testenv.Gold(t)
	g := loadDefault(t)
	golds, err := filepath.Glob(filepath.Join(gold, "*.json"))
	if err != nil || len(golds) == 0 {
		t.Skipf("no gold files in %s", corpus)
	}
	checked := 0
	for _, goldPath := range golds {
		base := strings.TrimSuffix(filepath.Base(goldPath), ".json")
		text, err := os.ReadFile(filepath.Join(corpus, base+".txt"))
		if err != nil {
			t.Errorf("read article %s: %v", base, err)
			continue
		}
		raw, err := os.ReadFile(goldPath)
		if err != nil {
			t.Fatalf("read %s: %v", goldPath, err)
		}
		var gold goldEntities
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatalf("parse %s: %v", goldPath, err)
		}
		matched := map[*Entry]bool{}
		for _, m := range g.Find(string(text)) {
			for _, h := range m.Hits {
				matched[h.Entry] = true
			}
		}
		want := map[string]Kind{}
		surnameOnly := map[string]bool{}
		for _, p := range gold.Persons {
			want[p.Name] = Person
			// A person named only by surname is resolved by BySurname,
			// not by the matcher.
			if len(p.Mentions) > 0 {
				surnameOnly[p.Name] = true
			}
			for _, m := range p.Mentions {
				if strings.Contains(m, " ") || !strings.Contains(string(text), m) || !containsEntry(g.BySurname(m), p.Name) {
					surnameOnly[p.Name] = false
				}
			}
		}
		for _, c := range gold.Countries {
			want[rawName(c)] = Country
		}
		for _, o := range gold.Organizations {
			want[rawName(o)] = Organization
		}
		for name, kind := range want {
			var entry *Entry
			for _, h := range g.Lookup(name) {
				if h.Entry.Kind == kind || kind == Organization && h.Entry.Kind == Outlet {
					entry = h.Entry
					break
				}
			}
			if entry == nil {
				continue // not in the gazetteer (bylines, ad hoc bodies)
			}
			checked++
			if !matched[entry] && !surnameOnly[name] {
				t.Errorf("%s: %s %q (%s) is in the gazetteer but not matched in the text", base, kind, name, entry.ID)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d gold entities found in the gazetteer, want at least 20", checked)
	}
	t.Logf("%d gold entities known to the gazetteer", checked)
}

func containsEntry(list []*Entry, name string) bool {
	for _, e := range list {
		if e.Name == name {
			return true
		}
	}
	return false
}
