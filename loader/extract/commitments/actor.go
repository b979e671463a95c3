package commitments

// Who commits: the subject of the commitment word, told by the actors
// named before it in its clause (see commitEnv.subject).

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// raisedVerbs, in a passive without an agent, tell money gathered from
// the participants of a conference.
var raisedVerbs = map[string]bool{"raised": true, "pledged": true, "mobilised": true, "mobilized": true, "committed": true}

var fxPrepositions = map[string]bool{"for": true, "to": true, "with": true, "of": true, "against": true, "on": true,
	"in": true, "from": true, "between": true, "by": true, "under": true, "within": true, "at": true, "into": true,
	"including": true}

// subject finds who commits: the issuers when the clause opens on a
// collective ("allies", "We", "members"), or the speaker's country when a
// person says "we"; else the nearest actor named before the commitment
// word in its clause (not a possessive, not after a preposition unless it
// is "for X to ..."), with the actors of its kind coordinated with it
// ("A and B agreed"); else the issuers. List components take the issuers.
func (e *commitEnv) subject(u commitUnit, anchor int) []string {
	c := e.c
	if u.list {
		return c.Issuers
	}
	if by, ok := e.passiveAgent(u, anchor); ok {
		return by
	}
	if by, ok := e.behalfOf(u, anchor); ok {
		return by
	}
	st, _ := c.SentSpan(u.sent)
	from := max(st, u.start)
	if u.sub {
		from = st
	}
	from = max(from, datedLine(c.A.Body, from, anchor))
	if cs, ok := e.claimStartOf(u.sent); ok && cs < anchor && cs > from {
		from = cs
	}
	if k := strings.LastIndexAny(c.A.Body[from:anchor], ";:"); k >= 0 {
		from += k + 1
	}
	from = afterFrontedAdverbial(c, from, anchor)
	from = e.embeddedClause(from, anchor)
	head := token.Tokens(c.A.Body, from, anchor)
	// the actor before the modal is the subject ("X will consult Y and
	// provide ..."), when there is one
	if hs := e.lex.modality.All(head); len(hs) > 0 {
		for k := len(hs) - 1; k >= 0; k-- {
			cut := hs[k].Start
			if ms := c.MentionsView(from, cut); len(ms) > 0 && e.subjectMention(ms[len(ms)-1]) {
				anchor = cut
				head = token.Tokens(c.A.Body, from, anchor)
				break
			}
		}
	}
	if len(head) > 1 && openingConjunctions[head[0].Norm] {
		head = head[1:] // "And they will ...": the subject follows
	}
	ms := c.MentionsView(from, anchor)
	if len(head) > 0 && (head[0].Norm == "we" || head[0].Norm == "our") && e.srcKindOf(u.sent) == "person" {
		if country := c.CountryOf(e.srcIDOf(u.sent)); country != "" {
			return []string{country}
		}
		return []string{e.srcIDOf(u.sent)}
	}
	if by, ok := e.latterFormer(head, from); ok {
		return by
	}
	if by, ok := e.possessorOfCue(ms, anchor); ok {
		return by
	}
	if by, ok := e.withSubject(ms, anchor); ok {
		return by
	}
	if g, ok := e.groupBefore(head); ok {
		return []string{g}
	}
	if by, ok := e.pairBefore(u.sent, head); ok {
		return by
	}
	n := 0
	for i := 0; i < len(head) && n < 3; i++ {
		if facts.Determiners[head[i].Norm] || head[i].Norm == "so" || head[i].Norm == "called" {
			continue
		}
		n++
		// a collective subject stands for the issuers, unless examples
		// follow it ("countries like X and Y": X and Y, found below) or
		// it is a word of an actor's name ("the United States")
		if e.lex.collective.EndsBeforeIndexed(head, i+1) && !insideMention(ms, head[i].Start) && !exemplified(head, i+1) && !e.subjectAfter(head[i+1:], ms) {
			// "NATO members": a named body before the collective commits
			if i > 0 {
				for _, m := range c.MentionsView(head[i-1].Start, head[i-1].End+1) {
					if m.Kind == "organization" {
						return []string{m.Key}
					}
				}
				// "Ruritanian and Freedonian leaders": their states
				if by := e.adjectivesBefore(head, i); len(by) > 0 {
					return by
				}
			}
			// "the leaders of A, B and C": A, B and C
			if by := e.ofActors(head, i+1, ms); len(by) > 0 {
				return by
			}
			return c.Issuers
		}
	}
	if len(ms) == 0 && len(head) > 0 && facts.Pronouns[head[0].Norm] {
		// "X said they would ...": the pronoun is the speaker
		switch k := e.srcKindOf(u.sent); {
		case k == "country" || k == "organization" || k == "person" && head[0].Norm != "they":
			// a person is "he" or "she"; "they" said by a person is a
			// group or a state (below)
			return []string{e.srcIDOf(u.sent)}
		}
		// "It will also ...": the actor of the commitment just before
		if len(e.lastBy) > 0 && (e.lastSent >= u.sent-1 || head[0].Norm == "they" && e.lastSent >= u.sent-3) {
			e.continued = true
			return e.lastBy
		}
		// "It calls for ...": a text named just before; its issuers
		if head[0].Norm == "it" && e.textBefore(u.sent, e.lex.documentNouns) && len(c.Issuers) > 0 {
			return c.Issuers
		}
		// "He also pledged ...": the person named last before
		if head[0].Norm == "he" || head[0].Norm == "she" {
			if p := e.lastPerson(u.sent, head[0].Start); p != "" {
				return []string{p}
			}
		}
	}
	if by, ok := e.fromAgent(head, anchor); ok {
		return by
	}
	if k := e.ownGovernment(head); k >= 0 {
		// "X said his government would ...": X's state
		for j := len(ms) - 1; j >= 0; j-- {
			if ms[j].Start < head[k].Start && ms[j].Kind == "person" {
				if country := c.CountryOf(ms[j].Key); country != "" {
					return []string{country}
				}
			}
		}
		if country := e.speakerState(u.sent); country != "" {
			return []string{country}
		}
	}
	passive := passiveVerb(head, c.A.Body, anchor)
	if passive {
		// "Troops from the Freedonian Army will be deployed": whose
		// troops are sent commits
		for _, m := range ms {
			if p := facts.PrevWord(c.A.Body, m.Start); (p == "from" || p == "the" && facts.PrevWord(c.A.Body, m.Start-len("the ")) == "from") && facts.IsActor(m) {
				return []string{m.Key}
			}
		}
		// "500 million had been raised" at a named conference: its
		// participants gave it (README convention: "X Conference
		// participants")
		if v := token.Tokens(c.A.Body, anchor, min(len(c.A.Body), anchor+12)); e.conference != "" && len(v) > 0 && raisedVerbs[v[0].Norm] {
			return []string{groupPrefix + e.conference + " participants"}
		}
	}
	for k := len(ms) - 1; k >= 0 && !passive; k-- {
		// a passive without its agent ("the budget was approved"): the
		// actors before it are not who commits
		if e.subjectMention(ms[k]) {
			return e.coordinated(ms, k)
		}
	}
	if c.Primary || len(ms) == 0 && e.lex.collective.Has(head) {
		return c.Issuers
	}
	// a report: an unnamed subject is the speaker's state ("two more
	// systems will follow, the minister said"), else nobody
	if len(ms) == 0 {
		if country := e.speakerState(u.sent); country != "" {
			if e.srcKindOf(u.sent) == "person" && participleClause(c.A.Body, anchor) {
				// "X stressed ..., announcing a plan": the participle's
				// subject is the speaker, for the speaker's state
				return []string{e.srcIDOf(u.sent), country}
			}
			return []string{country}
		}
	}
	// a text the body issues ("under the draft, a force is to be
	// formed"): the body commits
	st, en := c.SentSpan(u.sent)
	sent := token.Tokens(c.A.Body, st, en)
	if e.srcKindOf(u.sent) == "document" || e.lex.draft.Has(sent) || e.lex.docRefs.Has(sent) {
		return c.Issuers
	}
	return nil
}
