package commitments

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// fill sets by (unless given), to, condition, status, modality, horizon
// and what of a candidate whose commitment word is at byte offset anchor.
func (e *commitEnv) fill(cand *commitCand, toks []token.Tok, anchor int, by []string) {
	u := cand.unit
	e.continued = false
	if by == nil && u.shareBy && len(e.lastBy) > 0 && e.lastSent == u.sent {
		by = e.lastBy // "X quit the accord and halted its funding"
	}
	if by == nil {
		by = e.withStates(e.subject(u, anchor))
	}
	if len(by) == 0 && len(e.signers) > 0 && e.underSigned(u) && e.lex.documentNouns.Has(toks[:min(len(toks), 3)]) {
		by = e.signers // "The agreement calls for ...": the text's signatories
	}
	cand.by = by
	cand.cond = e.condition(toks)
	// a person's own state can receive what the person commits ("the
	// president announced a plan for Freedonia")
	cand.to = e.beneficiary(u, anchor, e.ownPersons(by), cand.cond, cand.kind)
	if cand.to == "" && cand.inheritTo != "" && !appearsIn(by, cand.inheritTo) {
		cand.to = cand.inheritTo // a component of a sentence that names the recipient once
	}
	if cand.to == "" && u.clause && e.lastSent == u.sent && e.lastTo != "" && supportKinds[cand.kind] && !appearsIn(by, e.lastTo) {
		// "A pledged tanks to X, and B pledged shells": the recipient the
		// sentence's clause before names
		cand.to = e.lastTo
	}
	if cand.to == "" && e.continued {
		// "They will also open their markets": to whom the actor's
		// commitment just before goes
		cand.to = e.lastTo
	}
	if cand.to == "" && (supportKinds[cand.kind] || e.lex.tradeTerms.Has(toks)) && !e.outsideClaim(u.sent, anchor) {
		// aid or a trade term without a named recipient that the other
		// side's official tells of ("Ruritania's minister said Freedonia
		// may provide more aid", "... will cut its tariffs"): the
		// speaker's state receives
		if st := e.speakerState(u.sent); st != "" && e.srcKindOf(u.sent) == "person" && !appearsIn(by, st) {
			cand.to = st
		}
	}
	if len(by) > 0 && !u.list && cand.kind != "" {
		// only a commitment sets who "they" are ("It is substantial"
		// commits nobody)
		e.lastBy, e.lastTo, e.lastSent = by, cand.to, u.sent
		e.lastObject = token.Tokens(e.c.A.Body, anchor, u.end)
	}
	// the condition's words ("once a peace deal is signed") say nothing of
	// the commitment's own status
	cand.status = e.status(u, withoutText(e.c.A.Body, toks, u, cand.cond), by, cand.to, anchor)
	if !e.outsideClaim(u.sent, anchor) {
		cand.src = e.srcIDOf(u.sent)
	}
	if cand.status == "signed" {
		cand.with = e.signedWith(u, anchor, by)
	}
	if cand.status == "signed" && !e.underSigned(u) {
		for _, b := range by {
			e.signers = facts.AppendUnique(e.signers, b) // the parties that signed
		}
	}
	if cand.to == "" && cand.status == "denied" {
		cand.to = e.offerer(u, toks, anchor, by)
	}
	cand.modality = e.modality(toks)
	cand.horizon = HorizonOf(e.c.A.Body[u.start:u.end])
	cand.what = e.what(u, anchor)
}

// withStates adds to the persons who commit the state whose office they
// hold: a head of government or minister pledges for the state ("the
// Freedonian premier announced a loan": Freedonia and its premier); and
// to a government body or armed force its state.
func (e *commitEnv) withStates(by []string) []string {
	if len(by) == 0 {
		return nil // as the copy of none is (fill tells nil from given actors)
	}
	out := append(make([]string, 0, 2*len(by)), by...) // room for a state each
	for _, b := range by {
		if strings.HasPrefix(b, schema.PrefixOrg) {
			// a state's government body or armed forces commits for the
			// state ("the Freedonian Treasury agreed to ...")
			if country := e.stateOfBody(b); country != "" {
				out = facts.AppendUnique(out, country)
			} else if country := e.officeState(b); country != "" {
				out = facts.AppendUnique(out, country) // "the presidential office" of a national outlet
			}
			continue
		}
		if !strings.HasPrefix(b, schema.PrefixPerson) {
			continue
		}
		if country := e.c.CountryOf(b); country != "" {
			out = facts.AppendUnique(out, country)
		}
	}
	return out
}

// stateOfBody is the state of a government body or armed force of the
// gazetteer (its country), "" for other organisations.
func (e *commitEnv) stateOfBody(org string) string {
	if e.c.A.Gaz == nil {
		return ""
	}
	o, ok := e.c.A.Gaz.Get(gazetteer.Organization, strings.TrimPrefix(org, schema.PrefixOrg))
	if !ok || o.Country == "" || o.Type != "government" && o.Type != "military" {
		return ""
	}
	return schema.PrefixCountry + o.Country
}

// openingConjunctions open a sentence before its subject.
var openingConjunctions = map[string]bool{"and": true, "but": true, "so": true, "yet": true}

// raisedVerbs, in a passive without an agent, tell money gathered from
// the participants of a conference.
var raisedVerbs = map[string]bool{"raised": true, "pledged": true, "mobilised": true, "mobilized": true, "committed": true}

func appearsIn(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// objectNoun reports w among the longer words (five letters or more) of
// a commitment's object toks ("" never is).
func objectNoun(toks []token.Tok, w string) bool {
	if len(w) <= 4 {
		return false
	}
	for _, t := range toks {
		if t.Norm == w {
			return true
		}
	}
	return false
}

// namesLastObject reports a unit whose subject is "the <noun>" naming the
// object of the commitment told in the sentence just before ("X committed
// to an investment framework. The framework will double ..."): it tells
// more of that commitment.
func (e *commitEnv) namesLastObject(toks []token.Tok, verbs []token.Hit) bool {
	if len(toks) < 3 || toks[0].Norm != "the" || len(e.lastObject) == 0 {
		return false
	}
	for k := 1; k <= 2 && k+1 < len(toks); k++ {
		next := toks[k+1].Norm
		if objectNoun(e.lastObject, toks[k].Norm) && (e.lex.modality.LongestAt(toks, k+1) >= 0 || len(verbs) > 0 && verbs[0].From == k+1 || next == "is" || next == "was") {
			return true
		}
	}
	return false
}

// participleClause reports a commitment word at anchor that is an -ing
// form opening a clause after a comma (", announcing a plan").
func participleClause(body string, anchor int) bool {
	toks := token.Tokens(body, anchor, min(len(body), anchor+24))
	if len(toks) == 0 || !strings.HasSuffix(toks[0].Norm, "ing") {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(body[max(0, anchor-3):anchor], " "), ",")
}

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

// condition returns the clause a condition marker opens ("once a
// ceasefire enters into force", "at Ukraine's request ..."), to the end
// of its clause or a stop phrase. Markers that also tell time ("after",
// "when") condition only when a triggering event follows in their clause
// ("after a peace deal", not "after the meeting"); a concessive word
// before a marker ("even after") cancels it.
func (e *commitEnv) condition(toks []token.Tok) string {
	body := e.c.A.Body
	start := -1
	var from int
	for i := 0; i+2 < len(toks); i++ { // "at <someone>'s request"
		if toks[i].Norm == "at" && (toks[i+2].Norm == "request" || i+3 < len(toks) && toks[i+3].Norm == "request") {
			start, from = toks[i].Start, i
			break
		}
	}
	for h := range e.lex.Conditions.Hits(toks) {
		if start >= 0 && h.Start >= start {
			break
		}
		if h.From > 0 && e.lex.concessive.EndsBeforeIndexed(toks, h.From) || e.lex.frequency.LongestAt(toks, h.From) >= 0 {
			continue // "even after", "once a year"
		}
		if e.lex.TriggerMarkers.HasRaw(h.Phrase) {
			end := e.clauseEnd(toks, h.Start)
			clause := toks[h.To:]
			for k, t := range clause {
				if t.Start >= end {
					clause = clause[:k]
					break
				}
			}
			if !e.lex.Triggers.Has(clause) {
				continue
			}
		}
		start, from = h.Start, h.From
		break
	}
	if start < 0 {
		return ""
	}
	end := e.clauseEnd(toks, start)
	for h := range e.lex.condStops.Hits(toks[from:]) {
		if h.Start > start && h.Start < end {
			end = h.Start
		}
	}
	return cleanText(body[start:end])
}

// clauseEnd is the byte offset where the clause opened at start ends: the
// next comma, semicolon, colon or full stop, else the end of toks.
func (e *commitEnv) clauseEnd(toks []token.Tok, start int) int {
	body := e.c.A.Body
	end := toks[len(toks)-1].End
	if k := strings.IndexAny(body[start:end], ",;.:"); k >= 0 && !strings.HasPrefix(body[start+k:], ".S.") {
		end = start + k
	}
	return end
}

// modality keeps the modal words and "legally/politically binding"
// (also when coordinated: "politically and legally binding").
func (e *commitEnv) modality(toks []token.Tok) []string {
	var out []string
	for h := range e.lex.modality.Hits(toks) {
		out = facts.AppendUnique(out, h.Phrase)
	}
	for i, t := range toks {
		if t.Norm != "legally" && t.Norm != "politically" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if toks[j].Norm == "binding" {
				out = facts.AppendUnique(out, t.Norm+" binding")
			}
		}
	}
	return out
}

// withoutText drops the tokens of the first occurrence of text in unit u.
func withoutText(body string, toks []token.Tok, u commitUnit, text string) []token.Tok {
	if text == "" {
		return toks
	}
	k := strings.Index(body[u.start:u.end], text)
	if k < 0 {
		return toks
	}
	from, to := u.start+k, u.start+k+len(text)
	out := make([]token.Tok, 0, len(toks))
	for _, t := range toks {
		if t.Start < from || t.Start >= to {
			out = append(out, t)
		}
	}
	return out
}
