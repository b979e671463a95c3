package entities

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Bodies written in lower case, employers after a job noun, joined
// complements and names that are not bodies.

// lowerBodies finds the bodies written in lower case (see lower_bodies):
// right after a country word ("the French foreign ministry", listed only:
// the facts keep the country) or, for a phrase of two words or more, after "the"
// ("the presidential office said"). The gazetteer's body written the same
// way in capitals gives the key.
func (s orgStage) lowerBodies(a *model.Analysis, words []token.Word) {
	for i := 0; i < len(words); i++ {
		n := s.lowerBodyAt(a, words, i)
		if n == 0 {
			continue
		}
		st, en := words[i].Start, words[i+n-1].End
		if a.OverlapsKind(st, en, "person", "organization", "outlet", "place", "country") {
			continue
		}
		nested := false
		if c, ok := a.MentionEndingAt(st - 1); ok && c.Kind == "country" && a.Body[st-1] == ' ' {
			st, nested = c.Start, true
		} else if !strings.EqualFold(token.PrevWordText(a.Body, st), "the") || n < 2 {
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
		if !nested {
			// "the foreign ministry" after "the Russian Foreign Ministry":
			// the body already named.
			if k, ok := orgEndingWith(a, text); ok {
				key = k
			}
		}
		m := model.Mention{Start: st, End: en, Text: text, Kind: "organization", Key: key, Form: "name", Sent: a.SentAt(st)}
		if nested {
			a.ListedOnly = append(a.ListedOnly, m) // the facts keep the country
		} else {
			a.AddMention(m)
		}
		i += n - 1
	}
}

// lowerBodyAt returns the number of words of the lower-case body phrase
// starting at words[i], 0 when none does.
func (s orgStage) lowerBodyAt(a *model.Analysis, words []token.Word, i int) int {
	if s.lowerFirst != nil && !s.lowerFirst.MayHold(words[i].Text) {
		return 0
	}
	best := 0
	for _, f := range s.lex.LowerBodyWords[words[i].Text] {
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

// employers takes the capitalised name after "at" that follows a job noun
// ("chief economist at Harbour Bank", "a fellow at the Lakeside
// Institute") as a body: where someone works, not a place.
func (s orgStage) employers(a *model.Analysis, words []token.Word) {
	for i := 1; i+1 < len(words); i++ {
		if words[i].Text != "at" || !s.lex.HasAt(a, i-1, "affil") {
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
			if !token.IsCap(w.Text) || s.lex.HasIn(setPstop, w.Text) && !s.lex.HasIn(setOrghead, w.Text) {
				break
			}
			n++
		}
		if n == 0 {
			continue
		}
		st, en := words[j].Start, words[j+n-1].End
		if a.MentionAt(st, en) >= 0 || inTitleCaseLine(a, st) {
			continue
		}
		name := strings.Join(strings.Fields(a.Body[st:en]), " ")
		a.AddMention(model.Mention{Start: st, End: en, Text: a.Body[st:en], Kind: "organization",
			Key: schema.PrefixOrg + Slug(name), Form: "name", Sent: a.SentAt(st)})
	}
}

// andNameTail returns the end of " and" followed by capitalised words
// that no other mention holds, right after byte offset off ("Minister of
// Finance| and National Planning"), or off when none follows.
func andNameTail(a *model.Analysis, off int) int {
	if !strings.HasPrefix(a.Body[off:], " and ") {
		return off
	}
	end := off
	for _, w := range a.WordsIn(off+len(" and "), min(len(a.Body), off+len(" and ")+80)) {
		if !token.IsCap(w.Text) || token.IsFunctionWord(w.Text) || strings.Trim(a.Body[max(end, off+len(" and")):w.Start], " \t") != "" ||
			a.MentionAt(w.Start, w.End) >= 0 {
			break
		}
		end = w.End
		if w.Poss {
			break
		}
	}
	return end
}

// notABody reports whether the name words[first..last] is part of the
// name of something else ("Air Force One", "Extended Fund Facility") or an
// instrument brought in with an indefinite article ("a new Resilience
// Fund").
func (s orgStage) notABody(a *model.Analysis, words []token.Word, first, last int) bool {
	if last+1 < len(words) && s.lex.HasAt(a, last+1, "nonbody") && a.Body[words[last].End:words[last+1].Start] == " " {
		return true
	}
	if !s.lex.HasAt(a, last, "insthead") {
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

// idleInstrument reports whether the name words[first..last] is a fund or
// facility the gazetteer does not know that does not act as a body here:
// an instrument ("paid into the Harbour Recovery Fund"), unless the
// document shows it acting elsewhere.
func (s orgStage) idleInstrument(a *model.Analysis, words []token.Word, first, last int) bool {
	return s.lex.HasAt(a, last, "insthead") && !s.actsAsBody(a, words, first, last)
}

// actsAsBody reports whether the name words[first..last] acts as a body:
// it speaks or acts ("the Harbour Recovery Fund said", "... has"), is
// described as one ("Harbour Recovery Fund, a charity"), owns something
// ("the Fund's board"), or employs someone ("the director of the Harbour
// Recovery Fund", "an adviser at the Harbour Recovery Fund").
func (s orgStage) actsAsBody(a *model.Analysis, words []token.Word, first, last int) bool {
	if words[last].Poss {
		return true
	}
	if last+1 < len(words) {
		gap := a.Body[words[last].End:words[last+1].Start]
		if strings.Trim(gap, " ") == "" && (s.lex.HasAt(a, last+1, "speech") || s.lex.HasAt(a, last+1, "aux")) {
			return true
		}
		if strings.Trim(gap, " ") == "," && (words[last+1].Text == "a" || words[last+1].Text == "an") {
			return true
		}
	}
	k := first - 1
	if k >= 0 && strings.EqualFold(words[k].Text, "the") {
		k--
	}
	if k >= 0 && words[k].Text == "at" {
		return true
	}
	return k >= 1 && words[k].Text == "of" && s.lex.HasAt(a, k-1, "affil")
}

// orgEndingWith returns the key of the one body mentioned before whose
// text ends with phrase, in any case ("Russian Foreign Ministry" for
// "foreign ministry").
func orgEndingWith(a *model.Analysis, phrase string) (string, bool) {
	key := ""
	for _, m := range a.Mentions {
		if m.Kind != "organization" || len(m.Text) <= len(phrase) || m.Text[len(m.Text)-len(phrase)-1] != ' ' ||
			!strings.EqualFold(m.Text[len(m.Text)-len(phrase):], phrase) {
			continue
		}
		if key != "" && key != m.Key {
			return "", false
		}
		key = m.Key
	}
	return key, key != ""
}
