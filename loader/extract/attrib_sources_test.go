package extract

import "testing"

// Tests of how a source is named: a capital standing for its state under
// another spelling than the gazetteer's capital name.

func TestAttributionCapitalVariantNamesTheState(t *testing.T) {
	res := runDefault(t, "Kiev said the bridges over the river would reopen in May.\n")
	if len(res.Attributions) != 1 {
		t.Fatalf("attributions = %+v, want one", res.Attributions)
	}
	if a := res.Attributions[0]; a.Source != "Ukraine" || a.SourceID != "country:UKR" {
		t.Errorf("source = %q (%s), want Ukraine: a capital speaks for its state", a.Source, a.SourceID)
	}
}
