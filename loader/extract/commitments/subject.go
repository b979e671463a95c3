package commitments

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// Helpers of commitEnv.subject: where the subject of a commitment stands
// when it is not the nearest actor before the verb.

// fromAgent finds the actors of a nominal that names who commits right
// before the verb: "announcements from coalition members to supply",
// "offers by Freedonia to send". The subject of the sentence only
// welcomes or reports them.
func (e *commitEnv) fromAgent(head []token.Tok, anchor int) ([]string, bool) {
	n := len(head)
	if n < 2 || head[n-1].Norm != "to" {
		return nil, false
	}
	for i := n - 2; i >= max(0, n-6); i-- {
		if head[i].Norm != "from" && head[i].Norm != "by" {
			continue
		}
		if i == 0 || !e.lex.nouns.Has(head[i-1:i]) && !strings.HasSuffix(head[i-1].Norm, "s") {
			return nil, false // "from" or "by" must follow a noun: "offers from"
		}
		ms := e.c.MentionsView(head[i].End, head[n-1].Start)
		for k := len(ms) - 1; k >= 0; k-- {
			if facts.IsActor(ms[k]) && !token.IsPossessiveAfter(e.c.A.Body, ms[k].End) {
				return e.coordinated(ms, k), true
			}
		}
		if e.lex.collective.Has(head[i+1 : n-1]) {
			return e.c.Issuers, true
		}
		return nil, false
	}
	return nil, false
}

// textBefore reports a document noun in sentence sent or the two before
// it: what "it" can stand for.
func (e *commitEnv) textBefore(sent int, nouns token.Phrases) bool {
	for i := max(0, sent-2); i <= sent; i++ {
		st, en := e.c.SentSpan(i)
		if nouns.Has(token.Tokens(e.c.A.Body, st, en)) {
			return true
		}
	}
	return false
}

// afterFrontedAdverbial skips a short opening phrase set off by a comma
// ("In addition, it ...", "At the same time, they ..."): the subject
// follows it. A phrase that names an actor is kept (it may be the
// subject: "Germany, France and Italy ...").
func afterFrontedAdverbial(c *facts.Context, from, anchor int) int {
	toks := token.Tokens(c.A.Body, from, anchor)
	for i := 1; i < len(toks) && i <= 4; i++ {
		gap := c.A.Body[toks[i-1].End:toks[i].Start]
		if !strings.Contains(gap, ",") {
			continue
		}
		if len(c.MentionsView(from, toks[i].Start)) > 0 {
			return from
		}
		return toks[i].Start
	}
	return from
}

// embeddedClause moves the start of the subject search into a that-clause
// whose subject is an actor: in "We welcome the statement that the US is
// prepared to give guarantees" the US gives, not we.
func (e *commitEnv) embeddedClause(from, anchor int) int {
	toks := token.Tokens(e.c.A.Body, from, anchor)
	for i := len(toks) - 1; i > 0; i-- {
		if toks[i].Norm != "that" {
			continue
		}
		for _, m := range e.c.MentionsView(toks[i].End, anchor) {
			if e.subjectMention(m) {
				return toks[i].End
			}
		}
		return from
	}
	return from
}

// exemplified reports examples introduced at token i ("like", "such as",
// "including").
func exemplified(toks []token.Tok, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Norm {
	case "like", "including":
		return true
	case "such":
		return i+1 < len(toks) && toks[i+1].Norm == "as"
	}
	return false
}

// subjectAfter reports a subordinate clause in rest (the words after a
// collective subject) whose subject is an actor: a nearer subject of the
// commitment ("the member states failed to agree when Latvia and
// Lithuania refused"). Actors in an apposition ("leaders, including A
// and B, are discussing") do not count.
func (e *commitEnv) subjectAfter(rest []token.Tok, ms []model.Mention) bool {
	for i, t := range rest {
		if !subordinators[t.Norm] || i+1 >= len(rest) {
			continue
		}
		for _, m := range ms {
			// the clause's first words: "when Latvia", "that the US"
			if m.Start >= rest[i+1].Start && m.Start <= rest[min(i+2, len(rest)-1)].End && e.subjectMention(m) {
				return true
			}
		}
	}
	return false
}

// subordinators open a clause with a subject of its own.
var subordinators = map[string]bool{"when": true, "while": true, "as": true, "because": true, "after": true,
	"before": true, "since": true, "if": true, "that": true, "where": true, "although": true, "though": true}

// passiveAgent finds the agent of a passive commitment verb at anchor:
// "was provided by Freedonia", "the aid promised by the League". The verb
// is a past participle and "by" comes within three words after it,
// followed directly by the actor (and the actors coordinated with it).
func (e *commitEnv) passiveAgent(u commitUnit, anchor int) ([]string, bool) {
	c := e.c
	st, en := c.SentSpan(u.sent)
	toks := token.Tokens(c.A.Body, st, en)
	v := -1
	for i, t := range toks {
		if t.Start == anchor {
			v = i
			break
		}
	}
	from := false
	if v >= 1 && v+1 < len(toks) && !strings.HasSuffix(toks[v].Norm, "ed") && strings.HasSuffix(toks[v+1].Norm, "ed") {
		// "2 billion in financing unlocked from development banks": the
		// participle after the commitment word tells where it comes from
		v, from = v+1, true
	}
	if v < 1 || !strings.HasSuffix(toks[v].Norm, "ed") && !irregularParticiples[toks[v].Norm] {
		return nil, false
	}
	for j := v + 1; j < len(toks) && j <= v+4; j++ {
		if toks[j].Norm != "by" && !(from && j == v+1 && toks[j].Norm == "from") {
			continue
		}
		ms := c.MentionsView(toks[j].End, min(en, toks[j].End+80))
		if g, ok := e.groupAfter(toks[j+1:]); ok && (len(ms) == 0 || ms[0].Start >= toks[j+1].Start+len(g)-len(groupPrefix)) {
			return []string{g}, true // "announced by vaccine makers"
		}
		if len(ms) == 0 || !facts.IsActor(ms[0]) {
			return nil, false
		}
		// the mention must follow "by" directly, or after "the"
		gap := token.Tokens(c.A.Body, toks[j].End, ms[0].Start)
		if len(gap) > 1 || len(gap) == 1 && gap[0].Norm != "the" {
			return nil, false
		}
		out := []string{ms[0].Key}
		for k := 0; k+1 < len(ms) && e.coordinatedAfter(ms[k], ms[k+1]); k++ {
			out = facts.AppendUnique(out, ms[k+1].Key)
		}
		return out, true
	}
	return nil, false
}

// coordinatedAfter reports mention b joined to a by "and" or a comma.
func (e *commitEnv) coordinatedAfter(a, b model.Mention) bool {
	if b.Start < a.End || a.Kind != b.Kind {
		return false
	}
	gap := e.c.A.Body[a.End:b.Start]
	return len(strings.Fields(gap)) <= 2 && (strings.Contains(gap, " and ") || strings.TrimSpace(gap) == ",")
}

// irregularParticiples are past participles without "-ed".
var irregularParticiples = map[string]bool{"given": true, "lent": true, "sent": true, "made": true, "put": true,
	"set": true, "paid": true, "undertaken": true, "taken": true, "held": true}

// datedLine moves start past a dateline that opens the range: a wire
// dateline (see skipDateline), or a place and a date before a dash
// ("Lakeside, Freedonia, 14 May 2024 – The ministry ..."): its places
// are not the subject.
func datedLine(body string, start, end int) int {
	if k := facts.SkipDateline(body, start, end); k > start {
		return k
	}
	head := body[start:min(end, start+90)]
	for _, dash := range []string{" - ", " – ", " — "} {
		k := strings.Index(head, dash)
		if k > 0 && yearRE.MatchString(head[:k]) && strings.Count(head[:k], ",") >= 1 {
			return start + k + len(dash)
		}
	}
	return start
}

var yearRE = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// behalfOf finds the actor a commitment verb at anchor is made for: "X
// signed on behalf of the government of Freedonia" commits Freedonia.
func (e *commitEnv) behalfOf(u commitUnit, anchor int) ([]string, bool) {
	c := e.c
	_, en := c.SentSpan(u.sent)
	toks := token.Tokens(c.A.Body, anchor, min(en, anchor+120))
	for i := 1; i+2 < len(toks) && i <= 3; i++ {
		if toks[i].Norm != "on" || toks[i+1].Norm != "behalf" || toks[i+2].Norm != "of" {
			continue
		}
		for _, m := range c.MentionsView(toks[i+2].End, min(en, toks[i+2].End+40)) {
			if facts.IsActor(m) && m.Kind != "person" {
				return []string{m.Key}, true
			}
		}
		return nil, false
	}
	return nil, false
}

// passiveVerb reports a participle at anchor right after a form of "be"
// (head is the text before it): "was approved", "will be provided"; not
// "is providing".
func passiveVerb(head []token.Tok, body string, anchor int) bool {
	n := len(head)
	if n == 0 || head[n-1].End > anchor {
		return false
	}
	switch head[n-1].Norm {
	case "was", "were", "been", "be", "is", "are", "being":
	default:
		return false // checked first: cheaper than tokenising the verb
	}
	verb := token.Tokens(body, anchor, min(len(body), anchor+30))
	return len(verb) > 0 && (strings.HasSuffix(verb[0].Norm, "ed") || irregularParticiples[verb[0].Norm])
}

// locative reports a country named after a place and a comma ("in
// Lakeside, Freedonia"): it tells where, not who.
func (e *commitEnv) locative(m model.Mention) bool {
	body := e.c.A.Body
	lead := strings.TrimRight(body[max(0, m.Start-2):m.Start], " ")
	if !strings.HasSuffix(lead, ",") {
		return false
	}
	comma := strings.LastIndex(body[:m.Start], ",")
	for _, p := range e.c.MentionsView(max(0, comma-60), comma) {
		if p.End == comma && p.Kind == "place" {
			return true
		}
	}
	return false
}

// lastPerson is the person named last before offset at in sentence sent
// or the five before it: whom "he" or "she" stands for.
func (e *commitEnv) lastPerson(sent, at int) string {
	st, _ := e.c.SentSpan(max(0, sent-5))
	ms := e.c.MentionsView(st, at)
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].Kind == "person" {
			return ms[k].Key
		}
	}
	return ""
}

// withSubject reads the subject of an absolute "with" clause: "with
// Freedonia continuing to provide ..." commits Freedonia, the actor right
// before the -ing verb at anchor.
func (e *commitEnv) withSubject(ms []model.Mention, anchor int) ([]string, bool) {
	if len(ms) == 0 {
		return nil, false
	}
	m := ms[len(ms)-1]
	body := e.c.A.Body
	if !facts.IsActor(m) || strings.TrimSpace(body[m.End:anchor]) != "" || facts.PrevWord(body, m.Start) != "with" {
		return nil, false
	}
	verb := token.Tokens(body, anchor, min(len(body), anchor+30))
	if len(verb) == 0 || !strings.HasSuffix(verb[0].Norm, "ing") {
		return nil, false
	}
	return []string{m.Key}, true
}

// ofActors reads "of A, B and C" at token i of head (after a collective
// subject: "the leaders of A, B and C"): the actors listed, joined by
// commas and "and".
func (e *commitEnv) ofActors(head []token.Tok, i int, ms []model.Mention) []string {
	if i >= len(head) || head[i].Norm != "of" {
		return nil
	}
	body := e.c.A.Body
	var out []string
	last := head[i].End
	for _, m := range ms {
		if m.Start < last || !facts.IsActor(m) {
			continue
		}
		gap := strings.TrimSpace(body[last:m.Start])
		gap = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(gap, ","), "the")), "and"))
		if gap != "" && gap != "the" && gap != "," {
			break
		}
		out = facts.AppendUnique(out, m.Key)
		last = m.End
	}
	return out
}
