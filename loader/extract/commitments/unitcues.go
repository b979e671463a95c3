package commitments

// Cues a unit holds that decide whether it states a commitment and whose:
// a hope, talks, a pledge in a noun, an accord between parties, a
// reference back to the last commitment, a modal that pledges.

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// hopeFor reports "hope (that) X will ..." before any commitment verb: a
// hope about what another will do ("hopes to conclude" is the speaker's
// own plan and stays).
func hopeFor(toks []token.Tok, verbs []token.Hit) bool {
	for i, t := range toks {
		if t.Norm != "hope" && t.Norm != "hopes" && t.Norm != "hoped" && t.Norm != "hoping" {
			continue
		}
		if len(verbs) > 0 && verbs[0].From < i {
			return false // a pledge told before the hope stands
		}
		for j := i + 2; j < len(toks) && j <= i+5; j++ {
			if toks[j].Norm == "will" || toks[j].Norm == "would" || toks[j].Norm == "ll" {
				return true
			}
		}
	}
	return false
}

// talksOf reports a commitment verb form right after a verb of talks
// ("discussed deepening cooperation"): the unit tells what was talked
// about. verbs are the commitment verb forms of toks (Verbs.All).
func (s commitmentStage) talksOf(toks []token.Tok, verbs []token.Hit) bool {
	for _, h := range verbs {
		if h.From > 0 && s.lex.discussion.EndsBeforeIndexed(toks, h.From) {
			return true
		}
	}
	return false
}

// ownCommitmentTo finds "its (firm) commitment to <verb>" (its, their,
// his, her, our): a pledge in a noun whose owner is the subject; it
// returns the token of the noun. Not after a verb that only reaffirms.
func (s commitmentStage) ownCommitmentTo(toks []token.Tok) (int, bool) {
	for i := 1; i+2 < len(toks); i++ {
		switch toks[i].Norm {
		case "commitment", "pledge", "promise":
		default:
			continue
		}
		if toks[i+1].Norm != "to" || facts.Determiners[toks[i+2].Norm] {
			continue // "its commitment to a lasting peace": no verb follows
		}
		owner := i - 1
		if owner > 0 && (toks[owner].Norm == "firm" || toks[owner].Norm == "full" || toks[owner].Norm == "strong") {
			owner--
		}
		switch toks[owner].Norm {
		case "its", "their", "his", "her", "our":
		default:
			continue
		}
		if s.lex.affirming.Has(toks[:owner]) {
			return 0, false
		}
		return i, true
	}
	return 0, false
}

// nominalBy finds a commitment named by a noun with its actor after "by"
// in a clause without a commitment verb ("an investment by the Harbour
// Group in a new plant"): the actor and the noun's offset.
func (s commitmentStage) nominalBy(env *commitEnv, toks []token.Tok) (string, int, bool) {
	for h := range s.lex.nominal.Hits(toks) {
		j := h.To
		if j >= len(toks) || toks[j].Norm != "by" {
			continue
		}
		for _, m := range env.c.MentionsView(toks[j].End, min(len(env.c.A.Body), toks[j].End+60)) {
			gap := token.Tokens(env.c.A.Body, toks[j].End, m.Start)
			if facts.IsActor(m) && (len(gap) == 0 || len(gap) == 1 && gap[0].Norm == "the") {
				return m.Key, h.Start, true
			}
			break
		}
	}
	return "", 0, false
}

// accordBetween finds an accord noun followed by "between A and B" and
// then "on" what they agree ("the concurrence between A and B on the
// annex"): the parties and the noun's offset. Talks between two parties
// agree nothing; only the accord nouns count.
func (s commitmentStage) accordBetween(env *commitEnv, toks []token.Tok) ([]string, int, bool) {
	body := env.c.A.Body
	for h := range s.lex.accordNouns.Hits(toks) {
		j := h.To
		if j >= len(toks) || toks[j].Norm != "between" {
			continue
		}
		var parties []string
		last := toks[j].End
		for _, m := range env.c.MentionsView(toks[j].End, toks[len(toks)-1].End) {
			if m.Start < last {
				continue
			}
			gap := strings.TrimSpace(body[last:m.Start])
			if gap != "" && gap != "and" && gap != "the" && gap != "and the" && gap != "," {
				break
			}
			if !facts.IsActor(m) {
				break
			}
			parties = facts.AppendUnique(parties, m.Key)
			last = m.End
		}
		rest := token.Tokens(body, last, min(len(body), last+8))
		if len(parties) >= 2 && len(rest) > 0 && rest[0].Norm == "on" {
			return parties, h.Start, true
		}
	}
	return nil, 0, false
}

// pronounPledge reports a unit opening on a pronoun ("It", "They", "And
// they") that commits anew: a commitment verb and a kind of its own, with
// "also", an amount of its own, or a firm cue other than a bare modal
// ("they're agreeing to open ...").
func (s commitmentStage) pronounPledge(toks []token.Tok, verbs []token.Hit, kind string) bool {
	if len(verbs) == 0 || kind == "" || len(toks) < 2 {
		return false
	}
	first := toks[0].Norm
	if openingConjunctions[first] {
		first = toks[1].Norm
	}
	if !facts.Pronouns[first] {
		return false
	}
	if facts.HasWord(toks, "also") || s.lex.Amounts.Has(toks) {
		return true
	}
	v := verbs[0].From
	for h := range s.lex.firm.Hits(toks) {
		if h.From <= v && h.From >= v-3 && h.Phrase != "will" && h.Phrase != "shall" && !negated(toks, h.From) {
			return true
		}
	}
	return false
}

// modalPresence reports a modal followed by a verb of presence or state
// ("it would cost 250 billion", "will stand at 2%"): a price or a state,
// not a pledge.
func (s commitmentStage) modalPresence(toks []token.Tok) bool {
	for h := range s.lex.modality.Hits(toks) {
		j := h.To
		for j < len(toks) && (willAdverbs[toks[j].Norm] || toks[j].Norm == "only") {
			j++
		}
		if j < len(toks) && s.lex.presence.LongestAt(toks, j) >= 0 {
			return true
		}
	}
	return false
}

// affirms reports a verb that reaffirms or recognises before the first
// commitment noun ("reaffirmed their leadership by making commitments"):
// such passages are attributions, not commitments.
func (s commitmentStage) affirms(toks []token.Tok, nouns []token.Hit) bool {
	if len(nouns) == 0 {
		return false
	}
	for h := range s.lex.affirming.Hits(toks) {
		if h.From < nouns[0].From {
			return true
		}
	}
	return false
}

// receives reports a receiving verb ("secured", "received") before the
// first commitment noun and verb: the subject gets the pledges, it
// does not make them.
func (s commitmentStage) receives(toks []token.Tok, verbs, nouns []token.Hit) bool {
	if len(nouns) == 0 {
		return false
	}
	for h := range s.lex.receiving.Hits(toks) {
		if h.From > 0 && beForms[toks[h.From-1].Norm] || h.To < len(toks) && toks[h.To].Norm == "by" {
			continue // a passive ("if a request is received", "a text obtained by X")
		}
		if h.From < nouns[0].From && (len(verbs) == 0 || h.From < verbs[0].From) {
			return true
		}
	}
	return false
}

// beForms make the participle after them a passive.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// ownSubject reports a unit opening on a demonstrative whose commitment
// verb has an actor of its own right before it ("This decision enabled the
// Commission to disburse ..."): a new commitment, not more of the last one.
func (s commitmentStage) ownSubject(env *commitEnv, toks []token.Tok, verbs []token.Hit, kind string) bool {
	if len(verbs) == 0 || kind == "" || len(toks) < 2 || verbs[0].From < 2 {
		return false
	}
	ms := env.c.MentionsView(toks[1].Start, verbs[0].Start)
	if len(ms) == 0 {
		return false
	}
	m := ms[len(ms)-1]
	gap := token.Tokens(env.c.A.Body, m.End, verbs[0].Start)
	return env.subjectMention(m) && len(gap) <= 2
}

// refersBack reports a unit that opens with a pronoun or demonstrative
// ("These commitments", "They", "Such commitments"), or that names "these
// measures" or "such forces".
func (s commitmentStage) refersBack(toks []token.Tok) bool {
	if len(toks) > 0 && s.lex.elabStarts.EndsBeforeIndexed(toks, 1) {
		return true
	}
	if len(toks) > 3 && toks[1].Norm == "s" && (toks[0].Norm == "today" || toks[0].Norm == "yesterday") && s.lex.elabNouns.EndsBeforeIndexed(toks, 3) {
		return true // "Today's commitments bring ...": the ones just told
	}
	for i, t := range toks {
		if t.Norm != "these" && t.Norm != "such" && t.Norm != "those" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if s.lex.elabNouns.EndsBeforeIndexed(toks, j+1) {
				return true
			}
		}
	}
	return false
}

// possessor finds "<actor> commitments" (the actor names the noun, not a
// possessive) with a status cue after it: "X commitments, which have been
// outlined"; it returns the actor and the noun's offset.
func (s commitmentStage) possessor(c *facts.Context, toks []token.Tok) (string, int, bool) {
	if len(toks) == 0 {
		return "", 0, false
	}
	for _, m := range c.MentionsView(toks[0].Start, toks[len(toks)-1].End) {
		if !facts.IsActor(m) || token.IsPossessiveAfter(c.A.Body, m.End) {
			continue
		}
		for i, t := range toks {
			if t.Start < m.End {
				continue
			}
			if !strings.HasPrefix(t.Norm, "commitment") && !strings.HasPrefix(t.Norm, "pledge") && !strings.HasPrefix(t.Norm, "guarantee") {
				break
			}
			rest := toks[i+1 : min(len(toks), i+12)]
			if s.lex.reported.Has(rest) || s.lex.agreed.Has(rest) {
				return m.Key, t.Start, true
			}
			break
		}
	}
	return "", 0, false
}

// modal reports a cue that makes a unit with a kind but no commitment
// verb a commitment: a modal that can pledge, "is to", or a status cue.
func (s commitmentStage) modal(toks []token.Tok) bool {
	return s.pledgeModal(toks) || fxHasSeq(toks, "is", "to") || fxHasSeq(toks, "are", "to") ||
		s.lex.proposed.Has(toks) || s.lex.agreed.Has(toks) || s.lex.draft.Has(toks) ||
		s.lex.denied.Has(toks) || s.lex.signed.Has(toks)
}

// pledgeModal reports a modal that can pledge: "should" and "must" tell
// others what to do ("partners should send more"), except after "we".
func (s commitmentStage) pledgeModal(toks []token.Tok) bool {
	for h := range s.lex.modality.Hits(toks) {
		if h.Phrase != "should" && h.Phrase != "must" || h.From > 0 && toks[h.From-1].Norm == "we" {
			return true
		}
	}
	return false
}

// countsItems reports a unit that opens on a count ("Two additional
// systems", "500 more shells").
func countsItems(toks []token.Tok) bool {
	if len(toks) == 0 {
		return false
	}
	w := toks[0].Norm
	if fxNumberWords[w] {
		return true
	}
	return w[0] >= '0' && w[0] <= '9'
}

var fxNumberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "twelve": true, "twenty": true, "fifty": true, "hundreds": true, "dozens": true}

// fxHasSeq reports two words in a row.
func fxHasSeq(toks []token.Tok, a, b string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm == a && toks[i+1].Norm == b {
			return true
		}
	}
	return false
}
