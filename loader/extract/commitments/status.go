package commitments

// Status of a commitment: how firm it is and who tells it (see
// commitEnv.status).

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// conferenceGroup reports the participants of the text's conference
// among by: the host adding up their pledges tells their own acts
// (NOTES w4: agreed, not reported).
func (e *commitEnv) conferenceGroup(by []string) bool {
	return e.conference != "" && appearsIn(by, groupPrefix+e.conference+" participants")
}

// status reads how firm the commitment is. Denials first; a primary
// statement agrees (or proposes, or signs) what it states; a report gives
// "draft" when the claim comes from a draft or the unit names a draft; an
// actor speaking of its own commitment agrees to what it "will" do and
// proposes the rest; then "proposed" or "reported" on their cues or a
// third-party source, "draft" when the report is about a draft, "agreed"
// on its cues, else "reported". A list item also reads its lead-in.
func (e *commitEnv) status(u commitUnit, toks []token.Tok, by []string, to string, anchor int) string {
	c := e.c
	ctx := toks
	kinds := []string{e.srcKindOf(u.sent)}
	if e.outsideClaim(u.sent, anchor) {
		// the sentence's source speaks of another clause ("A pledged X,
		// while B also committed Y": B's words are not A's pledge)
		kinds[0] = ""
	}
	if lead := c.A.Sents[u.sent].Lead; lead >= 0 && lead < len(c.A.Sents) {
		st, en := c.SentSpan(lead)
		ctx = append(token.Tokens(c.A.Body, st, en), toks...)
		kinds = append(kinds, e.srcKindOf(lead))
	}
	if e.lex.denied.Has(ctx) {
		return "denied"
	}
	// a plan or an offer, read only when a case below asks
	proposedRead, isProposed := false, false
	proposed := func() bool {
		if !proposedRead {
			proposedRead, isProposed = true, e.planCue(ctx) || e.ready(ctx)
		}
		return isProposed
	}
	maybeRead, isMaybe := false, false // a modal of possibility, read as proposed is
	maybe := func() bool {
		if !maybeRead {
			maybeRead, isMaybe = true, e.maybe(toks)
		}
		return isMaybe
	}
	if c.Primary {
		switch {
		case e.lex.signed.Has(ctx):
			return "signed"
		case proposed():
			return "proposed"
		case e.preview && !e.lex.signed.Has(toks) && !facts.HasWord(toks, "agreed") && !facts.HasWord(toks, "decided"):
			// a statement ahead of a meeting: what it is to decide
			return "proposed"
		}
		return "agreed"
	}
	fromDraft, fromOther := false, false
	for _, k := range kinds {
		fromOther = fromOther || k != "" && k != "document"
	}
	fromDraft = e.draftSource(u.sent)
	if lead := c.A.Sents[u.sent].Lead; lead >= 0 {
		fromDraft = fromDraft || e.draftSource(lead)
	}
	switch {
	case fromDraft || e.lex.draft.Has(ctx) || e.aboutDraft(u, ctx) || e.continuesDraft(u, toks):
		return "draft"
	case e.lex.signed.Has(ctx) || e.underSigned(u) && !proposed() && !maybe() && e.signedParty(by):
		// a term of a signed text, unless the text only allows it ("under
		// the agreement, X may provide ...") or X did not sign it (a
		// mediator's part in its implementation)
		return "signed"
	case to != "" && !e.outsideClaim(u.sent, anchor) && e.ownWord(u, []string{to}) && !e.ownWord(u, by) &&
		!proposed() && !maybe() && !e.hearsay(ctx):
		// the counterpart's word: a deal term the other party to the deal
		// tells ("X will invest in Y, Y's government said")
		return "agreed"
	case e.ownWord(u, by):
		// "would" is the "will" of reported speech ("X said allies would
		// deliver ..."), unless a condition makes it an offer ("would send
		// engineers if Y requests it")
		if proposed() || maybe() || facts.HasWord(toks, "would") && e.conditional(u) {
			return "proposed"
		}
		// the actor announcing its own commitment agrees it ("X said it
		// was increasing its pledge")
		return "agreed"
	case e.namedVoice(u.sent) && !e.outsideClaim(u.sent, anchor) && (proposed() || maybe()):
		// a plan, an offer or a possibility a named person or body tells
		// ("X planned to raise its investments, Y said"; "Y said X may
		// provide"); the press's hearsay of one stays reported
		return "proposed"
	case fromOther && e.srcKindOf(u.sent) != "unnamed" && (e.pledgeAct(toks, anchor) || e.conferenceGroup(by)):
		// a third party tells the actor's own public act ("Italy
		// pledged a system, the minister said"): the pledge stands
		return "agreed"
	case fromOther:
		// a third party or an unnamed source says so, be it a plan ("X
		// is prepared to send troops, The Times reported")
		return "reported"
	case proposed() || maybe():
		return "proposed"
	case e.hearsay(ctx):
		return "reported"
	case e.cue(e.lex.tentative, toks) && !e.lex.agreed.Has(toks):
		return "proposed"
	}
	// the outlet states it as a fact: agreed
	return "agreed"
}

// pledgeAct reports a public act of committing (pledge_acts) that is the
// commitment word at anchor or stands at most three words before it
// ("pledged a system", "announced it would send"), not negated.
func (e *commitEnv) pledgeAct(toks []token.Tok, anchor int) bool {
	at := -1
	for i, t := range toks {
		if t.Start >= anchor {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for h := range e.lex.pledgeActs.Hits(toks) {
		if h.From <= at && h.From >= at-3 && !negated(toks, h.From) && !(h.From > 0 && notYetWords[toks[h.From-1].Norm]) {
			return true
		}
	}
	return false
}

// maybe reports a modal of possibility ("could", "may", "might"; not the
// month "May") in a unit without a firm cue.
func (e *commitEnv) maybe(toks []token.Tok) bool {
	for i, t := range toks {
		if t.Norm != "could" && t.Norm != "may" && t.Norm != "might" {
			continue
		}
		if t.Norm == "may" && i > 0 && e.c.A.Body[t.Start] == 'M' {
			continue // the month
		}
		return !e.lex.firm.Has(toks[i:])
	}
	return false
}

// signedParty reports by among the parties told to have signed, or no
// party known yet.
func (e *commitEnv) signedParty(by []string) bool {
	if len(e.signers) == 0 {
		return true
	}
	for _, b := range by {
		if appearsIn(e.signers, b) {
			return true
		}
	}
	return false
}

// namedVoice reports a sentence whose claim a named person, state or
// body says (not an outlet, a document or unnamed sources).
func (e *commitEnv) namedVoice(sent int) bool {
	switch e.srcKindOf(sent) {
	case "person", "country", "organization":
		return true
	}
	return false
}

// notYetWords before a pledge act make it a passive or one still to come
// ("will be announced", "to announce").
var notYetWords = map[string]bool{"be": true, "been": true, "being": true, "to": true, "will": true, "would": true}

// hearsay reports a cue of a commitment told at second hand ("officials
// said", "reportedly"), not one that refers to a text ("as outlined in the
// statement").
func (e *commitEnv) hearsay(toks []token.Tok) bool {
	for h := range e.lex.reported.Hits(toks) {
		if h.From > 0 && toks[h.From-1].Norm == "as" {
			continue
		}
		return true
	}
	return false
}

// outsideClaim reports a commitment word at anchor outside the claim
// attributed in sentence sent, when the claim's span is known.
func (e *commitEnv) outsideClaim(sent, anchor int) bool {
	src := e.source(sent)
	if !src.claimed {
		return false
	}
	return anchor < src.claimStart || anchor >= src.claimEnd
}

// underSigned reports a unit that refers to a text ("under the
// agreement", "the text says") after the document told that a text was
// signed, and not after a later mention of a draft.
func (e *commitEnv) underSigned(u commitUnit) bool {
	if e.firstSigned < 0 || e.firstSigned >= u.start || e.firstDraft >= 0 && e.firstDraft < u.start {
		return false
	}
	st, en := e.c.SentSpan(u.sent)
	if e.lex.signedRefs.Has(token.Tokens(e.c.A.Body, st, en)) {
		return true
	}
	// a term in a run of paragraphs ending in ";" after a lead-in ending
	// in ":" ("As a result: X is providing ...;"), where the lead-in or the
	// sentence before it refers to the signed text
	lead := e.runLead(u.sent)
	for k := lead; k >= 0 && k >= lead-1; k-- {
		ls, le := e.c.SentSpan(k)
		if e.lex.signedRefs.Has(token.Tokens(e.c.A.Body, ls, le)) {
			return true
		}
	}
	return false
}

// runLead is the sentence ending in ":" that opens the run of sentences
// ending in ";" that sentence sent belongs to, or -1.
func (e *commitEnv) runLead(sent int) int {
	ends := func(i int, suffix string) bool {
		st, en := e.c.SentSpan(i)
		return strings.HasSuffix(strings.TrimSpace(e.c.A.Body[st:en]), suffix)
	}
	if !ends(sent, ";") && (sent == 0 || !ends(sent-1, ";")) {
		return -1
	}
	for k := sent - 1; k >= 0 && k >= sent-12; k-- {
		switch {
		case ends(k, ":"):
			return k
		case !ends(k, ";"):
			// a sentence inside a paragraph of the run goes on with it
			_, en := e.c.SentSpan(k)
			ns, _ := e.c.SentSpan(k + 1)
			if strings.Contains(e.c.A.Body[en:max(en, ns)], "\n") {
				return -1
			}
		}
	}
	return -1
}

// aboutDraft reports a unit (with its lead-in) that refers to "the
// document" after the document has named a draft: what the draft says.
func (e *commitEnv) aboutDraft(u commitUnit, ctx []token.Tok) bool {
	if e.firstDraft < 0 || e.firstDraft >= u.start {
		return false
	}
	return e.lex.docRefs.Has(ctx)
}

// continuesDraft reports a unit without a source of its own that goes on
// from a sentence about the draft: the sentence before cites or names the
// draft, and this one adds to it ("also") or refers back to its actors (a
// pronoun or collective subject).
func (e *commitEnv) continuesDraft(u commitUnit, toks []token.Tok) bool {
	if u.sub && !u.list {
		// a part of a sentence: the sentence's opening decides
		st, en := e.c.SentSpan(u.sent)
		toks = token.Tokens(e.c.A.Body, st, en)
	}
	if e.srcKindOf(u.sent) != "" || e.firstDraft < 0 || len(toks) == 0 {
		return false
	}
	drafty := false
	for prev := u.sent - 1; prev >= 0 && prev >= u.sent-2 && !drafty; prev-- {
		st, en := e.c.SentSpan(prev)
		pt := token.Tokens(e.c.A.Body, st, en)
		drafty = e.draftSource(prev) || e.lex.draft.Has(pt) || e.firstDraft < st && e.lex.docRefs.Has(pt)
		if k := e.srcKindOf(prev); k != "" && k != "document" {
			break // another source speaks in between
		}
	}
	if !drafty {
		return false
	}
	return facts.HasWord(toks, "also") || facts.Pronouns[toks[0].Norm] || e.lex.collective.EndsBeforeIndexed(toks, 1) ||
		len(toks) > 1 && e.lex.collective.EndsBeforeIndexed(toks, 2)
}

// ownWord reports a commitment its own actor states: the source of the
// claim is the committing actor, a person holding an office of it (a
// minister of that country, the head of that organisation), or its
// government.
func (e *commitEnv) ownWord(u commitUnit, by []string) bool {
	src := e.srcIDOf(u.sent)
	if src == "" {
		return false
	}
	for _, b := range by {
		if b == src || e.c.CountryOf(src) == b || e.c.HoldsOfficeOf(src, b) || e.officeInBodyOf(src, b) {
			return true
		}
	}
	return false
}

// officeInBodyOf reports a person holding an office of a body whose
// parent is org b (the president of the Harbour Commission speaks for
// the Harbour Union), from the text's roles or the gazetteer's offices.
func (e *commitEnv) officeInBodyOf(person, b string) bool {
	gaz := e.c.A.Gaz
	if gaz == nil || !strings.HasPrefix(b, schema.PrefixOrg) || !strings.HasPrefix(person, schema.PrefixPerson) {
		return false
	}
	parentIs := func(org string) bool {
		o, ok := gaz.Get(gazetteer.Organization, strings.TrimPrefix(org, schema.PrefixOrg))
		return ok && o.ParentID != "" && schema.PrefixOrg+o.ParentID == b
	}
	for _, p := range e.c.A.Result.Persons {
		if p.ID != person {
			continue
		}
		for _, r := range p.RoleDetails {
			if strings.HasPrefix(r.OfID, schema.PrefixOrg) && parentIs(r.OfID) {
				return true
			}
		}
	}
	if pe, ok := gaz.Get(gazetteer.Person, strings.TrimPrefix(person, schema.PrefixPerson)); ok {
		for _, o := range pe.Offices {
			if o.To == "" && o.Org != "" && parentIs(schema.PrefixOrg+o.Org) {
				return true
			}
		}
	}
	return false
}

// ready reports a readiness phrase ("ready to", "prepared to") that is not
// part of an agreed cue ("stand ready to commit").
func (e *commitEnv) ready(toks []token.Tok) bool {
	var agreed []token.Hit
	read := false // agreed is read at the first readiness phrase
	for h := range e.lex.Readiness.Hits(toks) {
		if !read {
			agreed, read = e.lex.agreed.All(toks), true
		}
		inside := false
		for _, a := range agreed {
			inside = inside || a.From <= h.From && h.To <= a.To || a.From == h.From
		}
		if !inside {
			return true
		}
	}
	return false
}

// planCue finds a proposed cue (see cue) that is not the object of a
// pledge act: "announced plans to transfer" pledges (NOTES w2), while
// "confirmed plans to form" still plans.
func (e *commitEnv) planCue(toks []token.Tok) bool {
	for h := range e.lex.proposed.Hits(toks) {
		if h.From > 0 && (toks[h.From-1].Norm == "a" || toks[h.From-1].Norm == "an" || toks[h.From-1].Norm == "the" || toks[h.From-1].Norm == "what") ||
			hyphenated(e.c.A.Body, h) {
			continue
		}
		if h.From > 0 && e.lex.pledgeActs.EndsBeforeIndexed(toks, h.From) && !negated(toks, h.From-1) {
			continue
		}
		return true
	}
	return false
}

// cue finds a cue that is not used as an adjective ("a proposed mechanism")
// nor in a describing "what would be".
func (e *commitEnv) cue(l token.Phrases, toks []token.Tok) bool {
	for h := range l.Hits(toks) {
		if h.From > 0 && (toks[h.From-1].Norm == "a" || toks[h.From-1].Norm == "an" || toks[h.From-1].Norm == "the" || toks[h.From-1].Norm == "what") ||
			hyphenated(e.c.A.Body, h) {
			continue // "a proposed mechanism"; "in what would be the first plant" describes
		}
		return true
	}
	return false
}

// hyphenated reports a cue joined by a hyphen to the word before it: a
// compound adjective ("an EU-proposed agreement"), no status of its own.
func hyphenated(body string, h token.Hit) bool {
	return h.Start > 1 && body[h.Start-1] == '-' && body[h.Start-2] != ' '
}

// conditional reports a unit with an "if" or "unless" clause.
func (e *commitEnv) conditional(u commitUnit) bool {
	toks := token.Tokens(e.c.A.Body, u.start, u.end)
	return facts.HasWord(toks, "if") || facts.HasWord(toks, "unless")
}
