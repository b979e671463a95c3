package attributions

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// A person's reported statement, on a hand-segmented sentence with the
// person's mention and entity given, is a claim of that person.
func TestReportedStatementOfAPerson(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	body := "Jane Roe said the harbour talks would resume in June."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Sents = []model.Sent{{Start: 0, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	a.AddMention(model.Mention{Start: 0, End: 8, Text: "Jane Roe", Key: "person:jane-roe", Kind: "person", Form: "name", Sent: 0})
	a.Result.Persons = []model.Entity{{ID: "person:jane-roe", Name: "Jane Roe", Kind: "person"}}
	if err := st.Apply(a); err != nil {
		t.Fatal(err)
	}
	at := a.Result.Attributions
	if len(at) != 1 || at[0].SourceID != "person:jane-roe" {
		t.Fatalf("attributions = %+v", at)
	}
}
