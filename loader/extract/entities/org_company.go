package entities

import (
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// companyStage finds companies the gazetteer does not know from the form
// of their names: capitalised words before a legal suffix ("Nordwerk
// GmbH", "Harbour Holdings plc", "Vesta and Lund Corp") or ending in a
// company head noun ("Vesta Motors", "Lakeside Pharmaceuticals"). Inner
// "and", "&" and "of" join capitalised words. Names on a title-case line,
// names that run on into further capitalised words ("Qatar Energy
// Minister") and names of two words at a sentence start without a company
// cue in the sentence are left alone.
type companyStage struct{ lex *lexicon.Entities }

func NewCompanyStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := lexicon.LoadEntities(data)
	if err != nil {
		return nil, err
	}
	return companyStage{lex: lex}, nil
}

// maxCompanyNameWords bounds the words of a name before its suffix.
const maxCompanyNameWords = 6

func (s companyStage) Apply(a *model.Analysis) error {
	words, sets := a.BodyWords(), s.lex.WordSetsOf(a)
	for i := 1; i < len(words); i++ {
		legal := sets.In(i, setLegal)
		if !legal && !sets.In(i, setCohead) || words[i-1].Poss {
			continue
		}
		last := i
		for legal && last+1 < len(words) && s.lex.HasAt(a, last+1, "legal") && a.Body[words[last].End:words[last+1].Start] == " " {
			last++ // "Samsung Co Ltd"
		}
		if s.runsOn(a, words, last) {
			continue
		}
		nameEnd := i
		if legal {
			nameEnd = i - 1
		}
		first := s.nameStart(a, words, nameEnd)
		if first > nameEnd || !legal && first == nameEnd {
			continue
		}
		st, en := words[first].Start, words[last].End
		if inTitleCaseLine(a, st) || !legal && last-first == 1 && model.AtSentenceStart(a, st) && !companyContextAt(a, s.lex, st, en) {
			continue
		}
		if !s.claim(a, st, en) {
			i = last
			continue
		}
		name := strings.Join(strings.Fields(a.Body[st:en]), " ")
		a.AddMention(model.Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "organization",
			Key: schema.PrefixOrg + Slug(name), Form: "name", Sent: a.SentAt(st)})
		i = last
	}
	return nil
}

// runsOn reports whether the capitalised name ending at words[last] goes
// on into another capitalised word on its line ("Qatar Energy Minister",
// "Texas AG Jane Roe"): then the suffix or head is inside a longer name.
func (s companyStage) runsOn(a *model.Analysis, words []token.Word, last int) bool {
	if words[last].Poss || last+1 >= len(words) {
		return false
	}
	gap := a.Body[words[last].End:words[last+1].Start]
	if strings.Trim(gap, " \t.") != "" || strings.Contains(gap, ". ") {
		return false
	}
	return token.IsCap(words[last+1].Text) || s.lex.HasAt(a, last+1, "legal")
}

// nameStart returns the index of the first word of the name ending at
// words[end]: capitalised words joined by single spaces or by an inner
// "and", "&" or "of", without a leading determiner, function word or
// sentence opener ("However"), stopping at a possessive or a person the
// gazetteer knows. It returns end+1 when no word qualifies.
func (s companyStage) nameStart(a *model.Analysis, words []token.Word, end int) int {
	if !s.nameWord(a, words[end]) {
		return end + 1
	}
	first := end
	for first > 0 && end-first+1 < maxCompanyNameWords {
		prev := words[first-1]
		gap := a.Body[prev.End:words[first].Start]
		if gap == " " && s.nameWord(a, prev) && !prev.Poss {
			first--
			continue
		}
		// An inner link between capitalised words: "Vesta and Lund",
		// "Vesta & Lund", "Bank of Freedonia" (an "of" after a head noun).
		if first >= 2 && (gap == " " && (prev.Text == "and" || prev.Text == "of" && s.headWord(a, first-2)) || gap == " & ") {
			before := words[first-2]
			if gap == " & " {
				before = prev
			}
			// An "and" does not follow a name complete in itself: "Alps
			// Mining Group and Nordic Lines ASA" are two companies.
			coordinated := (gap == " & " || prev.Text == "and") && s.completeName(a, first-2, gap)
			if s.nameWord(a, before) && !before.Poss && !coordinated {
				if gap == " & " {
					first--
				} else if a.Body[before.End:prev.Start] == " " {
					first -= 2
				} else {
					break
				}
				continue
			}
		}
		break
	}
	// A name opens with neither a sentence opener nor its inner link.
	for first <= end && (!token.IsCap(words[first].Text) || model.AtSentenceStart(a, words[first].Start) && s.lex.HasAt(a, first, "pstop") && !s.lex.HasAt(a, first, "orghead")) {
		first++
	}
	return first
}

// completeName reports whether the word at i, before an inner "and" or
// "&" (gap), ends a name complete in itself: a head noun or legal suffix.
func (s companyStage) completeName(a *model.Analysis, i int, gap string) bool {
	if gap == " & " {
		i++ // before is the word right before "&"
	}
	return s.headWord(a, i) || s.lex.HasAt(a, i, "legal")
}

// headWord reports whether word i is a head noun of a body or company.
func (s companyStage) headWord(a *model.Analysis, i int) bool {
	return s.lex.HasAt(a, i, "orghead") || s.lex.HasAt(a, i, "cohead")
}

// nameWord reports whether w can be a word of a company's name: a
// capitalised word that is not a determiner or a function word.
func (s companyStage) nameWord(a *model.Analysis, w token.Word) bool {
	return token.IsCap(w.Text) && !s.lex.HasIn(setDet, w.Text) && !token.IsFunctionWord(w.Text)
}

// claim reports whether body[st:en] may become a company: no body,
// outlet or gazetteer person overlaps it. Places and unknown persons
// inside it ("Vienna" of "Vienna Insurance Group", "Jane Roe" of "Jane
// Roe Ltd") were misread and are dropped.
func (s companyStage) claim(a *model.Analysis, st, en int) bool {
	for i := a.FirstFrom(st - model.MaxMentionLen); i < len(a.Mentions) && a.Mentions[i].Start < en; i++ {
		m := a.Mentions[i]
		if m.End <= st {
			continue
		}
		switch m.Kind {
		case "organization", "outlet":
			return false
		case "person":
			if _, known := model.EntryOf(a.Gaz, m.Key); known || m.Start < st || m.End > en {
				return false
			}
		}
	}
	kept := a.Mentions[:0]
	for _, m := range a.Mentions {
		if m.Start >= st && m.End <= en && (m.Kind == "place" || m.Kind == "person") {
			continue
		}
		kept = append(kept, m)
	}
	a.Mentions = kept
	return true
}
