package credits

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
)

// The cues a body holds are kept in list order; photo and trailing
// credits are still found through them.
func TestDocCues(t *testing.T) {
	lex, err := lexicon.LoadEntities(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if c := cuesOf("The works begin next week.", lex); c.photo != nil || c.trailing {
		t.Errorf("cues of a plain body = %+v", c)
	}
	body := "Harbour works begin\n\nThe works begin next week, officials said.\n\nPhoto: Jane Roe / AFP\n\nJohn Doe contributed to this report."
	if c := cuesOf(body, lex); !reflect.DeepEqual(c.photo, []string{"Photo:"}) || !c.trailing {
		t.Errorf("cues = %+v", c)
	}
	var kinds []string
	for _, c := range Of(model.NewAnalysis(&document.Document{Body: body}, nil), lex) {
		kinds = append(kinds, c.Kind+" "+c.Name)
	}
	if want := []string{"photo Jane Roe", "credit John Doe"}; !reflect.DeepEqual(kinds, want) {
		t.Errorf("credits = %q, want %q", kinds, want)
	}
}
