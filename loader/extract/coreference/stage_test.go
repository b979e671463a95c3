package coreference

import (
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// A surname alone, later in the text, resolves to the full person named
// before it.
func TestSurnameResolvesToFullName(t *testing.T) {
	st, err := NewStage(nil, data.FS)
	if err != nil {
		t.Fatal(err)
	}
	body := "Jane Roe arrived on Monday. Later Roe said talks would go on."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Sents = []model.Sent{{Start: 0, End: 27, Kind: "sentence", Lead: -1, Parent: -1, Item: -1},
		{Start: 28, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	a.AddMention(model.Mention{Start: 0, End: 8, Text: "Jane Roe", Key: "person:jane-roe", Kind: "person", Form: "name", Sent: 0})
	if err := st.Apply(a); err != nil {
		t.Fatal(err)
	}
	m, ok := a.MentionStartingAt(34)
	if !ok || m.Key != "person:jane-roe" || body[m.Start:m.End] != "Roe" {
		t.Errorf("mention at Roe = %+v %v; mentions %+v", m, ok, a.Mentions)
	}
}
