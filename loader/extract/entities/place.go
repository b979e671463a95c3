package entities

import (
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// placeStage finds places the gazetteer does not know: venues ("Lancaster
// House"), regions ("the Lipetsk region"), the city of a dateline, and a
// capitalised name after a place preposition ("in Lviv") that is nothing
// else. Gazetteer places and capitals used as locations were found by the
// gazetteer stage.
type placeStage struct{ lex *lexicon.Entities }

func NewPlaceStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := lexicon.LoadEntities(data)
	if err != nil {
		return nil, err
	}
	return placeStage{lex: lex}, nil
}

func (s placeStage) Apply(a *model.Analysis) error {
	words, sets := a.BodyWords(), s.lex.WordSetsOf(a)
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case sets.In(i, setVenue) && i > 0 && !token.IsAllCaps(w.Text):
			if first := s.capitalsBefore(a, words, i); first < i {
				s.add(a, words[first].Start, w.End, a.Body[words[first].Start:w.End])
			}
		case sets.In(i, setRegion) && !token.IsCap(w.Text) && i > 0:
			// "the Lipetsk region", "the Adré border crossing".
			head := i
			if strings.EqualFold(w.Text, "crossing") && i > 1 && strings.EqualFold(words[i-1].Text, "border") {
				head = i - 1
			}
			first := s.capitalsBefore(a, words, head)
			// "the Chad-Sudan Adré border crossing": the states are
			// where it lies, not its name.
			for first < head && a.OverlapsKind(words[first].Start, words[first].End, "country") {
				first++
			}
			if first == head {
				continue
			}
			st, en := words[first].Start, words[head-1].End
			if a.OverlapsKind(st, en, "place", "country", "person") {
				continue
			}
			s.add(a, st, w.End, a.Body[st:en]+strings.ToLower(a.Body[en:w.End]))
		case sets.In(i, setUprep) && (!token.IsCap(w.Text) || model.AtSentenceStart(a, w.Start)) && i+1 < len(words):
			s.afterPreposition(a, words, i+1)
		case sets.In(i, setCompass) && i+1 < len(words):
			s.compassRegion(a, w, words[i+1])
		}
	}
	s.datelineCity(a)
	return nil
}

// capitalsBefore returns the index of the first of the capitalised words
// right before words[i] on the same line (i itself when there are none).
func (s placeStage) capitalsBefore(a *model.Analysis, words []token.Word, i int) int {
	first := i
	for first > 0 && first > i-4 {
		p := words[first-1]
		if !token.IsCap(p.Text) || p.Poss || s.lex.HasIn(setDet, p.Text) || token.IsFunctionWord(p.Text) || s.lex.HasIn(setPlstop, p.Text) {
			break
		}
		if strings.Trim(a.Body[p.End:words[first].Start], " \t") != "" {
			break
		}
		first--
	}
	return first
}

// afterPreposition takes "in Lviv", "at Chequers": one to three
// capitalised words after a place preposition that no other stage took
// and that are not a stop word.
func (s placeStage) afterPreposition(a *model.Analysis, words []token.Word, j int) {
	if j < len(words) && strings.EqualFold(words[j].Text, "the") {
		return
	}
	n := 0
	for j+n < len(words) && n < 3 {
		w := words[j+n]
		gap := a.Body[words[j+n-1].End:w.Start]
		if token.IsCap(w.Text) && s.abstractNoun(w.Text) && strings.Trim(gap, " \t") == "" {
			return // "in Revenue Acceleration loans": a name of a thing
		}
		if !token.IsCap(w.Text) || token.IsAllCaps(w.Text) || s.lex.HasIn(setPlstop, w.Text) || s.lex.HasIn(setPstop, w.Text) ||
			s.lex.HasIn(setPlatform, w.Text) || strings.ContainsAny(w.Text, "0123456789") || strings.Trim(gap, " \t") != "" {
			break
		}
		n++
		if w.Poss {
			break
		}
	}
	if n == 0 {
		return
	}
	st, en := words[j].Start, words[j+n-1].End
	if a.MentionAt(st, en) >= 0 {
		return
	}
	// A name followed by a capitalised word or an organization head is
	// part of a longer name ("in Foo Bar Commission").
	if j+n < len(words) && (s.lex.HasIn(setOrghead, words[j+n].Text) || s.lex.HasIn(setVenue, words[j+n].Text)) {
		return
	}
	s.add(a, st, en, a.Body[st:en])
}

// compassRegion takes "southern Freedonia": a lower-case compass word
// right before the name of a country, the region of it (the country stays
// mentioned inside). Before a city or region ("northern Lakeside") the
// place itself is named.
func (s placeStage) compassRegion(a *model.Analysis, w, next token.Word) {
	if a.Body[w.End:next.Start] != " " {
		return
	}
	m, ok := a.MentionStartingAt(next.Start)
	if !ok || m.Kind != "country" || m.Form != "name" && m.Form != "alias" {
		return
	}
	if a.MentionAt(w.Start, w.End) < 0 {
		r := m
		r.Start, r.Text, r.Kind, r.Key, r.Form = w.Start, a.Body[w.Start:m.End], "place", s.placeKey(a, a.Body[w.Start:m.End]), "name"
		if r.Key != "" {
			a.ListedOnly = append(a.ListedOnly, r)
		}
	}
}

// abstractNoun reports whether w ends like an abstract noun (see
// abstract_noun_endings): "Immunisation", "Acceleration".
func (s placeStage) abstractNoun(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range s.lex.AbstractEndings {
		if len(lw) > len(e)+2 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// datelineCity takes the place that opens a dateline when the gazetteer
// did not know it.
func (s placeStage) datelineCity(a *model.Analysis) {
	for _, ln := range firstContentLines(a.Body, 4) {
		line := a.Body[ln.Start:ln.End]
		if !dashBeforeBlank(line) {
			continue // no dash ends a dateline here
		}
		m, ok := credits.IsDateline(line)
		if !ok {
			continue
		}
		st, en := ln.Start+m[2], ln.Start+m[3]
		en = st + len(strings.TrimRight(a.Body[st:en], " "))
		if a.MentionAt(st, en) < 0 {
			s.add(a, st, en, credits.DisplayName(a.Body[st:en]))
		}
		return
	}
}

// firstContentLines returns the first n lines of credits.ContentLines
// of body, splitting only as much of the body as they need: the lines
// before a line break are those of the whole body.
func firstContentLines(body string, n int) []credits.Line {
	for cut := 512; cut < len(body); cut *= 4 {
		nl := strings.IndexByte(body[cut:], '\n')
		if nl < 0 {
			break
		}
		if lines := credits.ContentLines(body[:cut+nl]); len(lines) >= n {
			return lines[:n]
		}
	}
	lines := credits.ContentLines(body)
	return lines[:min(len(lines), n)]
}

// add records a place mention named name, the gazetteer's place when it
// knows the name.
func (s placeStage) add(a *model.Analysis, st, en int, name string) {
	if a.MentionAt(st, en) >= 0 {
		return
	}
	key := s.placeKey(a, name)
	if key == "" {
		return
	}
	a.AddMention(model.Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "place", Key: key, Form: "name", Sent: a.SentAt(st)})
}

// placeKey is the key of the place named name: the gazetteer's place when
// it knows the name, else the slug; "" for a macro-region ("the Great
// Lakes region"), which is not a place.
func (s placeStage) placeKey(a *model.Analysis, name string) string {
	if a.Gaz != nil {
		for _, h := range a.Gaz.Lookup(name) {
			if h.Entry.Kind == gazetteer.Place {
				if h.Entry.PlaceType == "macro-region" {
					return ""
				}
				return schema.PrefixPlace + h.Entry.ID
			}
		}
	}
	return schema.PrefixPlace + Slug(name)
}
