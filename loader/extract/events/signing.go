package events

import "strings"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/token"

// Signings: a signing verb with the text signed, active or passive, and
// the signers it names.

// signWindow is how many words after a signing verb may hold the signed
// text ("put their signatures to a ten-year security agreement").
const signWindow = 7

// signGaps are prepositions that end the object of a signing verb: a text
// after them is not the one signed ("signed in line with the declaration").
var signGaps = map[string]bool{"in": true, "with": true, "on": true, "at": true, "under": true, "by": true,
	"for": true, "from": true, "after": true, "before": true, "during": true, "following": true}

// signingAt finds a signing verb followed within signWindow words, before
// any preposition but "to" and "of", by a signed text ("signed a
// bilateral security agreement", "signed the document"), not a future
// one ("will sign"). toks are the words of the whole segment sr when sr
// is not nil: the answer is then found once.
func (s eventStage) signingAt(body string, toks []token.Tok, sr *segRead) (token.Hit, bool) {
	if sr == nil {
		return s.findSigning(body, toks, nil)
	}
	if !sr.signed {
		h, ok := s.findSigning(body, sr.toks, sr)
		sr.sign, sr.signed = foundTrigger{hit: h, ok: ok}, true
	}
	return sr.sign.hit, sr.sign.ok
}

// findSigning is signingAt found afresh.
func (s eventStage) findSigning(body string, toks []token.Tok, sr *segRead) (token.Hit, bool) {
	for _, v := range s.allOf(sr, segSignVerbs, toks) {
		if v.From > 0 && (toks[v.From-1].Norm == "will" || toks[v.From-1].Norm == "to" || toks[v.From-1].Norm == "would") {
			continue
		}
		if s.blocked(body, toks, v) {
			continue
		}
		win := toks[v.To:min(len(toks), v.To+signWindow)]
		for k, t := range win {
			if signGaps[t.Norm] {
				win = win[:k] // "signed in accordance with the declaration": no object
				break
			}
		}
		for o := range s.Lex.signObjects.Hits(win) {
			return token.Hit{From: v.From, To: v.To + o.To, Start: v.Start, End: o.End, Phrase: v.Phrase}, true
		}
		// the passive: "a declaration of intent signed by X and Y"
		if v.To < len(toks) && toks[v.To].Norm == "by" {
			lo := max(0, v.From-4)
			if os := s.Lex.signObjects.All(toks[lo:v.From]); len(os) > 0 {
				o := os[0]
				return token.Hit{From: lo + o.From, To: v.To, Start: o.Start, End: v.End, Phrase: v.Phrase}, true
			}
		}
		// "the agreement between A and B was signed in Paris on Monday"
		if h, ok := s.passiveSigning(toks, v); ok {
			return h, true
		}
	}
	return token.Hit{}, false
}

// signingIn finds a signing told inside a sentence whose event is another
// one ("a framework signed by A, B and C on Tuesday at a summit in
// Paris"): a signing of the same day and place, by the actors the signing
// names — after "signed by", else before the verb in its clause.
func (s eventStage) signingIn(c *facts.Context, i int, first eventMention) (eventMention, bool) {
	if first.typ == "signing" || first.attendance || first.past {
		return eventMention{}, false
	}
	start, end := c.SentSpan(i)
	sr := s.seg(c, i)
	toks := sr.toks
	h, ok := s.signingAt(c.A.Body, toks, sr)
	if !ok {
		return eventMention{}, false
	}
	from, to := start, h.Start
	if h.To < len(toks) && toks[h.To].Norm == "by" {
		from, to = agentSpan(toks, h.To, end)
	} else if b := strings.LastIndexAny(c.A.Body[start:h.Start], ",;"); b >= 0 {
		from = start + b + 1
	}
	m := eventMention{sent: i, typ: "signing", date: first.date, placeKey: first.placeKey}
	for _, mn := range s.mentionsIn(c, from, to) {
		if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
			m.participants = facts.AppendUnique(m.participants, mn.Key)
		}
	}
	if len(m.participants) == 0 && i+1 < len(c.A.Sents) {
		// "58 countries signed a declaration ... Signatories, including A
		// and B, ...": the signers the next sentence opens with
		ns, ne := c.SentSpan(i + 1)
		next := s.segToks(c, i+1)
		if len(next) > 1 && next[0].Norm == "the" {
			next = next[1:]
		}
		if len(next) > 0 && s.Lex.signatories[next[0].Norm] {
			for _, mn := range s.mentionsIn(c, ns, ne) {
				if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
					m.participants = facts.AppendUnique(m.participants, mn.Key)
				}
			}
		}
	}
	return m, len(m.participants) > 0
}

// agentSpan is the byte span of the agents after the "by" at toks[by]
// ("signed by A and B on Monday"): up to "on", "at", "in", "during" or
// "after", else to end.
func agentSpan(toks []token.Tok, by, end int) (int, int) {
	from, to := toks[by].End, end
	for k := by + 1; k < len(toks); k++ {
		if w := toks[k].Norm; w == "on" || w == "at" || w == "in" || w == "during" || w == "after" {
			to = toks[k].Start
			break
		}
	}
	return from, to
}

// passiveSigners gives a signing told in the passive ("the declaration
// signed by A and B", "signed by both parties") the agents after "by":
// those named, else, for "both parties" or "the two sides", the states
// and bodies of the sentence before.
func (s eventStage) passiveSigners(c *facts.Context, i, end int, toks []token.Tok, hit token.Hit, m *eventMention) {
	if m.typ != "signing" || hit.To >= len(toks) || toks[hit.To].Norm != "by" {
		return
	}
	from, to := agentSpan(toks, hit.To, end)
	var agents []string
	for _, mn := range s.mentionsIn(c, from, to) {
		if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
			agents = facts.AppendUnique(agents, mn.Key)
		}
	}
	if words := token.Tokens(c.A.Body, from, to); len(agents) == 0 && i > 0 && fxHasAny(words, "both", "two") &&
		fxHasAny(words, "parties", "sides", "countries", "states", "governments", "nations") {
		ps, pe := c.SentSpan(i - 1)
		for _, mn := range s.mentionsIn(c, ps, pe) {
			if facts.IsActor(mn) && mn.Kind != "person" && !token.IsPossessiveAfter(c.A.Body, mn.End) {
				agents = facts.AppendUnique(agents, mn.Key)
			}
		}
	}
	if len(agents) > 0 {
		m.participants = agents
	}
}

// passiveSigning finds a signed text told before "was signed" or "were
// signed" (the subject of the passive, at most passiveSubjectWords
// before the auxiliary); not "will be signed" or "is to be signed".
func (s eventStage) passiveSigning(toks []token.Tok, v token.Hit) (token.Hit, bool) {
	if v.From < 2 || toks[v.From].Norm != "signed" || toks[v.From-1].Norm != "was" && toks[v.From-1].Norm != "were" {
		return token.Hit{}, false
	}
	lo := max(0, v.From-1-passiveSubjectWords)
	os := s.Lex.signObjects.All(toks[lo : v.From-1])
	if len(os) == 0 {
		return token.Hit{}, false
	}
	o := os[0]
	return token.Hit{From: lo + o.From, To: v.To, Start: o.Start, End: v.End, Phrase: v.Phrase}, true
}

// passiveSubjectWords is how far before "was signed" its subject may
// stand ("the defence agreement between A and B was signed").
const passiveSubjectWords = 8
