package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/model"
)

// TestFactStagesOddInput runs the fact stages on malformed or degenerate
// inputs: they must not fail or panic, and every span must be valid.
func TestFactStagesOddInput(t *testing.T) {
	bodies := []string{
		"",
		"\u201c",
		"\"unclosed quote said the draft",
		"**\n**bold**\n- \n- ;;;\n",
		"- We agreed to:\n- \n",
		"They said.\nThese commitments.\nSuch forces, said.\n",
		"According to, which has seen the,\nUnder the draft,\n",
		"X-led -led led by\nin the event of the event\n",
		"Élysée « guillemets » – dash — said the document.",
	}
	for _, body := range bodies {
		f := factDoc{body: body, kind: "secondary"}
		a := f.analysis(t)
		runFactStages(t, a)
		r := &a.Result
		var spans []model.Span
		for _, e := range r.Events {
			spans = append(spans, e.Evidence...)
		}
		for _, c := range r.Commitments {
			spans = append(spans, c.Evidence...)
		}
		for _, at := range r.Attributions {
			spans = append(spans, at.Evidence...)
		}
		n := utf8.RuneCountInString(body)
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > n || sp.Start >= sp.End || string([]rune(body)[sp.Start:sp.End]) != sp.Text {
				t.Errorf("body %q: bad span %+v", body, sp)
			}
		}
	}
}
