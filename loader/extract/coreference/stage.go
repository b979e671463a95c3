package coreference

import (
	"io/fs"
	"strings"
	"unicode"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/dates"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// corefStage resolves short and variant mentions: a surname alone
// ("Zelenskiy", "De Wever said") to the full person of the same document,
// else to the one gazetteer person with that surname; a body's head noun
// alone ("the coalition") to the one body of the document with that head;
// and a quoted name written in lower case ("the so-called "coalition of
// the willing"") to the gazetteer body of that name.
type corefStage struct {
	lex *lexicon.Entities
	// kids are the child bodies of the gazetteer the stage was built with
	// (see childBodies).
	kids childBodies
}

// NewStage builds the coreference stage from the entity lexicon.
func NewStage(gaz *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := lexicon.LoadEntities(data)
	if err != nil {
		return nil, err
	}
	return corefStage{lex: lex, kids: childBodiesOf(gaz, lex)}, nil
}

func (s corefStage) Apply(a *model.Analysis) error {
	s.quotedNames(a)
	s.titledGivenNames(a)
	s.surnames(a)
	s.heads(a)
	return nil
}

// quotedNames looks up quoted spans in the gazetteer, whatever their case.
func (s corefStage) quotedNames(a *model.Analysis) {
	if a.Gaz == nil {
		return
	}
	for _, q := range credits.QuotedRangesOf(a) {
		st, en := q[0]+len(quoteAt(a.Body, q[0])), q[1]
		if en <= st || en-st > 80 || a.MentionAt(st, en) >= 0 {
			continue
		}
		for _, h := range a.Gaz.Lookup(a.Body[st:en]) {
			if h.Entry.Kind == gazetteer.Organization || h.Entry.Kind == gazetteer.Outlet {
				kind := "organization"
				if h.Entry.Kind == gazetteer.Outlet {
					// An outlet's name quoted in lower case is a phrase:
					// “national interest”, “new vision”.
					if !hasUpper(a.Body[st:en]) {
						continue
					}
					kind = "outlet"
				}
				a.AddMention(model.Mention{Start: st, End: en, Text: a.Body[st:en], Kind: kind, Key: schema.PrefixOrg + h.Entry.ID, Form: string(h.Form), Sent: a.SentAt(st)})
				break
			}
		}
	}
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func quoteAt(body string, i int) string {
	if strings.HasPrefix(body[i:], "“") {
		return "“"
	}
	return body[i : i+1]
}

// surnames adds a mention for every capitalised word or particle name
// ("De Wever") that is the surname of a person of the document, or of
// exactly one gazetteer person when not at a sentence start.
func (s corefStage) surnames(a *model.Analysis) {
	bySurname := map[string]string{} // folded surname -> key, "" when ambiguous
	note := func(surname, key string) {
		surname = strings.ToLower(surname)
		if k, seen := bySurname[surname]; seen && k != key {
			bySurname[surname] = ""
			return
		}
		bySurname[surname] = key
	}
	// A surname noted twice for one key changes nothing: each person
	// mention's text is read once.
	read := map[[2]string]bool{}
	for _, m := range a.Mentions {
		if m.Kind != "person" || read[[2]string{m.Text, m.Key}] {
			continue
		}
		read[[2]string{m.Text, m.Key}] = true
		names := []string{credits.DisplayName(m.Text)}
		if e, ok := model.EntryOf(a.Gaz, m.Key); ok {
			names = append(names, e.Name)
		}
		for _, n := range names {
			f := strings.Fields(n)
			if len(f) < 2 {
				continue
			}
			note(f[len(f)-1], m.Key)
			if len(f) > 2 || token.IsParticle(f[len(f)-2]) {
				note(strings.Join(f[1:], " "), m.Key)
			}
		}
	}
	words := a.BodyWords()
	sets, pstop := s.lex.WordSetsOf(a), lexicon.SetBit("pstop")
	var lowerUsed lowerUse
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !isCap(w.Text) || sets.HasBit(i, pstop) || a.MentionAt(w.Start, w.End) >= 0 || a.InDate(w.Start, w.End) {
			continue
		}
		// A particle surname: "De Wever", "Von der Leyen".
		if n := particleSurname(a, words[i:], bySurname); n > 0 {
			last := words[i+n-1]
			s.add(a, w.Start, last.End, bySurname[strings.ToLower(a.Body[w.Start:last.End])])
			i += n - 1
			continue
		}
		if i+1 < len(words) && token.IsCap(words[i+1].Text) && strings.Trim(a.Body[w.End:words[i+1].Start], " ") == "" && !w.Poss {
			continue // part of a longer capitalised name
		}
		key, known := token.LookupLower(bySurname, w.Text)
		if key != "" {
			s.add(a, w.Start, w.End, key)
			continue
		}
		if known || a.Gaz == nil {
			continue
		}
		// At a sentence start only "Smith said" or "Smith, the envoy".
		if model.AtSentenceStart(a, w.Start) && !strings.HasPrefix(a.Body[w.End:], ",") && !w.Poss &&
			!s.lex.Has("speech", token.NextWordText(a.Body, w.End)) && !s.lex.Has("aux", token.NextWordText(a.Body, w.End)) {
			continue
		}
		if !plausibleSurname(w.Text) || s.lex.Has("platform", w.Text) || dates.IsCalendarWord(w.Text) {
			continue
		}
		// A word the text also uses in lower case ("Young", "Rich") is a
		// surname only where it acts as one: before a speech verb or an
		// auxiliary, or before an appositive comma.
		if lowerUsed.has(a.Body, words, strings.ToLower(w.Text)) && !strings.HasPrefix(a.Body[w.End:], ",") &&
			!s.lex.Has("speech", token.NextWordText(a.Body, w.End)) && !s.lex.Has("aux", token.NextWordText(a.Body, w.End)) {
			continue
		}
		if s.lex.Has("pgroup", token.NextWordText(a.Body, w.End)) {
			continue // "the Smith administration" names a government
		}
		if people := a.Gaz.BySurname(w.Text); len(people) == 1 {
			s.add(a, particlesBefore(a, words[:i], people[0].Name, w.Start), w.End, schema.PrefixPerson+people[0].ID)
		}
	}
}

// titledGivenNames resolves "Prince Karim", a title and a given name
// (see given_name_titles), to the one person of the text named in full
// with that given name ("Karim bin Faisal"): its mentions take that
// person's key.
func (s corefStage) titledGivenNames(a *model.Analysis) {
	byGiven := map[string]string{} // given name -> key, "" when ambiguous
	for _, m := range a.Mentions {
		if m.Kind != "person" {
			continue
		}
		var buf [2]string
		f := token.AppendFirstFields(buf[:0], m.Text, 2)
		if len(f) < 2 || s.lex.Has("gtitle", f[0]) {
			continue
		}
		given := f[0]
		if e, ok := model.EntryOf(a.Gaz, m.Key); ok {
			given = ""
			if f := token.AppendFirstFields(buf[:0], e.Name, 1); len(f) > 0 {
				given = f[0]
			}
		}
		if k, seen := byGiven[given]; seen && k != m.Key {
			byGiven[given] = ""
			continue
		}
		byGiven[given] = m.Key
	}
	var remap map[string]string
	for _, m := range a.Mentions {
		if m.Kind != "person" {
			continue
		}
		var buf [3]string
		f := token.AppendFirstFields(buf[:0], m.Text, 3)
		if len(f) != 2 || !s.lex.Has("gtitle", f[0]) {
			continue
		}
		if k := byGiven[f[1]]; k != "" && k != m.Key {
			if remap == nil {
				remap = map[string]string{}
			}
			remap[m.Key] = k
		}
	}
	if remap == nil {
		return
	}
	for i, m := range a.Mentions {
		if k, ok := remap[m.Key]; ok {
			a.Mentions[i].Key = k
		}
	}
}

func (s corefStage) add(a *model.Analysis, st, en int, key string) {
	a.AddMention(model.Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "person", Key: key, Form: "surname", Sent: a.SentAt(st)})
}

// heads adds a mention for a body's head noun alone ("the coalition",
// "Coalition members") when one body of the document has that head.
func (s corefStage) heads(a *model.Analysis) {
	byHead := map[string]model.Mention{}
	ambiguous := map[string]bool{}
	for _, m := range a.Mentions {
		if m.Kind != "organization" {
			continue
		}
		name := m.Text
		if e, ok := model.EntryOf(a.Gaz, m.Key); ok {
			name = e.Name
		}
		head := orgHead(name)
		if head == "" || !s.lex.Has("orghead", head) {
			continue
		}
		key := strings.ToLower(head)
		if prev, ok := byHead[key]; ok && prev.Key != m.Key {
			ambiguous[key] = true
		}
		byHead[key] = m
	}
	s.childHeads(a, byHead, ambiguous)
	if len(byHead) == 0 {
		return
	}
	var ends wordEnds
	for k := range byHead {
		ends.add(k)
	}
	for _, w := range a.BodyWords() {
		if !ends.mayLower(w.Text) {
			continue
		}
		m, ok := token.LookupLower(byHead, w.Text)
		if !ok || ambiguous[strings.ToLower(w.Text)] || a.MentionAt(w.Start, w.End) >= 0 {
			continue
		}
		if !token.IsCap(w.Text) && !strings.EqualFold(token.PrevWordText(a.Body, w.Start), "the") {
			continue
		}
		a.AddMention(model.Mention{Start: w.Start, End: w.End, Text: w.Text, Kind: m.Kind, Key: m.Key, Form: "head", Sent: a.SentAt(w.Start)})
	}
}

// childHeads adds to byHead the heads of the gazetteer bodies whose parent
// body the document names ("the Commission" in a text naming the EU) where
// no body of the document has that head; two such bodies with one head
// ("European Council", "Council of the European Union") make it ambiguous.
func (s corefStage) childHeads(a *model.Analysis, byHead map[string]model.Mention, ambiguous map[string]bool) {
	if a.Gaz == nil {
		return
	}
	parents := map[string]bool{}
	for _, m := range a.Mentions {
		if m.Kind == "organization" {
			if e, ok := model.EntryOf(a.Gaz, m.Key); ok {
				parents[e.ID] = true
			}
		}
	}
	if len(parents) == 0 {
		return
	}
	kids := s.kids
	if kids.gaz != a.Gaz {
		kids = childBodiesOf(a.Gaz, s.lex)
	}
	found := map[string]model.Mention{}
	for _, c := range kids.list {
		if !parents[c.parentID] {
			continue
		}
		if _, named := byHead[c.head]; named {
			continue
		}
		if prev, ok := found[c.head]; ok && prev.Key != c.key {
			ambiguous[c.head] = true
		}
		found[c.head] = model.Mention{Kind: "organization", Key: c.key}
	}
	for k, m := range found {
		byHead[k] = m
	}
}

// orgHead returns the head noun of a multiword body name: the word before
// "of"/"for" ("Coalition of the Willing"), else the last word ("Special
// Commission"); "" for a one-word name.
func orgHead(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	for i := 1; i < len(f); i++ {
		if f[i] == "of" || f[i] == "for" {
			return f[i-1]
		}
	}
	return f[len(f)-1]
}

// particleSurname returns the number of words (2 or 3) of a surname
// opening with particles ("De Wever", "von der Leyen") that starts words
// and names a person of the document, 0 if none. Words are separated by
// single spaces.
func particleSurname(a *model.Analysis, words []token.Word, bySurname map[string]string) int {
	if !token.IsParticle(words[0].Text) {
		return 0
	}
	for n := 2; n <= 3 && n <= len(words); n++ {
		if a.Body[words[n-2].End:words[n-1].Start] != " " {
			return 0
		}
		if !token.IsParticle(words[n-1].Text) {
			last := words[n-1]
			key := bySurname[strings.ToLower(a.Body[words[0].Start:last.End])]
			if key != "" && a.MentionAt(words[0].Start, last.End) < 0 {
				return n
			}
			return 0
		}
	}
	return 0
}

// particlesBefore returns where a surname starting at start begins once
// the particles right before it that the full name holds are included
// ("Von der" of "Von der Leyen" for Ursula von der Leyen).
func particlesBefore(a *model.Analysis, before []token.Word, name string, start int) int {
	lowName := " " + strings.ToLower(name) + " "
	for k := len(before) - 1; k >= 0 && len(before)-k <= 2; k-- {
		p := before[k]
		if !token.IsParticle(p.Text) || a.Body[p.End:start] != " " && k == len(before)-1 {
			break
		}
		if k < len(before)-1 && a.Body[p.End:before[k+1].Start] != " " {
			break
		}
		if !strings.Contains(lowName, " "+strings.ToLower(a.Body[p.Start:start])) || a.MentionAt(p.Start, p.End) >= 0 {
			break
		}
		start = p.Start
	}
	return start
}

// plausibleSurname rejects words too short to stand alone for a person
// and regnal numbers ("X", "II").
func plausibleSurname(w string) bool {
	if len([]rune(w)) < 3 {
		return false
	}
	return strings.Trim(w, "IVXLC") != ""
}
