package roles

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// roleStage gives each person the roles the text states: the title before
// a mention ("Belgian Prime Minister Bart De Wever" -> "Prime Minister of
// Belgium"; "Trump's son-in-law Jared Kushner" -> "son-in-law of Donald
// Trump"; a bare "President" stays bare), an appositive after it ("Mark
// Rutte, NATO's Secretary General"), and credits (bylines, credit lines,
// photo credits). Offices the gazetteer knows but the text does not state
// are not roles here. It runs after entitiesStage.
type roleStage struct {
	lex    *lexicon.Entities
	titles *lexicon.Titles
}

// NewStage builds the role stage from the entity lexicon and its titles.
func NewStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, titles, err := lexicon.LoadEntitiesWithTitles(data)
	if err != nil {
		return nil, err
	}
	return roleStage{lex: lex, titles: titles}, nil
}

func (s roleStage) Apply(a *model.Analysis) error {
	titles := lexicon.TitlesIn(a, s.titles)
	credits := credits.Of(a, s.lex)
	names := map[string]string{}
	for _, p := range a.Result.Persons {
		names[p.ID] = p.Name
	}
	byKey := a.MentionsByKey()
	for pass := 0; pass < 2; pass++ {
		for i := range a.Result.Persons {
			s.rolesOf(a, &a.Result.Persons[i], byKey[a.Result.Persons[i].ID], titles, credits, names, pass == 1)
		}
	}
	for i := range a.Result.Persons {
		s.completeFromOffices(a, &a.Result.Persons[i], byKey[a.Result.Persons[i].ID], titles)
	}
	return nil
}

// rolesOf adds the roles stated around the mentions of person p; mirror
// roles ("his French counterpart"), which need the possessor's own roles,
// are read in a second pass.
func (s roleStage) rolesOf(a *model.Analysis, p *model.Entity, mentions []int, titles []lexicon.TitleHit, credits []credits.Credit, names map[string]string, mirror bool) {
	for _, mi := range mentions {
		m := a.Mentions[mi]
		t := lexicon.TitleBefore(a.Body, titles, m.Start, m.End)
		if hs, ok := s.honorificBefore(a, m.Start); t == nil && ok {
			t = lexicon.TitleBefore(a.Body, titles, hs, m.End) // "President Sheikh Karim Nabil"
		}
		if mirror {
			if t != nil && t.Form.Mirror {
				if r, ok := s.mirrorRole(a, t, m); ok {
					addRole(p, r)
				}
			}
			continue
		}
		for _, c := range credits {
			// One author role per person: a byline's author is not listed
			// again for the writing credit.
			if c.Start != m.Start || c.End != m.End || c.Author && hasAuthorRole(p) {
				continue
			}
			addRole(p, model.Role{Label: s.creditLabel(c.Role, a.Doc.Outlet), Title: strings.SplitN(c.Role, " (", 2)[0], Evidence: []model.Span{a.Span(m.Start, m.End)}})
		}
		if t != nil && !t.Form.Mirror {
			r := s.roleBefore(a, t, m, names)
			r.Evidence = []model.Span{a.Span(min(t.Start, r.start), m.End)}
			addRole(p, r.Role)
		} else if t == nil {
			if r, ok := s.complementedBefore(a, titles, m, names); ok {
				addRole(p, r)
			}
		}
		if r, ok := s.appositive(a, titles, m, names); ok {
			addRole(p, r)
		}
	}
}

// mirrorRole reads "his French counterpart X": X holds the office of the
// person "his" refers to, in the state the adjective names.
func (s roleStage) mirrorRole(a *model.Analysis, t *lexicon.TitleHit, m model.Mention) (model.Role, bool) {
	q, ok := a.MentionEndingAt(len(strings.TrimRight(a.Body[:t.Start], " \t")))
	if !ok || q.Kind != "country" {
		return model.Role{}, false
	}
	if pw := strings.ToLower(token.PrevWordText(a.Body, q.Start)); pw != "his" && pw != "her" && pw != "their" {
		return model.Role{}, false
	}
	owner, ok := a.PersonBefore(q.Start, m.Key)
	if !ok {
		return model.Role{}, false
	}
	for _, p := range a.Result.Persons {
		if p.ID != owner.Key {
			continue
		}
		for _, r := range p.RoleDetails {
			if r.OfID == "" && r.Title != "" || strings.HasPrefix(r.OfID, schema.PrefixCountry) {
				of := displayOf(a, q.Key, nil)
				form := &lexicon.TitleForm{Title: r.Title, Link: "of"}
				return model.Role{Label: joinRole(form, of, "country"), Title: r.Title, OfID: q.Key, OfName: of,
					Evidence: []model.Span{a.Span(q.Start, m.End)}}, true
			}
		}
	}
	return model.Role{}, false
}

// creditLabel fills the outlet into a credit's role label, or drops its
// place when the outlet is unknown.
func (s roleStage) creditLabel(template, outlet string) string {
	if outlet != "" {
		return strings.ReplaceAll(template, "%s", outlet)
	}
	for _, cut := range []string{" (%s)", "%s ", "%s"} {
		template = strings.ReplaceAll(template, cut, "")
	}
	return template
}

// roleSpan is a role with the byte offset where its words start.
type roleSpan struct {
	model.Role
	start int
}

// roleBefore reads the title t before mention m and what qualifies it: a
// country or body ("Belgian", "NATO", "France's"), a possessor
// ("Trump's", "the American leader's", "his").
func (s roleStage) roleBefore(a *model.Analysis, t *lexicon.TitleHit, m model.Mention, names map[string]string) roleSpan {
	r := roleSpan{Role: model.Role{Title: t.Form.Title}, start: t.Start}
	j := t.Start
	for j > 0 && (a.Body[j-1] == ' ' || a.Body[j-1] == '\t') {
		j--
	}
	possessive := false
	if strings.HasSuffix(a.Body[:j], "'s") || strings.HasSuffix(a.Body[:j], "’s") {
		possessive = true
		j -= len("'s")
		if strings.HasSuffix(a.Body[:j+2], "’s") {
			j -= len("’") - 1
		}
	}
	if q, ok := a.MentionEndingAt(j); ok && q.Key != m.Key {
		r.start = q.Start
		r.OfID, r.OfName = q.Key, displayOf(a, q.Key, names)
		if q.Kind == "country" && q.Form == "seat" && !model.IsCapitalOf(a, q) {
			// "Kremlin spokesman": the seat as written names the office;
			// a capital standing for its state ("Washington's envoy")
			// names the state.
			r.OfName = q.Text
			if strings.EqualFold(token.PrevWordText(a.Body, q.Start), "the") {
				r.OfName = "the " + q.Text
			}
		}
		if r.OfName != "" {
			r.Label = joinRole(t.Form, r.OfName, q.Kind)
			return r
		}
	}
	if possessive {
		// "the American leader's son-in-law": the possessive noun phrase.
		words := token.SplitWords(a.Body, max(0, j-60), j)
		for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
			if strings.EqualFold(words[k].Text, "the") {
				phrase := a.Body[words[k].Start:j]
				r.start, r.OfName = words[k].Start, strings.Join(strings.Fields(phrase), " ")
				r.Label = joinRole(t.Form, r.OfName, "")
				return r
			}
		}
	}
	if pw := strings.ToLower(token.PrevWordText(a.Body, t.Start)); pw == "his" || pw == "her" {
		if q, ok := a.PersonBefore(t.Start, m.Key); ok {
			r.OfID, r.OfName = q.Key, displayOf(a, q.Key, names)
			r.Label = joinRole(t.Form, r.OfName, "person")
			return r
		}
	}
	r.Label = t.Form.Title
	return r
}

// appositive reads "NAME, [the] [qualifier] TITLE" after mention m.
func (s roleStage) appositive(a *model.Analysis, titles []lexicon.TitleHit, m model.Mention, names map[string]string) (model.Role, bool) {
	rest := a.Body[m.End:min(len(a.Body), m.End+80)]
	if !strings.HasPrefix(rest, ", ") {
		return model.Role{}, false
	}
	for i := lexicon.TitlesFrom(titles, m.End+1); i < len(titles) && titles[i].Start <= m.End+60; i++ {
		t := &titles[i]
		if t.Form.Relation {
			continue
		}
		between := a.Body[m.End+2 : t.Start]
		punct := between
		for _, w := range token.SplitWords(between, 0, len(between)) {
			punct = strings.Replace(punct, w.Text, "", 1) // keeps the dots of "U.S." out
		}
		if strings.ContainsAny(punct, ",.;\n") || len(strings.Fields(between)) > 3 {
			return model.Role{}, false
		}
		// "A, French President B": a list of titled names, not an appositive.
		if next := token.NextWordText(a.Body, t.End); token.IsCap(next) || a.MentionAt(t.End, t.End+len(next)+1) >= 0 {
			return model.Role{}, false
		}
		if q, ok := lexicon.ComplementAfter(a, t); ok {
			// "A, President of X B": the title and its complement belong
			// to B, the next titled name of a list
			if next := token.NextWordText(a.Body, q.End); token.IsCap(next) || a.MentionAt(q.End, q.End+len(next)+1) >= 0 {
				return model.Role{}, false
			}
			return s.complemented(a, t, q, names, a.Span(m.Start, q.End)), true
		}
		r := s.roleBefore(a, t, m, names)
		r.Evidence = []model.Span{a.Span(m.Start, t.End)}
		return r.Role, true
	}
	return model.Role{}, false
}

// complementedBefore reads "TITLE of X NAME" and "TITLE of X, NAME," before
// mention m ("Secretary General of NATO Mark Rutte").
func (s roleStage) complementedBefore(a *model.Analysis, titles []lexicon.TitleHit, m model.Mention, names map[string]string) (model.Role, bool) {
	for i := lexicon.TitlesFrom(titles, m.Start-200); i < len(titles) && titles[i].Start < m.Start; i++ {
		t := &titles[i]
		if t.End >= m.Start || t.End < m.Start-120 || t.Form.Mirror {
			continue
		}
		q, ok := lexicon.ComplementAfter(a, t)
		if !ok {
			continue
		}
		gap := a.Body[q.End:m.Start]
		if strings.Trim(gap, " \t") == "" || gap == ", " && lexicon.ClosesApposition(a.Body, m.End) {
			return s.complemented(a, t, q, names, a.Span(t.Start, m.End)), true
		}
	}
	return model.Role{}, false
}

// complemented makes the role "TITLE of X" for a title completed by the
// mention q.
func (s roleStage) complemented(a *model.Analysis, t *lexicon.TitleHit, q model.Mention, names map[string]string, ev model.Span) model.Role {
	of := displayOf(a, q.Key, names)
	return model.Role{Label: joinRole(t.Form, of, q.Kind), Title: t.Form.Title, OfID: q.Key, OfName: of, Evidence: []model.Span{ev}}
}

// joinRole writes a role label: "Prime Minister of Belgium", "special
// envoy of Donald Trump", "adviser to Donald Trump".
func joinRole(t *lexicon.TitleForm, of, kind string) string {
	if kind == "country" && needsArticle(of) || (kind == "organization" || kind == "outlet") && len(strings.Fields(of)) > 1 && !token.IsAllCaps(of) && !strings.HasPrefix(of, "the ") {
		of = "the " + of // "the European Union", but "NATO"
	}
	return fmt.Sprintf("%s %s %s", t.Title, t.Link, of)
}

// needsArticle reports whether an English country name takes "the"
// ("the United States", "the Netherlands").
func needsArticle(name string) bool {
	for _, p := range []string{"United ", "Republic ", "Democratic Republic"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	for _, suf := range []string{" Republic", " Islands", " Emirates", "Netherlands", "Philippines", "Bahamas", "Gambia", " Kingdom", " States"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// displayOf returns the display name of an entity key.
func displayOf(a *model.Analysis, key string, names map[string]string) string {
	if n, ok := names[key]; ok {
		return n
	}
	if e, ok := model.EntryOf(a.Gaz, key); ok {
		return e.Name
	}
	for _, list := range [][]model.Entity{a.Result.Countries, a.Result.Organizations} {
		for _, x := range list {
			if x.ID == key {
				return x.Name
			}
		}
	}
	if _, id, ok := strings.Cut(key, ":"); ok && strings.HasPrefix(key, schema.PrefixCountry) {
		return id
	}
	return ""
}

// addRole adds a role unless the person already has its label.
func addRole(p *model.Entity, r model.Role) {
	if r.Label == "" {
		return
	}
	for i, x := range p.RoleDetails {
		if strings.EqualFold(x.Label, r.Label) {
			p.RoleDetails[i].Evidence = append(p.RoleDetails[i].Evidence, r.Evidence...)
			return
		}
	}
	p.RoleLabels = append(p.RoleLabels, r.Label)
	p.RoleDetails = append(p.RoleDetails, r)
}

// hasAuthorRole reports whether the person already has an author credit.
func hasAuthorRole(p *model.Entity) bool {
	for _, r := range p.RoleDetails {
		if strings.HasPrefix(r.Label, "author") {
			return true
		}
	}
	return false
}
