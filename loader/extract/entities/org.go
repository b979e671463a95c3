package entities

import (
	"io/fs"
	"maps"
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// orgStage finds named bodies the gazetteer does not know: a capitalised
// multiword name whose head noun names a body ("Special Commission",
// "Coalition Operational Headquarters"), with an "of"/"for" complement
// ("Armed Forces of Ukraine", "Multinational Force for Ukraine").
type orgStage struct {
	lex *lexicon.Entities
	// lowerFirst filters the first words of the lower-case bodies
	// (lex.LowerBodyWords), which most words are not.
	lowerFirst *token.WordFilter
}

func NewOrgStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := lexicon.LoadEntities(data)
	if err != nil {
		return nil, err
	}
	return orgStage{lex: lex, lowerFirst: token.NewWordFilter(maps.Keys(lex.LowerBodyWords))}, nil
}

func (s orgStage) Apply(a *model.Analysis) error {
	words, sets := a.BodyWords(), s.lex.WordSetsOf(a)
	var idle []model.Mention // funds and facilities not acting where named
	for i := 0; i < len(words); i++ {
		if !sets.In(i, setOrghead) || token.IsAllCaps(words[i].Text) {
			continue
		}
		first := s.extendLeft(a, words, i)
		last := s.extendRight(a, words, i)
		if last == first {
			continue
		}
		st, en := words[first].Start, words[last].End
		if inTitleCaseLine(a, st) || s.notABody(a, words, first, last) {
			i = last
			continue
		}
		if a.OverlapsKind(st, en, "person", "organization", "outlet", "place") {
			// A body the gazetteer knows, or a name another stage took.
			i = last
			continue
		}
		name := strings.Join(strings.Fields(a.Body[st:en]), " ")
		m := model.Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "organization",
			Key: schema.PrefixOrg + Slug(name), Form: "name", Sent: a.SentAt(st)}
		if s.idleInstrument(a, words, first, last) {
			idle = append(idle, m)
		} else {
			a.AddMention(m)
		}
		i = last
	}
	keepIfNamed(a, idle)
	s.lowerBodies(a, words)
	s.employers(a, words)
	return nil
}

// extendLeft returns the index of the first word of the name ending at
// head: the capitalised words before it on the same line, without a
// leading determiner or a sentence's first word that is not a name.
func (s orgStage) extendLeft(a *model.Analysis, words []token.Word, head int) int {
	first := head
	for first > 0 {
		w := words[first-1]
		// "National Security and Defence Council": an inner "and" or "of"
		// between capitalised words.
		if (w.Text == "and" || w.Text == "of") && first-2 >= 0 && token.IsCap(words[first-2].Text) && !s.lex.HasIn(setDet, words[first-2].Text) &&
			!words[first-2].Poss && a.MentionAt(words[first-2].Start, words[first-2].End) < 0 && first < head+1 && token.IsCap(words[first].Text) {
			first--
			continue
		}
		if !token.IsCap(w.Text) || token.IsAllCaps(w.Text) && len(w.Text) > 3 || w.Poss || s.lex.HasIn(setDet, w.Text) || token.IsFunctionWord(w.Text) {
			break
		}
		if strings.Trim(a.Body[w.End:words[first].Start], " \t") != "" {
			break
		}
		if a.OverlapsKind(w.Start, w.End, "person") {
			break
		}
		first--
	}
	// A name does not begin with its inner "and".
	for first < head && !token.IsCap(words[first].Text) {
		first++
	}
	return first
}

// extendRight returns the index of the last word of the name whose head is
// at head: an "of"/"for" complement of capitalised words.
func (s orgStage) extendRight(a *model.Analysis, words []token.Word, head int) int {
	last := head
	if head+2 < len(words) && !words[head].Poss {
		link := words[head+1].Text
		if (link == "of" || link == "for") && token.IsCap(words[head+2].Text) && !s.lex.HasIn(setDet, words[head+2].Text) &&
			strings.Trim(a.Body[words[head].End:words[head+2].Start], " \t"+link) == "" {
			last = head + 2
			for last+1 < len(words) && token.IsCap(words[last+1].Text) && !words[last].Poss &&
				strings.Trim(a.Body[words[last].End:words[last+1].Start], " \t") == "" {
				if countryEndsAt(a, words[last].End) {
					// "Central Bank of Egypt Jane Roe": a state closes the
					// complement; a name glued after it is not the body's.
					return last
				}
				last++
			}
			// "Ministry of Finance and National Planning".
			if end := andNameTail(a, words[last].End); end > words[last].End {
				for last+1 < len(words) && words[last+1].End <= end {
					last++
				}
			}
		}
	}
	return last
}

// countryEndsAt reports whether a country mention ends at byte offset end.
func countryEndsAt(a *model.Analysis, end int) bool {
	for _, m := range a.Mentions {
		if m.Kind == "country" && m.End == end {
			return true
		}
	}
	return false
}
