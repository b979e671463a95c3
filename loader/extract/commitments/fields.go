package commitments

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
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
