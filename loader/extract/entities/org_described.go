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

// describedCompanyStage finds companies the gazetteer does not know and
// whose names carry no keyword, from the noun that describes them right
// before the name: "the carmaker Vesta", "German chipmaker Kestrel
// Semis", "the defence contractor Nordwerk". The name is the capitalised
// words that follow, up to a lower-case word or punctuation; a title
// ("the company Chief Executive"), a gazetteer body, or a name that is
// only a country or place is not taken.
type describedCompanyStage struct {
	lex    *lexicon.Entities
	titles *lexicon.Titles
}

func NewDescribedCompanyStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, titles, err := lexicon.LoadEntitiesWithTitles(data)
	if err != nil {
		return nil, err
	}
	return describedCompanyStage{lex: lex, titles: titles}, nil
}

// maxDescribedNameWords bounds the words of a name after its descriptor;
// a longer run of capitalised words is more often a title and a person.
const maxDescribedNameWords = 2

func (s describedCompanyStage) Apply(a *model.Analysis) error {
	words, sets := a.BodyWords(), s.lex.WordSetsOf(a)
	co := companyStage{lex: s.lex}
	for i := 0; i+1 < len(words); i++ {
		if !sets.In(i, setCodesc) || a.Body[words[i].End:words[i+1].Start] != " " {
			continue
		}
		last := i
		for k := i + 1; k < len(words) && k-i <= maxDescribedNameWords; k++ {
			w := words[k]
			if !co.nameWord(a, w) || s.lex.HasAt(a, k, "pstop") && !s.lex.HasAt(a, k, "cohead") || a.Body[words[k-1].End:w.Start] != " " {
				break
			}
			last = k
			if w.Poss {
				break
			}
		}
		if last == i || last-i == maxDescribedNameWords && last+1 < len(words) && token.IsCap(words[last+1].Text) && a.Body[words[last].End:words[last+1].Start] == " " {
			continue
		}
		st, en := words[i+1].Start, words[last].End
		if inTitleCaseLine(a, st) || s.titleWithin(a, st, en) || s.onlyPlace(a, st, en) || personAfterStart(a, st, en) || !co.claim(a, st, en) {
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

// titleWithin reports whether an office title overlaps body[st:en] ("the
// company Chief Executive Jane Roe").
func (s describedCompanyStage) titleWithin(a *model.Analysis, st, en int) bool {
	for _, t := range lexicon.TitlesIn(a, s.titles) {
		if t.Start < en && t.End > st {
			return true
		}
	}
	return false
}

// onlyPlace reports whether a country or place mention spans all of
// body[st:en] ("the lender Freedonia" names no company).
func (s describedCompanyStage) onlyPlace(a *model.Analysis, st, en int) bool {
	for i := a.FirstFrom(st); i < len(a.Mentions) && a.Mentions[i].Start == st; i++ {
		m := a.Mentions[i]
		if m.End >= en && (m.Kind == "country" || m.Kind == "place") {
			return true
		}
	}
	return false
}

// personAfterStart reports whether a person mention begins inside
// body[st:en] after its first word: the words before it are a title ("the
// company CEO Jane Roe"), not a company.
func personAfterStart(a *model.Analysis, st, en int) bool {
	for i := a.FirstFrom(st + 1); i < len(a.Mentions) && a.Mentions[i].Start < en; i++ {
		if a.Mentions[i].Kind == "person" {
			return true
		}
	}
	return false
}
