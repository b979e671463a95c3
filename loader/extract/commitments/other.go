package commitments

import "strings"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/token"

// Commitments without a kind keyword: a named actor firmly commits to
// something no kind of the lexicon names (a truce, an exchange, a visit).

// bareOther reports a unit whose commitment verb v names no kind but is
// firmly committed by a named actor: a firm cue ("agreed to", "vowed to",
// "will") is the verb or stands at most three words before it, and every
// actor of its subject is named in the sentence before the verb (or the
// subject is "we" in a primary statement, or a group in the text's words:
// "15 countries"). Such a commitment is of kind
// "other" ("Freedonia and Ruritania agreed to a truce"); a negated cue
// ("has not yet agreed to") commits to nothing. Presence verbs
// ("will take part in the talks") commit to nothing.
func (s commitmentStage) bareOther(env *commitEnv, u commitUnit, toks []token.Tok, v token.Hit) bool {
	if s.lex.presence.LongestAt(toks, v.From) >= 0 {
		return false
	}
	// a denial turns a commitment down ("Freedonia quit the accord")
	firm := s.lex.denied.LongestAt(toks, v.From) >= 0 || v.From > 0 && s.lex.denied.LongestAt(toks, v.From-1) >= 0 ||
		v.From > 0 && toks[v.From-1].Norm == "to" && s.lex.denied.EndsBeforeIndexed(toks, v.From) // "objection to extending"
	for h := range s.lex.firm.Hits(toks) {
		if firm {
			break
		}
		if h.From <= v.From && h.From >= v.From-3 {
			firm = !negated(toks, h.From)
			break
		}
	}
	if !firm {
		return false
	}
	c := env.c
	st, _ := c.SentSpan(u.sent)
	if c.Primary {
		for _, t := range toks {
			if t.Start >= v.Start {
				break
			}
			if t.Norm == "we" {
				return true
			}
		}
	}
	if _, ok := env.behalfOf(u, v.Start); ok {
		return true // "signed on behalf of Freedonia"
	}
	by := env.subject(u, v.Start)
	if len(by) == 0 {
		return false
	}
	named := map[string]bool{}
	for _, m := range c.MentionsView(st, v.Start) {
		if facts.IsActor(m) {
			named[m.Key] = true
		}
	}
	for _, b := range by {
		if !named[b] && !strings.HasPrefix(b, groupPrefix) {
			return false
		}
	}
	return true
}

// negated reports a negation among the three words before token i ("has
// not yet agreed", "never promised").
func negated(toks []token.Tok, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		switch toks[j].Norm {
		case "not", "never", "no", "nor", "yet":
			return true
		}
	}
	return false
}

// willVerb finds the verb of "<actor> will <verb>" in a unit that holds no
// commitment verb of the lexicon ("Freedonia will reopen the border"):
// the first word after "will" or "shall", past adverbs ("also",
// "gradually"), when an actor that can be a subject ends at most two words
// before the modal. "will be" (a passive or a state), "will have" and
// verbs of presence or state ("will stand at", "will meet") are no such
// verb.
func (s commitmentStage) willVerb(env *commitEnv, toks []token.Tok) (token.Hit, bool) {
	for i, t := range toks {
		if t.Norm != "will" && t.Norm != "shall" || i == 0 {
			continue
		}
		j := i + 1
		for j < len(toks) && (willAdverbs[toks[j].Norm] || strings.HasSuffix(toks[j].Norm, "ly")) {
			j++
		}
		if j >= len(toks) || toks[j].Norm == "be" || toks[j].Norm == "have" || toks[j].Norm == "not" ||
			s.lex.presence.LongestAt(toks, j) >= 0 {
			continue // "will be", "will stand at 30%", "will meet"
		}
		actor := false
		for _, m := range env.c.MentionsView(toks[max(0, i-3)].Start, t.Start) {
			actor = actor || env.subjectMention(m) && m.End >= toks[max(0, i-2)].Start
		}
		if actor {
			return token.Hit{From: j, To: j + 1, Start: toks[j].Start, End: toks[j].End, Phrase: toks[j].Norm}, true
		}
	}
	return token.Hit{}, false
}

// willAdverbs stand between "will" and its verb.
var willAdverbs = map[string]bool{"also": true, "now": true, "then": true, "soon": true, "still": true, "again": true}
