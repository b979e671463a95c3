package commitments

// The actors around a commitment word: which mention can be its subject,
// who is coordinated with it, whose possessive or office stands for it.

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// possessorOfCue finds the actor whose possessive stands right before a
// commitment or denial noun that governs the commitment word at anchor
// ("X's objection to extending the deal", "X's pledge to send"): X.
func (e *commitEnv) possessorOfCue(ms []model.Mention, anchor int) ([]string, bool) {
	if len(ms) == 0 {
		return nil, false
	}
	m := ms[len(ms)-1]
	if !facts.IsActor(m) || !token.IsPossessiveAfter(e.c.A.Body, m.End) {
		return nil, false
	}
	gap := token.Tokens(e.c.A.Body, m.End, anchor)
	if len(gap) > 0 && gap[0].Norm == "s" {
		gap = gap[1:]
	}
	if len(gap) == 0 || len(gap) > 3 || gap[len(gap)-1].Norm != "to" {
		return nil, false
	}
	if e.lex.nouns.Has(gap) || e.lex.denied.Has(gap) {
		return []string{m.Key}, true
	}
	return nil, false
}

// adjectivesBefore returns the states whose adjectives stand right before
// token i, joined by "and" or commas ("Ruritanian and Freedonian leaders").
func (e *commitEnv) adjectivesBefore(head []token.Tok, i int) []string {
	var out []string
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		w := head[j].Norm
		if w == "and" {
			continue
		}
		ms := e.c.MentionsView(head[j].Start, head[j].End)
		if len(ms) != 1 || ms[0].Kind != "country" || ms[0].Form != "adjective" && ms[0].Form != "demonym" {
			break
		}
		out = append([]string{ms[0].Key}, out...)
	}
	return facts.Dedupe(out)
}

// insideMention reports an offset inside one of the mentions.
func insideMention(ms []model.Mention, off int) bool {
	for _, m := range ms {
		if m.Start <= off && off < m.End {
			return true
		}
	}
	return false
}

// ownGovernment finds "his government", "our government": a possessive
// pronoun before a noun standing for a state.
func (e *commitEnv) ownGovernment(head []token.Tok) int {
	for i := 0; i+1 < len(head); i++ {
		switch head[i].Norm {
		case "his", "her", "their", "our", "its":
			if facts.StateBodies[head[i+1].Norm] {
				return i
			}
		}
	}
	return -1
}

// speakerState is the state or organisation whose voice the sentence's
// source is: a country or organisation itself, or the country a person
// holds an office of; "" for documents, outlets and unnamed sources.
func (e *commitEnv) speakerState(sent int) string {
	switch e.srcKindOf(sent) {
	case "country", "organization":
		return e.srcIDOf(sent)
	case "person":
		return e.c.CountryOf(e.srcIDOf(sent))
	}
	return ""
}

// subjectMention reports an actor mention that can be a subject.
func (e *commitEnv) subjectMention(m model.Mention) bool {
	c := e.c
	if !facts.IsActor(m) || token.IsPossessiveAfter(c.A.Body, m.End) {
		return false
	}
	if m.Form == "adjective" && !facts.Governs(c.A.Body, m.End) {
		return false
	}
	prev := facts.PrevWord(c.A.Body, m.Start)
	if prev == "the" {
		prev = facts.PrevWord(c.A.Body, m.Start-len("the "))
	}
	next := token.Tokens(c.A.Body, m.End, min(len(c.A.Body), m.End+12))
	if rest := strings.TrimLeft(c.A.Body[m.End:min(len(c.A.Body), m.End+12)], " "); strings.HasPrefix(rest, "(") {
		// "United States (US) dollars": past the abbreviation
		if k := strings.Index(c.A.Body[m.End:min(len(c.A.Body), m.End+16)], ")"); k >= 0 {
			next = token.Tokens(c.A.Body, m.End+k+1, min(len(c.A.Body), m.End+k+13))
		}
	}
	if len(next) > 0 && e.lex.Amounts.LongestAt(next, 0) >= 0 || facts.CurrencyMention(c.A.Body, m) {
		return false // "5 billion United States dollars", "US$ 5 billion": a currency
	}
	if e.locative(m) {
		return false // "in Lakeside, Freedonia": a place
	}
	if m.Kind == "country" && len(next) > 0 && e.lex.modifierNouns.LongestAt(next, 0) >= 0 &&
		!strings.ContainsAny(c.A.Body[m.End:next[0].Start], ",;:") {
		return false // "the Freedonian network notes": the country names the network
	}
	if prev == "of" {
		// "representatives of X signed": X acts through them
		before := token.Tokens(c.A.Body, max(0, m.Start-40), m.Start)
		if n := len(before); n >= 2 && (before[n-2].Norm == "of" || n >= 3 && before[n-3].Norm == "of") {
			k := n - 2
			if before[k].Norm != "of" {
				k = n - 3
			}
			if k > 0 && e.lex.agentNouns.EndsBeforeIndexed(before, k) {
				return true
			}
		}
	}
	return !fxPrepositions[prev] || prev == "for" && len(next) > 0 && next[0].Norm == "to"
}

// coordinated returns ms[k] with the mentions of its kind joined to it by
// "and" or commas ("Anna Berg and Finnish President Ola Lind").
func (e *commitEnv) coordinated(ms []model.Mention, k int) []string {
	out := []string{ms[k].Key}
	last := ms[k]
	for j := k - 1; j >= 0; j-- {
		m := ms[j]
		if m.Kind != last.Kind && m.Kind == "country" && (m.Form == "adjective" || m.Form == "demonym" || token.IsPossessiveAfter(e.c.A.Body, m.End)) {
			continue // a title's country between two names ("and Ukraine's President")
		}
		if m.End > last.Start {
			break // overlapping mentions: no coordination between them
		}
		gap := e.c.A.Body[m.End:last.Start]
		words := len(strings.Fields(gap))
		if !sameActorKind(m.Kind, ms[k].Kind) || words > 4 || !(strings.Contains(gap, " and ") || strings.Contains(gap, ",")) {
			break
		}
		if !e.subjectMention(m) {
			break
		}
		out = append([]string{m.Key}, out...)
		last = m
	}
	if len(out) > 1 && e.afterPreposition(ms, last) {
		// "In coordination with A, B and C, D will ...": the list is the
		// object of a preposition, D alone is the subject
		return []string{ms[k].Key}
	}
	return facts.Dedupe(out)
}

// sameActorKind reports kinds that coordinate as one subject: the same
// kind, or states and bodies together ("France, Japan and the European
// Commission"); persons coordinate only with persons.
func sameActorKind(a, b string) bool {
	return a == b || a != "person" && b != "person"
}

// afterPreposition reports a list of mentions, ending before or at first,
// joined by commas or "and" (of any kind), that opens after a preposition
// ("with the Union, A, and B").
func (e *commitEnv) afterPreposition(ms []model.Mention, first model.Mention) bool {
	body := e.c.A.Body
	idx := -1
	for i, m := range ms {
		if m.Start == first.Start {
			idx = i
		}
	}
	for idx > 0 {
		prev := ms[idx-1]
		if prev.End > ms[idx].Start {
			break // overlapping mentions
		}
		gap := strings.TrimSpace(body[prev.End:ms[idx].Start])
		if gap != "," && gap != "and" && gap != ", and" {
			break
		}
		idx--
	}
	if idx < 0 {
		return false
	}
	p := facts.PrevWord(body, ms[idx].Start)
	if p == "the" {
		p = facts.PrevWord(body, ms[idx].Start-len("the "))
	}
	return p == "with" || p == "between" || p == "alongside" || p == "including"
}

// latterFormer resolves a subject "the latter" or "the former" right
// before the commitment word ("thanked X after the latter approved ..."):
// the last actor named before it in the sentence, or the one before that.
func (e *commitEnv) latterFormer(head []token.Tok, from int) ([]string, bool) {
	n := len(head)
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		if head[i].Norm != "the" || head[i+1].Norm != "latter" && head[i+1].Norm != "former" {
			continue
		}
		var actors []model.Mention
		for _, m := range e.c.MentionsView(from, head[i].Start) {
			if facts.IsActor(m) && (len(actors) == 0 || actors[len(actors)-1].Key != m.Key) {
				actors = append(actors, m)
			}
		}
		k := len(actors) - 1
		if head[i+1].Norm == "former" {
			k--
		}
		if k < 0 {
			return nil, false
		}
		return []string{actors[k].Key}, true
	}
	return nil, false
}
