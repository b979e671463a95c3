package entities

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Name shapes and contexts of the person stage: names after titles (across
// honorifics), after person nouns, appositives that close, titles over bodies.

// titlesOverBodies drops a body's mention that a title starts inside
// ("US Treasury Secretary": the title "Treasury Secretary", not the
// Treasury), keeping the state its first words name ("US").
func (s personStage) titlesOverBodies(a *model.Analysis) {
	for _, t := range lexicon.TitlesIn(a, s.titles) {
		i := a.MentionAt(t.Start, t.Start+1)
		if i < 0 {
			continue
		}
		m := a.Mentions[i]
		if m.Kind != "organization" || m.Start >= t.Start || m.End > t.End {
			continue
		}
		dropOverlapping(a, m.Start, m.End)
		head := strings.TrimRight(a.Body[m.Start:t.Start], " \t")
		if a.Gaz == nil || head == "" {
			continue
		}
		for _, h := range a.Gaz.Lookup(head) {
			if h.Entry.Kind == gazetteer.Country {
				a.AddMention(model.Mention{Start: m.Start, End: m.Start + len(head), Text: head, Kind: "country",
					Key: schema.PrefixCountry + h.Entry.ID, Form: string(h.Form), Sent: a.SentAt(m.Start)})
				break
			}
		}
	}
}

// nameAfterTitle is nameAfter for the name right after a title: an
// honorific before it is skipped ("Minister Dr. Jane Roe"), and a surname
// that is also a function word opens it ("Vice Premier He Wen").
func (s personStage) nameAfterTitle(a *model.Analysis, off int) (int, int, bool) {
	words := a.WordsIn(off, min(len(a.Body), off+120))
	if len(words) < 2 || strings.Trim(a.Body[off:words[0].Start], " \t") != "" {
		return 0, 0, false
	}
	if s.lex.HasIn(setHonor, words[0].Text) && strings.Trim(a.Body[words[0].End:words[1].Start], " \t.") == "" {
		return s.nameAfter(a, words[1].Start)
	}
	if s.lex.HasIn(setTsurname, words[0].Text) && a.Body[words[0].End:words[1].Start] == " " && token.IsCap(words[1].Text) &&
		!s.lex.HasIn(setPstop, words[1].Text) && a.MentionAt(words[0].Start, words[0].End) < 0 &&
		!a.OverlapsKind(words[1].Start, words[1].End, "country", "organization", "outlet", "place") {
		return words[0].Start, words[1].End, true
	}
	return s.nameAfter(a, off)
}

// afterPersonNouns takes the name right after a noun describing a person
// ("billionaire Jane Roe") or an honorific ("Dr. Jane Roe").
func (s personStage) afterPersonNouns(a *model.Analysis) {
	words, sets := a.BodyWords(), s.lex.WordSetsOf(a)
	for i, w := range words {
		if i+2 >= len(words) {
			break
		}
		off := w.End
		switch {
		case sets.In(i, setPnoun):
		case sets.In(i, setHonor) && strings.Trim(a.Body[w.End:words[i+1].Start], " \t.") == "":
			off = words[i+1].Start
		default:
			continue
		}
		if st, en, ok := s.nameAfter(a, off); ok {
			s.addPerson(a, st, en)
		}
	}
}

// appositionEndsAfter reports whether an appositive can end at the title
// ending at off: the title, perhaps with up to two more lower-case words
// that are not determiners ("chief economist"), is followed by a closing
// comma or full stop, a complement (" of the bank") or a verb of saying.
func (s personStage) appositionEndsAfter(a *model.Analysis, off int) bool {
	for k := 0; ; k++ {
		if lexicon.ClosesApposition(a.Body, off) || opensComplement(a.Body[off:]) || s.lex.HasIn(setSpeech, token.NextWordText(a.Body, off)) {
			return true
		}
		next := token.NextWordText(a.Body, off)
		if k == 2 || next == "" || token.IsCap(next) || isDeterminer(next) ||
			!strings.HasPrefix(a.Body[off:], " "+next) {
			return false
		}
		off += len(" " + next)
	}
}

// isDeterminer reports whether a lower-case word is an article or a
// demonstrative ("a", "the", "this").
func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// personStartsAfter reports whether a person mention starts right after
// byte offset off (spaces between).
func personStartsAfter(a *model.Analysis, off int) bool {
	st := off + credits.LeadingSpaces(a.Body[off:min(len(a.Body), off+8)])
	for _, m := range a.Mentions {
		if m.Kind == "person" && m.Start == st {
			return true
		}
	}
	return false
}

// opensComplement reports whether rest opens a title's complement (" of
// the bank", " at the fund").
func opensComplement(rest string) bool {
	for _, p := range []string{" of ", " at ", " for ", " to ", " in ", " on "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// isParticleSurname reports whether w is a surname joined to a lower-case
// Arabic article by a hyphen ("al-Rashid", "el-Amin", "ad-Din"): a name
// word although it does not open with a capital.
func isParticleSurname(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || !token.IsCap(rest) {
		return false
	}
	switch p {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "ud":
		return true
	}
	return false
}

// dropKindsIn removes the mentions of the given kinds inside [start, end).
func dropKindsIn(a *model.Analysis, start, end int, kinds ...string) {
	out := a.Mentions[:0]
	for _, m := range a.Mentions {
		if m.Start >= start && m.End <= end && slices.Contains(kinds, m.Kind) {
			continue
		}
		out = append(out, m)
	}
	a.Mentions = out
}
