package extract

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/extract/entities"
	"github.com/kg-project/kg/loader/extract/model"
)

func TestGroupMentionsByKey(t *testing.T) {
	ms := []model.Mention{
		{Start: 0, Key: "person:a", Text: "Ada Lovelace"},
		{Start: 5, Text: "unkeyed"},
		{Start: 9, Key: "country:fr", Text: "France"},
		{Start: 20, Key: "person:a", Text: "Lovelace"},
		{Start: 30, Key: "country:fr", Text: "French"},
		{Start: 40, Key: "org:un", Text: "UN"},
	}
	order, groups := entities.GroupMentionsByKey(ms)
	if want := []string{"person:a", "country:fr", "org:un"}; !reflect.DeepEqual(order, want) {
		t.Fatalf("order = %v, want %v", order, want)
	}
	texts := func(g []model.Mention) (out []string) {
		for _, m := range g {
			out = append(out, m.Text)
		}
		return out
	}
	want := [][]string{{"Ada Lovelace", "Lovelace"}, {"France", "French"}, {"UN"}}
	for g := range groups {
		if got := texts(groups[g]); !reflect.DeepEqual(got, want[g]) {
			t.Errorf("group %s = %v, want %v", order[g], got, want[g])
		}
	}
	// appending to a group must not overwrite the next one
	_ = append(groups[0], model.Mention{Text: "intruder"})
	if got := texts(groups[1]); !reflect.DeepEqual(got, want[1]) {
		t.Errorf("after append to group 0, group 1 = %v", got)
	}
	if o, g := entities.GroupMentionsByKey(nil); len(o) != 0 || len(g) != 0 {
		t.Errorf("no mentions: %v %v", o, g)
	}
}
