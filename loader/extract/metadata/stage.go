package metadata

import (
	"io/fs"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
)

// metaStage infers the document metadata the file does not state: date,
// title, outlet, authors and kind. It never overrides a field listed in
// Doc.Explicit, fills Result.Document and writes what it inferred back to
// Doc so that later stages (relative dates) can use it.
type metaStage struct {
	lex *lexicon.Entities
	hl  *headlineLexicon
}

func NewStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := lexicon.LoadEntities(data)
	if err != nil {
		return nil, err
	}
	hl, err := LoadHeadlineLexicon(data)
	if err != nil {
		return nil, err
	}
	return metaStage{lex: lex, hl: hl}, nil
}

func (s metaStage) Apply(a *model.Analysis) error {
	doc := a.Doc
	if doc.Explicit == nil {
		doc.Explicit = map[string]bool{}
	}
	m := &a.Result.Document
	m.ID, m.URL, m.Evidence = doc.ID, doc.URL, map[string]model.Span{}
	lines := credits.ContentLinesOf(a)
	head := lines
	if len(head) > 5 {
		head = head[:5]
	}

	if !doc.Explicit["date"] && doc.Date == "" {
		if d, sp, ok := s.headerDate(a, head); ok {
			doc.Date = d
			m.Evidence["date"] = sp
		}
	}
	if !doc.Explicit["title"] && doc.Title == "" {
		if st, en, ok := s.title(a, lines); ok {
			doc.Title = cleanTitle(a.Body[st:en])
			m.Evidence["title"] = a.Span(st, en)
		}
	}
	if !doc.Explicit["outlet"] && doc.Outlet == "" {
		if name, sp, ok := s.outlet(a, lines, head); ok {
			doc.Outlet = name
			m.Evidence["outlet"] = sp
		}
	}
	if !doc.Explicit["authors"] && len(doc.Authors) == 0 {
		for _, c := range credits.Of(a, s.lex) {
			if c.Author && !containsString(doc.Authors, c.Name) {
				doc.Authors = append(doc.Authors, c.Name)
				if _, ok := m.Evidence["authors"]; !ok {
					m.Evidence["authors"] = a.Span(c.Start, c.End)
				}
			}
		}
	}
	if !doc.Explicit["kind"] && doc.Kind == "" {
		doc.Kind = s.kind(a, doc.Title)
	}

	m.Title = optString(doc.Title)
	m.Outlet = optString(doc.Outlet)
	m.Date = optString(doc.Date)
	m.Authors = append([]string{}, doc.Authors...)
	m.Kind = string(doc.Kind)
	if len(m.Evidence) == 0 {
		m.Evidence = nil
	}
	return nil
}

// headerDate reads the date of a dateline or of a dated line ("*Paris,
// 6th of January 2026*") among the first lines.
func (s metaStage) headerDate(a *model.Analysis, head []credits.Line) (string, model.Span, bool) {
	for _, ln := range head {
		text := a.Body[ln.Start:ln.End]
		if dl, ok := lineDateline(a, ln); ok && dl[4] >= 0 {
			if d, ok := credits.FindHeaderDate(text[dl[4]:dl[5]]); ok {
				if v := d.String(0); v != "" {
					return v, a.Span(ln.Start+dl[4]+d.Start, ln.Start+dl[4]+d.End), true
				}
			}
		}
		if st, en, ok := credits.DatelineIn(s.lex, text); ok {
			d, _ := credits.FindHeaderDate(text[st:en])
			if v := d.String(0); v != "" {
				return v, a.Span(ln.Start+st, ln.Start+en), true
			}
		}
	}
	return "", model.Span{}, false
}

// optString returns nil for "", else a pointer to s.
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
