package entities

import (
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// gazMatchStage turns the gazetteer's mentions in the body into
// a.Mentions. A capital or seat is a country when it stands for the
// government ("Moscow said", "Kyiv's aid", "pressed by Washington") and a
// place when it is a location ("in Paris", a dateline, "the Paris
// summit"). Social platforms are not organizations.
type gazMatchStage struct {
	lex    *lexicon.Entities
	titles *lexicon.Titles
}

func NewGazMatchStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, titles, err := lexicon.LoadEntitiesWithTitles(data)
	if err != nil {
		return nil, err
	}
	return gazMatchStage{lex: lex, titles: titles}, nil
}

func (s gazMatchStage) Apply(a *model.Analysis) error {
	a.SortMentions()
	if a.Gaz == nil {
		return nil
	}
	var held []model.Mention // cue names without a cue ("Shell" with no company word near)
	matches := a.Gaz.Find(a.Body)
	a.Mentions = slices.Grow(a.Mentions, len(matches))
	for _, m := range matches {
		if isMacroRegion(m) {
			continue // "Europe", "the Middle East": not annotated as places
		}
		if mn, ok := s.mention(a, m); ok {
			if mn.Kind == "organization" && s.needsCompanyCue(a, m, mn) {
				held = append(held, mn)
				continue
			}
			a.AddMention(mn)
		}
	}
	keepIfNamed(a, held)
	return nil
}

// mention chooses, among the entries a match names, the one its context
// calls for.
func (s gazMatchStage) mention(a *model.Analysis, m gazetteer.Match) (model.Mention, bool) {
	mn := model.Mention{Start: m.Start, End: m.End, Text: m.Text, Sent: a.SentAt(m.Start)}
	// The entry's name is asked about only when it is not the text itself.
	if s.lex.HasIn(setPlatform, m.Text) || m.Entry.Name != m.Text && s.lex.HasIn(setPlatform, m.Entry.Name) {
		return mn, false
	}
	if strings.HasPrefix(a.Body[m.End:], "$") {
		return mn, false // a currency sign ("US$ 5 million"), not the state
	}
	if s.namesInstrument(a, m) {
		return mn, false // "the Paris Agreement"
	}
	located := s.locative(a, m.Start, m.End)
	// A country's own name that is also a city's ("Luxembourg") is the
	// country, except at the head of a dateline, which names a city.
	if located && namesCountry(m) && !s.isDatelineHead(a.Body, m.Start, m.End) {
		located = false
	}
	if located {
		for _, h := range m.Hits {
			if h.Entry.Kind == gazetteer.Place {
				if s.insideLongerName(a, m, h.Entry) {
					return mn, false
				}
				return placeMention(mn, s.areaOf(a, h.Entry, m.Start), "name"), true
			}
		}
	}
	// Not a location: a name that also stands for a state or body
	// ("Moscow said") is that actor rather than the city.
	h := m.Hits[0]
	if !located {
		for _, x := range m.Hits {
			if x.Entry.Kind != gazetteer.Place {
				h = x
				break
			}
		}
	}
	switch h.Entry.Kind {
	case gazetteer.Person:
		if !strings.Contains(m.Text, " ") && s.lex.HasIn(setPgroup, token.NextWordText(a.Body, m.End)) {
			return mn, false // "the Smith administration" names a government
		}
		mn.Kind, mn.Key, mn.Form = "person", schema.PrefixPerson+h.Entry.ID, string(h.Form)
	case gazetteer.Country:
		if (h.Form == gazetteer.FormSeat || h.Form == gazetteer.FormCapital) && located {
			return placeMention(mn, s.placeIDOf(a, m), string(h.Form)), true
		}
		mn.Kind, mn.Key, mn.Form = "country", schema.PrefixCountry+h.Entry.ID, string(h.Form)
		if h.Form == gazetteer.FormSeat && s.speakingVenue(a, m) {
			// "the White House said": the seat speaking is also listed as
			// a body; facts keep the state it stands for.
			b := mn
			b.Kind, b.Key = "organization", schema.PrefixOrg+Slug(trimThe(m.Text))
			a.ListedOnly = append(a.ListedOnly, b)
		}
	case gazetteer.Organization:
		mn.Kind, mn.Key, mn.Form = "organization", schema.PrefixOrg+h.Entry.ID, string(h.Form)
	case gazetteer.Outlet:
		mn.Kind, mn.Key, mn.Form = "outlet", schema.PrefixOrg+h.Entry.ID, string(h.Form)
	case gazetteer.Place:
		if s.insideLongerName(a, m, h.Entry) {
			return mn, false
		}
		return placeMention(mn, s.areaOf(a, h.Entry, m.Start), string(h.Form)), true
	default:
		return mn, false
	}
	return mn, true
}

// namesCountry reports whether the match is the name, alias or official
// name of a country.
func namesCountry(m gazetteer.Match) bool {
	for _, h := range m.Hits {
		if h.Entry.Kind == gazetteer.Country && (h.Form == gazetteer.FormName || h.Form == gazetteer.FormAlias || h.Form == gazetteer.FormOfficial) {
			return true
		}
	}
	return false
}

func placeMention(mn model.Mention, id, form string) model.Mention {
	mn.Kind, mn.Key, mn.Form = "place", schema.PrefixPlace+id, form
	return mn
}

// placeIDOf names the place a seat or capital stands for as a location: a
// gazetteer place written the same way, else the slug of the text.
func (s gazMatchStage) placeIDOf(a *model.Analysis, m gazetteer.Match) string {
	for _, h := range a.Gaz.Lookup(m.Text) {
		if h.Entry.Kind == gazetteer.Place {
			return h.Entry.ID
		}
	}
	return Slug(trimThe(m.Text))
}

// locative reports whether the name at body[start:end] is used as a
// location: after a place preposition ("in", "at the"), before a noun of
// what happens there ("summit"), at the head of a dateline, or before a
// quoted name ("Paris "X" talks"). A possessive is never a location.
func (s gazMatchStage) locative(a *model.Analysis, start, end int) bool {
	body := a.Body
	if token.IsPossessiveAfter(body, end) {
		return false
	}
	prev, at := prevWordAt(body, start)
	// "at the Elysee", "at France's Elysee Palace": look through an
	// article or a possessor to the preposition.
	if strings.EqualFold(prev, "the") {
		prev, at = prevWordAt(body, at)
	} else if prev == "s" && at > 0 && (strings.HasSuffix(body[:at], "'") || strings.HasSuffix(body[:at], "’")) {
		_, at = prevWordAt(body, at-len(lastRune(body[:at])))
		prev, at = prevWordAt(body, at)
	}
	if s.lex.HasIn(setPrep, prev) {
		return true
	}
	if s.lex.HasIn(setMprep, prev) {
		before, bat := prevWordAt(body, at)
		if s.lex.HasIn(setMotion, before) {
			return true
		}
		// "the first visit of the president to Paris": a visit or trip
		// a few words back, in the same clause.
		for k := 0; k < 4 && before != "" && bat > 0 && !strings.ContainsAny(body[bat-1:bat], ",;.\n"); k++ {
			before, bat = prevWordAt(body, bat)
			if s.lex.HasIn(setVisitn, before) {
				return true
			}
		}
	}
	if strings.HasPrefix(body[end:], "-based") {
		return true // "a Washington-based lender"
	}
	if s.lex.HasIn(setEvent, token.NextWordText(body, end)) {
		return true
	}
	if s.isDatelineHead(body, start, end) {
		return true
	}
	// An opening quote right after: "Paris "X" talks" (not a closing one).
	rest := strings.TrimLeft(body[end:min(len(body), end+6)], " \t")
	return rest != body[end:min(len(body), end+6)] && (strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "\"") && token.IsWordByte(rest[1:]))
}

// isDatelineHead reports whether the name opens a line that is a dateline
// or a dated line ("PARIS, Jan 6 (Reuters) -", "*Paris, 6 January 2026*").
func (s gazMatchStage) isDatelineHead(body string, start, end int) bool {
	// The document's leading date marker (" date 2026-01-06 PARIS -") is
	// not part of the line.
	if m := token.DateMarkerEnd(body); m > 0 && start == m {
		return s.datelineAt(body, start, end)
	}
	ls := strings.LastIndexByte(body[max(0, start-8):start], '\n') + 1 + max(0, start-8)
	if ls == max(0, start-8) && start > 8 || strings.Trim(body[ls:start], " \t*_#>") != "" {
		return false
	}
	return s.datelineAt(body, start, end)
}

// prevWordAt returns the word ending right before off (spaces between)
// and its start offset.
func prevWordAt(body string, off int) (string, int) {
	w := token.PrevWordText(body, off)
	j := off
	for j > 0 && (body[j-1] == ' ' || body[j-1] == '\t') {
		j--
	}
	return w, j - len(w)
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// areaOf returns the id of the region named like city e when a partitive
// ("most of", "all of") before the mention shows an area is meant, else
// e's id.
func (s gazMatchStage) areaOf(a *model.Analysis, e *gazetteer.Entry, start int) string {
	if e.PlaceType != "city" || len(s.lex.RegionWords) == 0 {
		return e.ID
	}
	before := strings.ToLower(strings.TrimRight(a.Body[max(0, start-20):start], " \t"))
	for _, cue := range s.lex.PartitiveCues {
		if !strings.HasSuffix(before, cue) {
			continue
		}
		for _, h := range a.Gaz.Lookup(e.Name + " " + s.lex.RegionWords[0]) {
			if h.Entry.Kind == gazetteer.Place && h.Entry.PlaceType == "region" {
				return h.Entry.ID
			}
		}
	}
	return e.ID
}

// isMacroRegion reports whether a match names only macro-regions
// (continents and groups of states).
func isMacroRegion(m gazetteer.Match) bool {
	for _, h := range m.Hits {
		if h.Entry.Kind != gazetteer.Place || h.Entry.PlaceType != "macro-region" {
			return false
		}
	}
	return len(m.Hits) > 0
}
