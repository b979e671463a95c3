package credits

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
)

// A byline line of its own names the author; the result is computed once.
func TestBylineCredit(t *testing.T) {
	lex := loadLex(t)
	body := "Harbour works begin\nBy Jane Roe\n\nThe works begin next week, officials said."
	a := model.NewAnalysis(&document.Document{Body: body}, nil)
	cs := Of(a, lex)
	if len(cs) != 1 || cs[0].Name != "Jane Roe" || !cs[0].Author || body[cs[0].Start:cs[0].End] != "Jane Roe" {
		t.Fatalf("credits = %+v", cs)
	}
	if again := Of(a, lex); &again[0] != &cs[0] {
		t.Error("credits computed twice")
	}
}

// A header date line gives its day.
func TestHeaderDate(t *testing.T) {
	if d, ok := FindHeaderDate("March 3, 2025"); !ok || d.String(0) != "2025-03-03" {
		t.Errorf("FindHeaderDate = %+v %v", d, ok)
	}
}

// loadLex loads the entity lexicon.
func loadLex(t *testing.T) *lexicon.Entities {
	t.Helper()
	lex, err := lexicon.LoadEntities(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

// The cues a body holds are kept in list order; photo and trailing
// credits are still found through them.
func TestDocCues(t *testing.T) {
	lex := loadLex(t)
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
