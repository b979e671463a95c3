package facts

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// SharedContext is NewContext built once per analysis, and built again
// when what it reads has changed.
func TestSharedContext(t *testing.T) {
	body := "Freedonia said it would send aid to Ruritania."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Mentions = []model.Mention{
		{Start: 0, End: 9, Text: "Freedonia", Key: "country:FRE", Kind: "country", Sent: 0},
		{Start: 36, End: 45, Text: "Ruritania", Key: "country:RUR", Kind: "country", Sent: 0},
	}
	c := SharedContext(a)
	if c.beneficiaryFound {
		t.Error("SharedContext looked for the beneficiary before a stage asked")
	}
	c.FindBeneficiary()
	if want := NewContext(a); !reflect.DeepEqual(*c, *want) {
		t.Fatalf("SharedContext with FindBeneficiary = %+v, NewContext = %+v", *c, *want)
	}
	if SharedContext(a) != c {
		t.Error("a second call built a new context")
	}
	a.Mentions = a.Mentions[:1]
	c2 := SharedContext(a)
	c2.FindBeneficiary()
	if c2 == c || !reflect.DeepEqual(*c2, *NewContext(a)) {
		t.Errorf("after a change of mentions: %+v, want NewContext's", *c2)
	}
	a.ReleaseTokens()
}

// A shared context finds the beneficiary only when asked, and then finds
// NewContext's.
func TestSharedContextBeneficiaryOnDemand(t *testing.T) {
	body := "Freedonia pledged aid for Ruritania. Freedonia will support Ruritania."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body, Date: "2025-05-04"}, nil)
	a.Sents = []model.Sent{{Start: 0, End: 36, Kind: "sentence", Lead: -1, Parent: -1, Item: -1},
		{Start: 37, End: len(body), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}}
	for _, m := range []model.Mention{
		{Start: 0, End: 9, Text: "Freedonia", Key: "country:freedonia", Kind: "country", Form: "name", Sent: 0},
		{Start: 26, End: 35, Text: "Ruritania", Key: "country:ruritania", Kind: "country", Form: "name", Sent: 0},
		{Start: 37, End: 46, Text: "Freedonia", Key: "country:freedonia", Kind: "country", Form: "name", Sent: 1},
		{Start: 60, End: 69, Text: "Ruritania", Key: "country:ruritania", Kind: "country", Form: "name", Sent: 1},
	} {
		a.AddMention(m)
	}
	full := NewContext(a)
	if full.Beneficiary == "" {
		t.Fatalf("no beneficiary in %q: the test tells nothing", body)
	}
	c := SharedContext(a)
	if c.Beneficiary != "" {
		t.Errorf("beneficiary %q before FindBeneficiary, want none", c.Beneficiary)
	}
	c.FindBeneficiary()
	if !reflect.DeepEqual(*c, *full) {
		t.Errorf("context %+v, want %+v", *c, *full)
	}
	a.ReleaseTokens()
}
