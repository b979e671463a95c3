package extract

import "strings"

// Filters of the commitment stage: which verb hits commit someone, which
// sentences without a commitment verb only talk about one, and where the
// commitment word of a listed part is.

// committingVerbs drops verb hits that commit no one: a verb form read as
// a noun ("arms supplies"), a verb that introduces a that-clause
// ("announced that X will ..."), a verb others are told they should or
// must do ("partners should send more"), a verb whose complement is a hostile act
// ("continues to delay"), a verb whose subject names nobody ("those who
// provide").
func (s commitmentStage) committingVerbs(toks []fxTok, hits []fxHit) []fxHit {
	var out []fxHit
	for _, h := range hits {
		if h.to == h.from+1 && (h.from > 0 && s.lex.nounBefore.endsBefore(toks, h.from) ||
			h.to < len(toks) && s.lex.nounAfter.longestAt(toks, h.to) >= 0) {
			continue
		}
		if h.from > 0 && (toks[h.from-1].w == "should" || toks[h.from-1].w == "must") && (h.from < 2 || toks[h.from-2].w != "we") {
			continue // "partners should increase ...": an exhortation
		}
		if h.to+2 < len(toks) && toks[h.to].w == "as" && (toks[h.to+1].w == "a" || toks[h.to+1].w == "an") && witnessNouns[toks[h.to+2].w] ||
			h.to+1 < len(toks) && toks[h.to].w == "as" && witnessNouns[toks[h.to+1].w] {
			continue // "signed as a witness": no party to the text
		}
		if s.participleModifier(toks, h) {
			continue // "the items listed in the plan"
		}
		if h.from > 0 && s.lex.discussion.endsBefore(toks, h.from) {
			continue // "the leaders discussed deepening cooperation": a topic of talks
		}
		if h.from > 0 && s.lex.purpose.endsBefore(toks, h.from) {
			continue // "the fund is intended to help": what it is for
		}
		next := h.to
		if next < len(toks) && toks[next].w == "that" {
			continue // "announced that ...": the clause after it tells what
		}
		if next < len(toks) && toks[next].w == "to" {
			next++
		}
		if next < len(toks) && (s.lex.hostile.longestAt(toks, next) >= 0 || s.lex.requests.longestAt(toks, next) >= 0) {
			continue // "continues to delay", "continues to call for"
		}
		generic := false
		for j := max(0, h.from-6); j < h.from && !generic; j++ {
			generic = s.lex.genericAgents.longestAt(toks, j) >= 0
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
func (s commitmentStage) participleModifier(toks []fxTok, h fxHit) bool {
	if h.to != h.from+1 || h.from < 2 || !strings.HasSuffix(toks[h.from].w, "ed") || h.to >= len(toks) {
		return false
	}
	det := false // a determiner opens the noun phrase ("the 50 instruments submitted here")
	for j := h.from - 2; j >= 0 && j >= h.from-4 && !det; j-- {
		switch toks[j].w {
		case "the", "these", "those", "some", "such", "its", "their":
			det = true
		}
	}
	if !det {
		return false
	}
	if s.lex.groupNouns.endsBefore(toks, h.from) || s.lex.collective.endsBefore(toks, h.from) {
		return false
	}
	switch toks[h.to].w {
	case "as", "in", "at", "during", "last", "earlier", "so", "here", "there":
		return true
	}
	return false
}

// textVerbs finds a document verb whose subject is a text: a document
// noun just before it ("the declaration calls for"), or "it" when the
// sentence before names a text ("It calls for ..."). The text's issuers
// commit (see commitEnv.subject).
func (s commitmentStage) textVerbs(env *commitEnv, u commitUnit, toks []fxTok) []fxHit {
	for h := range s.lex.documentVerbs.hits(toks) {
		if h.from == 0 {
			continue
		}
		switch {
		case s.lex.documentNouns.endsBefore(toks, h.from):
		case toks[h.from-1].w == "it" && env.textBefore(u.sent, s.lex.documentNouns):
		default:
			continue
		}
		return []fxHit{h}
	}
	return nil
}

// partAnchor is where a component's commitment word is: the sentence's
// anchor when it lies in the part, else the part's own first commitment
// verb, text verb or noun, else the part's start.
func (s commitmentStage) partAnchor(toks []fxTok, part [2]int, anchor int) int {
	if anchor >= part[0] && anchor < part[1] {
		return anchor
	}
	for _, l := range []fxPhrases{s.lex.verbs, s.lex.documentVerbs, s.lex.nouns} {
		if h, ok := l.first(toks); ok {
			return h.start
		}
	}
	return part[0]
}

// reportedModal reports a sentence without a commitment verb whose modal
// belongs to a clause an actor only speaks about: "X said such a measure
// could only take effect once ...", "X suggested that guarantees could
// take various forms". No actor is the subject of the modal, so nothing
// is committed.
func (s commitmentStage) reportedModal(env *commitEnv, toks []fxTok) bool {
	h, ok := s.lex.modality.first(toks)
	if !ok {
		return false
	}
	for i := h.from - 1; i >= 0; i-- {
		if !s.lex.sayingVerbs.endsBefore(toks, i+1) {
			continue
		}
		// a saying verb before the modal: is an actor named between them,
		// or a collective or a pronoun standing for one ("members will")?
		between := toks[i+1 : h.from]
		if s.lex.collective.has(between) {
			return false
		}
		for _, t := range between {
			if fxPronoun[t.w] && t.w != "it" || t.w == "we" {
				return false
			}
		}
		for _, m := range env.c.mentionsIn(toks[i].end, h.start) {
			if env.subjectMention(m) {
				return false
			}
		}
		return true
	}
	return false
}
