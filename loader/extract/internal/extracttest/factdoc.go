package extracttest

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract"
	"github.com/kg-project/kg/loader/extract/model"
)

// FactDoc describes an Analysis built by hand for the fact stages: one
// segment per line (a line starting with "- " is a list item whose lead is
// the line before the first item), the given mentions located by their
// first occurrence at or after the previous one of the same text, and the
// given dates located by their first occurrence.
type FactDoc struct {
	Body     string
	Kind     string // "primary" or "secondary"
	Date     string
	Mentions []Mention
	Dates    []Date
}

// Mention is a mention of a FactDoc, written {text, entity key, entity
// kind, form} (form "name" when empty): an array, so that the tests of
// every package list mentions as briefly as literals of their own type.
type Mention [4]string

// Date is a date mention of a FactDoc, written {text, the date it resolves
// to}.
type Date [2]string

// Analysis builds the Analysis the FactDoc describes; every entity named
// by a mention of form "name" is listed as an organization of the Result.
func (f FactDoc) Analysis(t *testing.T) *model.Analysis {
	t.Helper()
	doc := &document.Document{ID: "t", Body: f.Body, Date: f.Date, Kind: document.Kind(f.Kind)}
	a := model.NewAnalysis(doc, nil)
	a.Result.Document.Kind = f.Kind
	if f.Date != "" {
		a.Result.Document.Date = &f.Date
	}
	a.Sents = segmentLines(f.Body)
	from := map[string]int{}
	names := map[string]string{}
	for _, m := range f.Mentions {
		text, key, kind, form := m[0], m[1], m[2], m[3]
		k := strings.Index(f.Body[from[text]:], text)
		if k < 0 {
			t.Fatalf("mention %q not in body", text)
		}
		st := from[text] + k
		from[text] = st + len(text)
		if form == "" {
			form = "name"
		}
		a.Mentions = append(a.Mentions, model.Mention{Start: st, End: st + len(text), Text: text, Key: key,
			Kind: kind, Form: form, Sent: a.SentAt(st)})
		if _, ok := names[key]; !ok && form == "name" {
			names[key] = text
		}
	}
	for k, n := range names {
		a.Result.Organizations = append(a.Result.Organizations, model.Entity{ID: k, Name: n})
	}
	for _, d := range f.Dates {
		text, date := d[0], d[1]
		st := strings.Index(f.Body, text)
		if st < 0 {
			t.Fatalf("date %q not in body", text)
		}
		a.Dates = append(a.Dates, model.DateMention{Start: st, End: st + len(text), Text: text, Date: date, Sent: a.SentAt(st)})
	}
	return a
}

// segmentLines makes one segment of each non-blank line of body; a line
// starting with "- " is a list item (its text after the dash) whose lead
// is the segment before the first item of its list.
func segmentLines(body string) []model.Sent {
	var sents []model.Sent
	lead := -1
	off := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		text := strings.TrimRight(line, "\n")
		if strings.TrimSpace(text) != "" {
			s := model.Sent{Start: off, End: off + len(text), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}
			if strings.HasPrefix(text, "- ") {
				if lead < 0 {
					lead = len(sents) - 1
				}
				s.Kind, s.Lead, s.Item = "item", lead, len(sents)
				s.Start += 2
			} else {
				lead = -1
			}
			sents = append(sents, s)
		}
		off += len(line)
	}
	return sents
}

// RunFactStages applies the fact stages, built from the bundled lexicons.
func RunFactStages(t *testing.T, a *model.Analysis) {
	t.Helper()
	p, err := extract.NewFactPart(nil, data.FS)
	if err != nil {
		t.Fatalf("build the fact stages: %v", err)
	}
	if err := p.Apply(a); err != nil {
		t.Fatalf("fact stages: %v", err)
	}
}

// CheckEvidence fails when spans is empty or a span does not hold its
// text (what names the item in the message).
func CheckEvidence(t *testing.T, a *model.Analysis, what string, spans []model.Span) {
	t.Helper()
	runes := []rune(a.Body)
	if len(spans) == 0 {
		t.Errorf("%s: no evidence", what)
	}
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End || string(runes[sp.Start:sp.End]) != sp.Text {
			t.Errorf("%s: bad evidence %+v", what, sp)
		}
	}
}
