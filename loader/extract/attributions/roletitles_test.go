package attributions

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// A phrase naming an office alone is the person holding it, asked once or
// again (the role titles are read once per document).
func TestRoleReferenceByTitle(t *testing.T) {
	body := "The foreign minister of Freedonia spoke. The harbour master of Ruritania agreed."
	a := model.NewAnalysis(&document.Document{ID: "d", Body: body}, nil)
	a.Result.Persons = []model.Entity{
		{ID: "person:jane-roe", Name: "Jane Roe", Kind: "person", RoleDetails: []model.Role{{Title: "Foreign Minister", OfID: "country:freedonia"}}},
		{ID: "person:john-doe", Name: "John Doe", Kind: "person", RoleDetails: []model.Role{{Title: "Harbour Master", OfID: "country:ruritania"}}},
	}
	d := &attribDoc{c: facts.NewContext(a)}
	for _, tc := range []struct{ phrase, want string }{
		{"The foreign minister", "person:jane-roe"},
		{"The harbour master", "person:john-doe"},
		{"The foreign minister", "person:jane-roe"},
	} {
		start := strings.Index(body, tc.phrase)
		toks := token.Tokens(body, start, start+len(tc.phrase))
		src, ok := d.roleReference(toks)
		if !ok || src.id != tc.want {
			t.Errorf("%q: source %+v %v, want %s", tc.phrase, src, ok, tc.want)
		}
	}
}
