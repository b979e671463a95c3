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

// personStage finds the people the gazetteer does not know: names after
// an office title or relation ("Belgian Prime Minister Bart De Wever",
// "special envoy Steve Witkoff"), names before an appositive title ("Jane
// Roe, the bank's spokeswoman"), bylines, credit lines, photo credits,
// and speakers ("Jane Roe said", "said Jane Roe"). Gazetteer people were
// found by the gazetteer stage.
type personStage struct {
	lex    *lexicon.Entities
	titles *lexicon.Titles
}

func NewPersonStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, titles, err := lexicon.LoadEntitiesWithTitles(data)
	if err != nil {
		return nil, err
	}
	return personStage{lex: lex, titles: titles}, nil
}

func (s personStage) Apply(a *model.Analysis) error {
	for _, c := range credits.Of(a, s.lex) {
		if c.Kind == "bureau" {
			// A bureau is an author, not a person; its city ("the Cairo
			// bureau") names the desk, not a state or a place of the story.
			dropKindsIn(a, c.Start, c.End, "country", "place")
			continue
		}
		dropOverlapping(a, c.Start, c.End)
		a.AddMention(model.Mention{Start: c.Start, End: c.End, Text: a.Body[c.Start:c.End], Kind: "person",
			Key: personKey(a.Gaz, c.Name), Form: c.Kind, Sent: a.SentAt(c.Start)})
	}
	s.titlesOverBodies(a)
	for _, t := range lexicon.TitlesIn(a, s.titles) {
		// "Secretary General of NATO Jane Roe": the name after the complement.
		if q, ok := lexicon.ComplementAfter(a, &t); ok {
			t.End = q.End
		} else if end, ok := complementThroughCountry(a, t.End); ok && nameFollows(a, end) {
			t.End = end
		} else if strings.Contains(t.Form.Form, " of ") {
			// "Minister of Finance and National Planning, Jane Roe".
			t.End = andNameTail(a, t.End)
		}
		if st, en, ok := s.nameAfterTitle(a, t.End); ok {
			s.addPerson(a, st, en)
		} else if strings.HasPrefix(a.Body[t.End:], ", ") {
			// "the defence secretary, Jane Roe, said"
			if st, en, ok := s.nameAfterTitle(a, t.End+len(", ")); ok && lexicon.ClosesApposition(a.Body, en) {
				s.addPerson(a, st, en)
			}
		}
		if st, en, ok := s.nameBeforeAppositive(a, t.Start, t.End); ok {
			s.addPerson(a, st, en)
		}
	}
	s.afterPersonNouns(a)
	s.speakers(a)
	return nil
}

// addPerson records the name at body[st:en] unless it is already known.
func (s personStage) addPerson(a *model.Analysis, st, en int) {
	st = s.gluedComplementStart(a, st, en)
	if i := a.MentionAt(st, en); i >= 0 || inTitleCaseLine(a, st) || s.lex.HasIn(setPlatform, a.Body[st:en]) {
		return
	}
	name := credits.DisplayName(a.Body[st:en])
	if full := withNameSuffix(a.Body, en, s.lex.NameSuffixes); full > en && a.MentionAt(en, full) < 0 {
		en, name = full, displayWithSuffix(a.Body[st:full])
	}
	a.AddMention(model.Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "person", Key: personKey(a.Gaz, name), Form: "name", Sent: a.SentAt(st)})
}

// personKey is the node id of a person: the gazetteer's when it knows the
// name, else the slug of the name.
func personKey(g *gazetteer.Gazetteer, name string) string {
	if g != nil {
		for _, h := range g.Lookup(name) {
			if h.Entry.Kind == gazetteer.Person {
				return schema.PrefixPerson + h.Entry.ID
			}
		}
	}
	return schema.PrefixPerson + Slug(name)
}

// nameAfter returns the span of a personal name of at least two words
// that starts right after byte offset off (spaces between, same line),
// unless a mention already starts there.
func (s personStage) nameAfter(a *model.Analysis, off int) (int, int, bool) {
	words := a.WordsIn(off, min(len(a.Body), off+120))
	if len(words) == 0 || strings.Trim(a.Body[off:words[0].Start], " \t") != "" {
		return 0, 0, false
	}
	if i := a.MentionAt(words[0].Start, words[0].End); i >= 0 {
		return 0, 0, false
	}
	return s.nameSpan(a, words)
}

// nameSpan takes the capitalised words (and name particles) at the start
// of words as a personal name of two to four words.
func (s personStage) nameSpan(a *model.Analysis, words []token.Word) (int, int, bool) {
	n, caps := 0, 0
	for n < len(words) && n < 5 {
		w := words[n]
		if n > 0 {
			gap := a.Body[words[n-1].End:w.Start]
			// A middle initial: "John F. Kennedy".
			initial := len(words[n-1].Text) == 1 && token.IsCap(words[n-1].Text) && strings.HasPrefix(gap, ".") && strings.Trim(gap[1:], " \t") == "" && n > 1
			if strings.Trim(gap, " \t") != "" && !initial || words[n-1].Poss {
				break
			}
		}
		switch {
		case token.IsParticle(w.Text) && n > 0:
		case n > 0 && isMiddleInitial(a.Body, w):
			// "Jane A. Roe": an initial, even one that is a stop word.
		case n > 0 && isParticleSurname(w.Text):
			caps++
		case token.IsCap(w.Text) && !s.lex.HasIn(setPstop, w.Text) && !s.lex.HasIn(setPstop, token.TitleCase(w.Text)):
			if a.OverlapsKind(w.Start, w.End, "country", "organization", "outlet", "place") {
				goto done
			}
			caps++
		default:
			goto done
		}
		n++
	}
done:
	// A name ends with a surname, not a particle or an initial.
	for n > 0 && (token.IsParticle(words[n-1].Text) || len(words[n-1].Text) == 1) {
		n--
	}
	if caps < 2 || n < 2 {
		return 0, 0, false
	}
	allCaps := true
	for _, w := range words[:n] {
		allCaps = allCaps && token.IsAllCaps(w.Text)
	}
	if allCaps {
		return 0, 0, false
	}
	return words[0].Start, words[n-1].End, true
}

// nameBeforeAppositive finds "NAME, [the|a] [qualifier] TITLE": a name
// ending right before a comma that opens an appositive ending in a title
// at body[titleStart:titleEnd]. The appositive ends with the title or its
// complement ("TITLE of the bank"), or the title opens the next name of a
// list; a title inside a clause ("X, Y called the prince a friend") is
// none.
func (s personStage) nameBeforeAppositive(a *model.Analysis, titleStart, titleEnd int) (int, int, bool) {
	if !s.appositionEndsAfter(a, titleEnd) {
		// "X, Y and envoy Jane Roe": a list of people, the title
		// introducing the next one.
		if _, _, ok := s.nameAfterTitle(a, titleEnd); !ok && !personStartsAfter(a, titleEnd) {
			return 0, 0, false
		}
	}
	from := max(0, titleStart-160)
	before := a.Body[from:titleStart]
	comma := strings.LastIndex(before, ",")
	if comma < 0 {
		return 0, 0, false
	}
	if strings.ContainsAny(before[comma+1:], ".;\n") || len(token.SplitWords(before, comma+1, len(before))) > 4 {
		return 0, 0, false
	}
	words := token.SplitWords(a.Body, from, from+comma)
	// The name is the last two to four words before the comma.
	for k := max(0, len(words)-4); k <= len(words)-2; k++ {
		if st, en, ok := s.nameSpan(a, words[k:]); ok && en == from+comma {
			if model.AtSentenceStart(a, st) || token.IsCap(token.PrevWordText(a.Body, st)) {
				if k > 0 && token.IsCap(words[k-1].Text) && !s.lex.HasIn(setPstop, words[k-1].Text) && strings.Trim(a.Body[words[k-1].End:st], " \t") == "" {
					continue // part of a longer capitalised name
				}
			}
			return st, en, true
		}
	}
	return 0, 0, false
}

// dropOverlapping removes the mentions overlapping [start, end).
func dropOverlapping(a *model.Analysis, start, end int) {
	out := a.Mentions[:0]
	for _, m := range a.Mentions {
		if m.Start < end && start < m.End {
			continue
		}
		out = append(out, m)
	}
	a.Mentions = out
}

// speakers takes a two- or three-word name right before a verb of saying
// ("Jane Roe said") or right after one and ending its clause ("said Jane
// Roe."), unless a word of it names a body or venue ("Deutsche Bank said").
func (s personStage) speakers(a *model.Analysis) {
	words, sets := a.BodyWords(), s.lex.WordSetsOf(a)
	for i, w := range words {
		if !sets.In(i, setSpeech) || token.IsCap(w.Text) {
			continue
		}
		for k := max(0, i-3); k <= i-2; k++ {
			st, en, ok := s.nameSpan(a, words[k:i])
			if !ok || en != words[i-1].End || strings.Trim(a.Body[en:w.Start], " \t") != "" || s.namesBody(words[k:i]) {
				continue
			}
			if k > 0 && token.IsCap(words[k-1].Text) && strings.Trim(a.Body[words[k-1].End:st], " \t") == "" {
				continue // part of a longer capitalised phrase
			}
			if token.IsParticle(words[k].Text) || isSurnameOfPerson(a, a.Body[st:en]) {
				break // a surname, left to coreference
			}
			s.addPerson(a, st, en)
			break
		}
		if i+2 < len(words) {
			st, en, ok := s.nameAfter(a, w.End)
			if ok && (en == len(a.Body) || strings.ContainsRune(",.;", rune(a.Body[en]))) {
				n := 0
				for j := i + 1; j < len(words) && words[j].End <= en; j++ {
					n++
				}
				if !s.namesBody(words[i+1 : i+1+n]) {
					s.addPerson(a, st, en)
				}
			}
		}
	}
}

// namesBody reports whether one of the words is an organization head or
// a venue word.
func (s personStage) namesBody(ws []token.Word) bool {
	for _, w := range ws {
		if s.lex.HasIn(setOrghead, w.Text) || s.lex.HasIn(setVenue, w.Text) {
			return true
		}
	}
	return false
}

// isSurnameOfPerson reports whether name ends the name of a person
// already found ("De Wever" of "Bart De Wever").
func isSurnameOfPerson(a *model.Analysis, name string) bool {
	for _, m := range a.Mentions {
		if m.Kind == "person" && len(m.Text) > len(name)+1 && m.Text[len(m.Text)-len(name)-1] == ' ' &&
			strings.EqualFold(m.Text[len(m.Text)-len(name):], name) {
			return true
		}
	}
	return false
}
