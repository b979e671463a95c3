package extract

import (
	"io/fs"
	"strings"

	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// orgStage finds named bodies the gazetteer does not know: a capitalised
// multiword name whose head noun names a body ("Special Commission",
// "Coalition Operational Headquarters"), with an "of"/"for" complement
// ("Armed Forces of Ukraine", "Multinational Force for Ukraine").
type orgStage struct{ lex *entityLexicon }

func newOrgStage(_ *gazetteer.Gazetteer, data fs.FS) (Stage, error) {
	lex, err := loadEntityLexicon(data)
	if err != nil {
		return nil, err
	}
	return orgStage{lex: lex}, nil
}

func (s orgStage) Apply(a *Analysis) error {
	words := a.bodyWords()
	for i := 0; i < len(words); i++ {
		if !s.lex.hasAt(a, i, "orghead") || isAllCaps(words[i].Text) {
			continue
		}
		first := s.extendLeft(a, words, i)
		last := s.extendRight(a, words, i)
		if last == first {
			continue
		}
		st, en := words[first].Start, words[last].End
		if a.inTitleCaseLine(st) || s.notABody(a, words, first, last) {
			i = last
			continue
		}
		if a.overlapsKind(st, en, "person", "organization", "outlet", "place") {
			// A body the gazetteer knows, or a name another stage took.
			i = last
			continue
		}
		name := strings.Join(strings.Fields(a.Body[st:en]), " ")
		a.addMention(Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "organization",
			Key: schema.PrefixOrg + Slug(name), Form: "name", Sent: a.SentAt(st)})
		i = last
	}
	s.lowerBodies(a, words)
	s.employers(a, words)
	return nil
}

// employers takes the capitalised name after "at" that follows a job noun
// ("chief economist at Harbour Bank", "a fellow at the Lakeside
// Institute") as a body: where someone works, not a place.
func (s orgStage) employers(a *Analysis, words []word) {
	for i := 1; i+1 < len(words); i++ {
		if words[i].Text != "at" || !s.lex.hasAt(a, i-1, "affil") {
			continue
		}
		j := i + 1
		if strings.EqualFold(words[j].Text, "the") {
			j++
		}
		n := 0
		for j+n < len(words) && n < 4 {
			w := words[j+n]
			if n > 0 && (strings.Trim(a.Body[words[j+n-1].End:w.Start], " \t") != "" || words[j+n-1].Poss) {
				break
			}
			if !isCap(w.Text) || s.lex.has("pstop", w.Text) && !s.lex.has("orghead", w.Text) {
				break
			}
			n++
		}
		if n == 0 {
			continue
		}
		st, en := words[j].Start, words[j+n-1].End
		if a.mentionAt(st, en) >= 0 || a.inTitleCaseLine(st) {
			continue
		}
		name := strings.Join(strings.Fields(a.Body[st:en]), " ")
		a.addMention(Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "organization",
			Key: schema.PrefixOrg + Slug(name), Form: "name", Sent: a.SentAt(st)})
	}
}

// lowerBodies finds the bodies written in lower case (see lower_bodies):
// right after a country word ("the French foreign ministry", listed only:
// the facts keep the country) or, for a phrase of two words or more, after "the"
// ("the presidential office said"). The gazetteer's body written the same
// way in capitals gives the key.
func (s orgStage) lowerBodies(a *Analysis, words []word) {
	for i := 0; i < len(words); i++ {
		n := s.lowerBodyAt(a, words, i)
		if n == 0 {
			continue
		}
		st, en := words[i].Start, words[i+n-1].End
		if a.overlapsKind(st, en, "person", "organization", "outlet", "place", "country") {
			continue
		}
		nested := false
		if c, ok := a.mentionEndingAt(st - 1); ok && c.Kind == "country" && a.Body[st-1] == ' ' {
			st, nested = c.Start, true
		} else if !strings.EqualFold(prevWordText(a.Body, st), "the") || n < 2 {
			continue
		}
		text := a.Body[st:en]
		key := schema.PrefixOrg + Slug(text)
		if a.Gaz != nil {
			for _, h := range a.Gaz.Lookup(capitalizeWords(text)) {
				if h.Entry.Kind == gazetteer.Organization {
					key = schema.PrefixOrg + h.Entry.ID
					break
				}
			}
		}
		m := Mention{Start: st, End: en, Text: text, Kind: "organization", Key: key, Form: "name", Sent: a.SentAt(st)}
		if nested {
			a.listedOnly = append(a.listedOnly, m) // the facts keep the country
		} else {
			a.addMention(m)
		}
		i += n - 1
	}
}

// lowerBodyAt returns the number of words of the lower-case body phrase
// starting at words[i], 0 when none does.
func (s orgStage) lowerBodyAt(a *Analysis, words []word, i int) int {
	best := 0
	for _, f := range s.lex.lowerBodies[words[i].Text] {
		if len(f) <= best || i+len(f) > len(words) {
			continue
		}
		ok := true
		for k, fw := range f {
			w := words[i+k]
			if w.Text != fw || k > 0 && strings.Trim(a.Body[words[i+k-1].End:w.Start], " ") != "" {
				ok = false
				break
			}
		}
		if ok {
			best = len(f)
		}
	}
	return best
}

// capitalizeWords writes every word of s longer than three letters, and
// every first word, with a capital ("French foreign ministry" -> "French
// Foreign Ministry"; "of", "the" stay).
func capitalizeWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if i == 0 || len(w) > 3 {
			f[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(f, " ")
}

// notABody reports whether the name words[first..last] is part of the
// name of something else ("Air Force One", "Extended Fund Facility") or an
// instrument brought in with an indefinite article ("a new Resilience
// Fund").
func (s orgStage) notABody(a *Analysis, words []word, first, last int) bool {
	if last+1 < len(words) && s.lex.hasAt(a, last+1, "nonbody") && a.Body[words[last].End:words[last+1].Start] == " " {
		return true
	}
	if !s.lex.hasAt(a, last, "insthead") {
		return false
	}
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		switch strings.ToLower(words[k].Text) {
		case "a", "an":
			return true
		case "new":
			continue
		}
		break
	}
	return false
}

// extendLeft returns the index of the first word of the name ending at
// head: the capitalised words before it on the same line, without a
// leading determiner or a sentence's first word that is not a name.
func (s orgStage) extendLeft(a *Analysis, words []word, head int) int {
	first := head
	for first > 0 {
		w := words[first-1]
		// "National Security and Defence Council": an inner "and" or "of"
		// between capitalised words.
		if (w.Text == "and" || w.Text == "of") && first-2 >= 0 && isCap(words[first-2].Text) && !s.lex.has("det", words[first-2].Text) &&
			!words[first-2].Poss && a.mentionAt(words[first-2].Start, words[first-2].End) < 0 && first < head+1 && isCap(words[first].Text) {
			first--
			continue
		}
		if !isCap(w.Text) || isAllCaps(w.Text) && len(w.Text) > 3 || w.Poss || s.lex.has("det", w.Text) || isFunctionWord(w.Text) {
			break
		}
		if strings.Trim(a.Body[w.End:words[first].Start], " \t") != "" {
			break
		}
		if a.overlapsKind(w.Start, w.End, "person") {
			break
		}
		first--
	}
	// A name does not begin with its inner "and".
	for first < head && !isCap(words[first].Text) {
		first++
	}
	return first
}

// extendRight returns the index of the last word of the name whose head is
// at head: an "of"/"for" complement of capitalised words.
func (s orgStage) extendRight(a *Analysis, words []word, head int) int {
	last := head
	if head+2 < len(words) && !words[head].Poss {
		link := words[head+1].Text
		if (link == "of" || link == "for") && isCap(words[head+2].Text) && !s.lex.has("det", words[head+2].Text) &&
			strings.Trim(a.Body[words[head].End:words[head+2].Start], " \t"+link) == "" {
			last = head + 2
			for last+1 < len(words) && isCap(words[last+1].Text) && !words[last].Poss &&
				strings.Trim(a.Body[words[last].End:words[last+1].Start], " \t") == "" {
				last++
			}
			// "Ministry of Finance and National Planning".
			if end := a.andNameTail(words[last].End); end > words[last].End {
				for last+1 < len(words) && words[last+1].End <= end {
					last++
				}
			}
		}
	}
	return last
}

// andNameTail returns the end of " and" followed by capitalised words
// that no other mention holds, right after byte offset off ("Minister of
// Finance| and National Planning"), or off when none follows.
func (a *Analysis) andNameTail(off int) int {
	if !strings.HasPrefix(a.Body[off:], " and ") {
		return off
	}
	end := off
	for _, w := range a.wordsIn(off+len(" and "), min(len(a.Body), off+len(" and ")+80)) {
		if !isCap(w.Text) || isFunctionWord(w.Text) || strings.Trim(a.Body[max(end, off+len(" and")):w.Start], " \t") != "" ||
			a.mentionAt(w.Start, w.End) >= 0 {
			break
		}
		end = w.End
		if w.Poss {
			break
		}
	}
	return end
}

// isFunctionWord reports whether a capitalised word is a function word of
// a title-case heading ("For", "And", "Of").
func isFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "for", "and", "of", "to", "in", "on", "with", "at", "by", "from", "or", "but", "as":
		return true
	}
	return false
}
