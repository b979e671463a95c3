package facts

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// NewContextNoBeneficiary gives NewContext's context but for the
// beneficiary.
func TestNewContextNoBeneficiary(t *testing.T) {
	body := "Freedonia pledged aid for Ruritania. Freedonia will support Ruritania."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body, Date: "2025-05-04"}, nil)
	a.Sents = []model.Sent{{Start: 0, End: 36, Kind: "sentence", Lead: -1, Parent: -1, Item: -1},
		{Start: 37, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	a.AddMention(model.Mention{Start: 0, End: 9, Text: "Freedonia", Key: "country:freedonia", Kind: "country", Form: "name", Sent: 0})
	a.AddMention(model.Mention{Start: 26, End: 35, Text: "Ruritania", Key: "country:ruritania", Kind: "country", Form: "name", Sent: 0})
	a.AddMention(model.Mention{Start: 37, End: 46, Text: "Freedonia", Key: "country:freedonia", Kind: "country", Form: "name", Sent: 1})
	a.AddMention(model.Mention{Start: 60, End: 69, Text: "Ruritania", Key: "country:ruritania", Kind: "country", Form: "name", Sent: 1})
	full, light := NewContext(a), NewContextNoBeneficiary(a)
	if full.Beneficiary == "" {
		t.Fatalf("no beneficiary in %q: the test tells nothing", body)
	}
	if light.Beneficiary != "" {
		t.Errorf("beneficiary %q, want none", light.Beneficiary)
	}
	light.Beneficiary = full.Beneficiary
	if !reflect.DeepEqual(full, light) {
		t.Errorf("context %+v, want %+v", light, full)
	}
}
