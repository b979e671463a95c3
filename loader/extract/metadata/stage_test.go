package metadata

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// A byline under a title line gives the authors, the title line the
// title, on segments set by hand.
func TestTitleAndAuthors(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	body := "Harbour works begin on the coast\nBy Jane Roe\n\nThe works begin next week, officials said."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Sents = []model.Sent{
		{Start: 0, End: 32, Kind: "heading", Lead: -1, Parent: -1, Item: -1},
		{Start: 33, End: 44, Kind: "heading", Lead: -1, Parent: -1, Item: -1},
		{Start: 46, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1},
	}
	if err := st.Apply(a); err != nil {
		t.Fatal(err)
	}
	d := a.Result.Document
	if d.Title == nil || *d.Title != "Harbour works begin on the coast" {
		t.Errorf("title = %v", d.Title)
	}
	if len(d.Authors) != 1 || d.Authors[0] != "Jane Roe" {
		t.Errorf("authors = %v", d.Authors)
	}
}
