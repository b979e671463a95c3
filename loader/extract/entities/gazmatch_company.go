package entities

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Company names that are also common words ("Shell", "Apple", "Ford"): the
// gazetteer lists them as cue names of their entry, and they count only
// where the text shows the company.

// companyCueWindow is how many words on either side of a cue name, within
// its sentence, are searched for a company cue word.
const companyCueWindow = 6

// needsCompanyCue reports whether the organization mention mn of match m
// was found under one of its entry's cue names and no company cue word
// stands near it.
func (s gazMatchStage) needsCompanyCue(a *model.Analysis, m gazetteer.Match, mn model.Mention) bool {
	for _, h := range m.Hits {
		if h.Entry.Kind == gazetteer.Organization && isKeyOf(mn.Key, schema.PrefixOrg, h.Entry.ID) {
			return h.Entry.NeedsCue(m.Text) && !companyContextAt(a, s.lex, m.Start, m.End)
		}
	}
	return false
}

// companyContextAt reports whether a company cue word of lex ("shares",
// "chief executive", "carmaker", "plc") stands within companyCueWindow
// words of body[start:end], in the same sentence.
func companyContextAt(a *model.Analysis, lex *lexicon.Entities, start, end int) bool {
	words, sets := a.BodyWords(), lex.WordSetsOf(a)
	sent := a.SentAt(start)
	first := sort.Search(len(words), func(i int) bool { return words[i].End > start })
	last := sort.Search(len(words), func(i int) bool { return words[i].Start >= end }) - 1
	if first >= len(words) {
		first = -1
	}
	if first < 0 || last < first {
		return false
	}
	for i := max(0, first-companyCueWindow); i < min(len(words), last+1+companyCueWindow); i++ {
		if i >= first && i <= last || a.SentAt(words[i].Start) != sent {
			continue
		}
		if sets.In(i, setCocue) || sets.In(i, setLegal) {
			return true
		}
	}
	return false
}

// keepIfNamed adds the mentions held back for want of a cue whose node
// the document names elsewhere: a company's cue name once the company is
// shown (by another name, or under the cue name with a cue), a fund once
// it is seen acting as a body.
func keepIfNamed(a *model.Analysis, held []model.Mention) {
	if len(held) == 0 {
		return
	}
	named := map[string]bool{}
	for _, m := range a.Mentions {
		named[m.Key] = true
	}
	for _, m := range held {
		if named[m.Key] {
			a.AddMention(m)
		}
	}
}

// isKeyOf reports whether key is prefix+id, without building that string.
func isKeyOf(key, prefix, id string) bool {
	return len(key) == len(prefix)+len(id) && strings.HasPrefix(key, prefix) && key[len(prefix):] == id
}
