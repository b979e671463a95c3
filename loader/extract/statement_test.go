package extract

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// runDefault runs the whole default pipeline (bundled gazetteer and
// lexicons) on one plain-text body.
func runDefault(t *testing.T, body string) *model.Result {
	t.Helper()
	docs, errs := document.ParseBytes("t.txt", []byte(body), document.Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("parse: %v", errs)
	}
	res, err := fuzzPipeline(t).Run(docs[0])
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return res
}

func TestStatementByNamedLeadersIsTheirs(t *testing.T) {
	res := runDefault(t, "Statement by Prime Minister Jonas Gahr Støre and President Alexander Stubb on Arctic security\n\n"+
		"The leaders agreed to deepen their cooperation.\n\nThis will include:\n\n"+
		"- joint air policing over the High North;\n- funding for a shared radar network for Ukraine.\n")
	if res.Document.Kind != "primary" {
		t.Errorf("kind = %s, want primary: the first line names the text and its issuers", res.Document.Kind)
	}
	if len(res.Commitments) != 2 {
		t.Fatalf("commitments = %+v, want the two listed components", res.Commitments)
	}
	for _, c := range res.Commitments {
		if !slices.Equal(c.ByIDs, []string{"country:NOR", "country:FIN"}) || c.Status != "agreed" {
			t.Errorf("commitment %q by %v (%s), want Norway and Finland, agreed", c.What, c.ByIDs, c.Status)
		}
	}
}
