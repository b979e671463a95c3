package roles

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// A title before a person's mention becomes the person's role.
func TestTitleBeforeNameIsRole(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	body := "Prime Minister Jane Roe spoke on Monday."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Sents = []model.Sent{{Start: 0, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	a.AddMention(model.Mention{Start: 15, End: 23, Text: "Jane Roe", Key: "person:jane-roe", Kind: "person", Form: "name", Sent: 0})
	a.Result.Persons = []model.Entity{{ID: "person:jane-roe", Name: "Jane Roe", Kind: "person"}}
	if err := st.Apply(a); err != nil {
		t.Fatal(err)
	}
	p := a.Result.Persons[0]
	if len(p.RoleLabels) != 1 || p.RoleLabels[0] != "Prime Minister" {
		t.Errorf("roles = %v", p.RoleLabels)
	}
}
