package commitments

import "strings"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/token"

// Filters of the commitment stage: which verb hits commit someone, which
// sentences without a commitment verb only talk about one, and where the
// commitment word of a listed part is.

// committingVerbs drops verb hits that commit no one: a verb form read as
// a noun ("arms supplies"), a verb that introduces a that-clause
// ("announced that X will ..."), a verb others are told they should or
// must do ("partners should send more"), a verb whose complement is a hostile act
// ("continues to delay"), a verb whose subject names nobody ("those who
// provide"). It filters hits in place.
func (s commitmentStage) committingVerbs(toks []token.Tok, hits []token.Hit) []token.Hit {
	out := hits[:0]
	for _, h := range hits {
		if h.To == h.From+1 && (h.From > 0 && s.lex.nounBefore.EndsBeforeIndexed(toks, h.From) ||
			h.To < len(toks) && s.lex.nounAfter.LongestAt(toks, h.To) >= 0) {
			continue
		}
		if h.From > 0 && (toks[h.From-1].Norm == "should" || toks[h.From-1].Norm == "must") && (h.From < 2 || toks[h.From-2].Norm != "we") {
			continue // "partners should increase ...": an exhortation
		}
		if h.To+2 < len(toks) && toks[h.To].Norm == "as" && (toks[h.To+1].Norm == "a" || toks[h.To+1].Norm == "an") && witnessNouns[toks[h.To+2].Norm] ||
			h.To+1 < len(toks) && toks[h.To].Norm == "as" && witnessNouns[toks[h.To+1].Norm] {
			continue // "signed as a witness": no party to the text
		}
		if s.participleModifier(toks, h) {
			continue // "the items listed in the plan"
		}
		if h.From > 0 && s.lex.discussion.EndsBeforeIndexed(toks, h.From) {
			continue // "the leaders discussed deepening cooperation": a topic of talks
		}
		if h.From > 0 && s.lex.purpose.EndsBeforeIndexed(toks, h.From) {
			continue // "the fund is intended to help": what it is for
		}
		next := h.To
		if next < len(toks) && toks[next].Norm == "that" {
			continue // "announced that ...": the clause after it tells what
		}
		if next < len(toks) && toks[next].Norm == "to" {
			next++
		}
		if next < len(toks) && (s.lex.hostile.LongestAt(toks, next) >= 0 || s.lex.requests.LongestAt(toks, next) >= 0) {
			continue // "continues to delay", "continues to call for"
		}
		generic := false
		for j := max(0, h.From-6); j < h.From && !generic; j++ {
			generic = s.lex.genericAgents.LongestAt(toks, j) >= 0
		}
		if generic {
			continue
		}
		out = append(out, h)
	}
	return out
}

// witnessNouns after "signed as (a)" name who attests a text without
// being bound by it.
var witnessNouns = map[string]bool{"witness": true, "witnesses": true, "observer": true, "observers": true}

// participleModifier reports a single-word "-ed" verb form that modifies
// the common noun before it ("some of the items listed in the plan"): a
// determiner and a lower-case noun that names no group before
// it, a preposition other than an agent's "by" after it.
func (s commitmentStage) participleModifier(toks []token.Tok, h token.Hit) bool {
	if h.To != h.From+1 || h.From < 2 || !strings.HasSuffix(toks[h.From].Norm, "ed") || h.To >= len(toks) {
		return false
	}
	det := false // a determiner opens the noun phrase ("the 50 instruments submitted here")
	for j := h.From - 2; j >= 0 && j >= h.From-4 && !det; j-- {
		switch toks[j].Norm {
		case "the", "these", "those", "some", "such", "its", "their":
			det = true
		}
	}
	if !det {
		return false
	}
	if s.lex.groupNouns.EndsBeforeIndexed(toks, h.From) || s.lex.collective.EndsBeforeIndexed(toks, h.From) {
		return false
	}
	switch toks[h.To].Norm {
	case "as", "in", "at", "during", "last", "earlier", "so", "here", "there":
		return true
	}
	return false
}

// textVerbs finds a document verb whose subject is a text: a document
// noun just before it ("the declaration calls for"), or "it" when the
// sentence before names a text ("It calls for ..."). The text's issuers
// commit (see commitEnv.subject).
func (s commitmentStage) textVerbs(env *commitEnv, u commitUnit, toks []token.Tok) []token.Hit {
	for h := range s.lex.documentVerbs.Hits(toks) {
		if h.From == 0 {
			continue
		}
		switch {
		case s.lex.documentNouns.EndsBeforeIndexed(toks, h.From):
		case toks[h.From-1].Norm == "it" && env.textBefore(u.sent, s.lex.documentNouns):
		default:
			continue
		}
		return []token.Hit{h}
	}
	return nil
}

// partAnchor is where a component's commitment word is: the sentence's
// anchor when it lies in the part, else the part's own first commitment
// verb, text verb or noun, else the part's start.
func (s commitmentStage) partAnchor(toks []token.Tok, part [2]int, anchor int) int {
	if anchor >= part[0] && anchor < part[1] {
		return anchor
	}
	for _, l := range []token.Phrases{s.lex.Verbs, s.lex.documentVerbs, s.lex.nouns} {
		if h, ok := l.First(toks); ok {
			return h.Start
		}
	}
	return part[0]
}

// reportedModal reports a sentence without a commitment verb whose modal
// belongs to a clause an actor only speaks about: "X said such a measure
// could only take effect once ...", "X suggested that guarantees could
// take various forms". No actor is the subject of the modal, so nothing
// is committed.
func (s commitmentStage) reportedModal(env *commitEnv, toks []token.Tok) bool {
	h, ok := s.lex.modality.First(toks)
	if !ok {
		return false
	}
	for i := h.From - 1; i >= 0; i-- {
		if !s.lex.sayingVerbs.EndsBeforeIndexed(toks, i+1) {
			continue
		}
		// a saying verb before the modal: is an actor named between them,
		// or a collective or a pronoun standing for one ("members will")?
		between := toks[i+1 : h.From]
		if s.lex.collective.Has(between) {
			return false
		}
		for _, t := range between {
			if facts.Pronouns[t.Norm] && t.Norm != "it" || t.Norm == "we" {
				return false
			}
		}
		for _, m := range env.c.MentionsView(toks[i].End, h.Start) {
			if env.subjectMention(m) {
				return false
			}
		}
		return true
	}
	return false
}
