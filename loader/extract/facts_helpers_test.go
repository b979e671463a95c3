package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/data"
	"github.com/kg-project/kg/loader/document"
	"github.com/kg-project/kg/loader/extract/model"
)

// factDoc builds an Analysis by hand for the fact stages: one segment per
// line (a line starting with "- " is a list item whose lead is the line
// before the first item), the given mentions located by their first
// occurrence at or after the previous one of the same text, and dates.
type factDoc struct {
	body     string
	kind     string // "primary" or "secondary"
	date     string
	mentions []factMention
	dates    []factDate
}

type factMention struct{ text, key, kind, form string }

type factDate struct{ text, date string }

func (f factDoc) analysis(t *testing.T) *model.Analysis {
	t.Helper()
	doc := &document.Document{ID: "t", Body: f.body, Date: f.date, Kind: document.Kind(f.kind)}
	a := model.NewAnalysis(doc, nil)
	a.Result.Document.Kind = f.kind
	if f.date != "" {
		a.Result.Document.Date = &f.date
	}
	lead := -1
	off := 0
	for _, line := range strings.SplitAfter(f.body, "\n") {
		text := strings.TrimRight(line, "\n")
		if strings.TrimSpace(text) != "" {
			s := model.Sent{Start: off, End: off + len(text), Kind: "sentence", Lead: -1, Parent: -1, Item: -1}
			if strings.HasPrefix(text, "- ") {
				if lead < 0 {
					lead = len(a.Sents) - 1
				}
				s.Kind, s.Lead, s.Item = "item", lead, len(a.Sents)
				s.Start += 2
			} else {
				lead = -1
			}
			a.Sents = append(a.Sents, s)
		}
		off += len(line)
	}
	from := map[string]int{}
	names := map[string]string{}
	for _, m := range f.mentions {
		k := strings.Index(f.body[from[m.text]:], m.text)
		if k < 0 {
			t.Fatalf("mention %q not in body", m.text)
		}
		st := from[m.text] + k
		from[m.text] = st + len(m.text)
		form := m.form
		if form == "" {
			form = "name"
		}
		a.Mentions = append(a.Mentions, model.Mention{Start: st, End: st + len(m.text), Text: m.text, Key: m.key,
			Kind: m.kind, Form: form, Sent: a.SentAt(st)})
		if _, ok := names[m.key]; !ok && form == "name" {
			names[m.key] = m.text
		}
	}
	for k, n := range names {
		a.Result.Organizations = append(a.Result.Organizations, model.Entity{ID: k, Name: n})
	}
	for _, d := range f.dates {
		st := strings.Index(f.body, d.text)
		if st < 0 {
			t.Fatalf("date %q not in body", d.text)
		}
		a.Dates = append(a.Dates, model.DateMention{Start: st, End: st + len(d.text), Text: d.text, Date: d.date, Sent: a.SentAt(st)})
	}
	return a
}

// runFactStages applies the fact stages, built from the bundled lexicons.
func runFactStages(t *testing.T, a *model.Analysis) {
	t.Helper()
	for _, b := range factStages {
		s, err := b.build(nil, data.FS)
		if err != nil {
			t.Fatalf("build %s: %v", b.name, err)
		}
		if err := s.Apply(a); err != nil {
			t.Fatalf("apply %s: %v", b.name, err)
		}
	}
}

// checkEvidence fails when an evidence span does not hold its text.
func checkEvidence(t *testing.T, a *model.Analysis, what string, spans []model.Span) {
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
