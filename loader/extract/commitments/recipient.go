package commitments

// Recipients of a commitment: who receives what an actor commits (see
// commitEnv.beneficiary).

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
	"github.com/kg-project/kg/schema"
)

// militaryBody reports an alliance or armed force of the gazetteer among
// by: the bare "support" it gives is military support.
func (e *commitEnv) militaryBody(by []string) bool {
	if e.c.A.Gaz == nil {
		return false
	}
	for _, b := range by {
		if !strings.HasPrefix(b, schema.PrefixOrg) {
			continue
		}
		if o, ok := e.c.A.Gaz.Get(gazetteer.Organization, strings.TrimPrefix(b, schema.PrefixOrg)); ok && (o.Type == "alliance" || o.Type == "military") {
			return true
		}
	}
	return false
}

// offerer is who made the offer, demand or proposal a denial turns down
// ("X had pushed for a stake - an offer Y rejected"): the last other
// state named before the commitment word in the sentence, when the unit
// names such a noun; else "".
func (e *commitEnv) offerer(u commitUnit, toks []token.Tok, anchor int, by []string) string {
	if !e.lex.offerNouns.Has(toks) {
		return ""
	}
	st, _ := e.c.SentSpan(u.sent)
	ms := e.c.MentionsView(st, anchor)
	for j := len(ms) - 1; j >= 0; j-- {
		m := ms[j]
		if m.Kind == "country" && !appearsIn(by, m.Key) && !facts.CurrencyMention(e.c.A.Body, m) {
			return m.Key
		}
	}
	return ""
}

// supportKinds are the kinds of aid one party gives another.
var supportKinds = map[string]bool{"financial support": true, "military support": true}

// ownPersons is by without the states of the persons in it: the states
// stand behind their officials, they do not name themselves ("the
// president announced a plan for Freedonia": Freedonia can receive).
func (e *commitEnv) ownPersons(by []string) []string {
	states := map[string]bool{}
	for _, n := range by {
		if strings.HasPrefix(n, schema.PrefixPerson) {
			if c := e.c.CountryOf(n); c != "" {
				states[c] = true
			}
		}
	}
	if len(states) == 0 {
		return by
	}
	var out []string
	for _, n := range by {
		if !states[n] {
			out = append(out, n)
		}
	}
	return out
}

// beneficiary is the first country after the commitment word introduced
// by "for", "to", "support", "assist" ...; else the country at whose
// request the commitment is made ("if Warsaw requests it", "at Kyiv's
// request"); else the document's usual beneficiary; never the committing
// actor.
func (e *commitEnv) beneficiary(u commitUnit, anchor int, by []string, cond, kind string) string {
	c := e.c
	isBy := func(k string) bool {
		for _, b := range by {
			if b == k {
				return true
			}
		}
		return false
	}
	unitToks := token.Tokens(c.A.Body, max(anchor, u.start), u.end)
	for _, m := range c.MentionsView(max(anchor, u.start), u.end) {
		if facts.CurrencyMention(c.A.Body, m) || facts.RangeEnd(c.A.Body, m) {
			continue // "US$ 9 billion", "from Japan to Fiji"
		}
		if to, ok := e.recipient(m, unitToks, isBy); ok {
			return to
		}
		if m.Kind == "country" && !isBy(m.Key) && m.Form == "adjective" && e.lex.located[kind] && onSoil(c.A.Body, m.End) {
			return m.Key // "troops on Ukrainian soil"
		}
		if m.Kind != "country" || isBy(m.Key) || m.Form == "adjective" && !facts.Governs(c.A.Body, m.End) {
			continue
		}
		prevWord := facts.PrevWord(c.A.Body, m.Start)
		if prevWord == "for" && facts.TargetNouns[facts.PrevWord(c.A.Body, m.Start-len(" for"))] {
			continue // "sanctions for X": X is the target
		}
		switch prevWord {
		case "for", "to", "support", "supporting", "assist", "assisting", "help", "helping", "aid":
			return m.Key
		case "in":
			if e.lex.located[kind] {
				return m.Key // "station troops in X"
			}
		}
		// "provide X with Y", "give X Y", "lend X 5 billion": the first
		// object of a giving verb is who receives
		prev := token.Tokens(c.A.Body, max(u.start, m.Start-30), m.Start)
		if n := len(prev); n > 0 && prev[n-1].Start >= anchor && e.lex.Verbs.EndsBeforeIndexed(prev, n) {
			return m.Key
		}
	}
	if strings.Contains(cond, "request") {
		if k := strings.Index(c.A.Body[u.start:u.end], cond); k >= 0 {
			for _, m := range c.MentionsView(u.start+k, u.start+k+len(cond)) {
				if m.Kind == "country" && !isBy(m.Key) {
					return m.Key
				}
			}
		}
	}
	if c.Beneficiary != "" && !isBy(c.Beneficiary) && !appearsIn(e.withStates(by), c.Beneficiary) {
		// the document's usual recipient, never the state of a person who
		// commits (a named recipient of a person's own state is above)
		return c.Beneficiary
	}
	if supportKinds[kind] && len(by) > 0 {
		// aid that names no recipient, in a text about one state only
		// ("the Fund will disburse 2 billion"): that state
		if st := e.soleState(); st != "" && !isBy(st) && !appearsIn(e.withStates(by), st) {
			return st
		}
	}
	return ""
}

// soleState is the one country a document names (currency signs aside),
// "" when it names none or several.
func (e *commitEnv) soleState() string {
	one := ""
	for _, m := range e.c.A.Mentions {
		if m.Kind != "country" || facts.CurrencyMention(e.c.A.Body, m) {
			continue
		}
		if one != "" && m.Key != one {
			return ""
		}
		one = m.Key
	}
	return one
}

// recipient reads the beneficiaries the kinds' own prepositions do not
// give: an organisation a contribution goes "to" or is "for" ("pledged
// 5 million to the Harbour Fund"), a country an investment goes "in" or a
// purchase comes "from" ("invest in Freedonia", "buy gas from
// Freedonia"), a country whose security or defence a verb serves ("help
// guarantee Ruritania's security").
func (e *commitEnv) recipient(m model.Mention, toks []token.Tok, isBy func(string) bool) (string, bool) {
	body := e.c.A.Body
	if isBy(m.Key) || m.Kind != "country" && m.Kind != "organization" {
		return "", false
	}
	prev := facts.PrevWord(body, m.Start)
	if prev == "the" {
		prev = facts.PrevWord(body, m.Start-len("the "))
	}
	before := toks
	for k, t := range toks {
		if t.Start >= m.Start {
			before = toks[:k]
			break
		}
	}
	switch {
	case m.Kind == "organization" && token.IsPossessiveAfter(body, m.End) && e.donorAfter(m.End):
		return m.Key, true // "remaining the Fund's largest donor"
	case m.Kind == "organization" && (prev == "to" || prev == "for") && !token.IsPossessiveAfter(body, m.End):
		// a state's body ("the Armed Forces of Ruritania"): the state
		for _, ct := range e.c.A.Result.Countries {
			if ct.Name != "" && strings.Contains(m.Text, ct.Name) && !isBy(ct.ID) {
				return ct.ID, true
			}
		}
		return m.Key, true
	case m.Kind == "country" && m.Form != "adjective" && prev == "with" && len(before) > 1 && e.lex.counterpartNouns.EndsBeforeIndexed(before, len(before)-1):
		return m.Key, true // "seek dialogue with Freedonia"
	case m.Kind == "country" && m.Form != "adjective" && (prev == "in" || prev == "into") && e.lex.inRecipient.Has(before):
		return m.Key, true
	case m.Kind == "country" && m.Form != "adjective" && prev == "from" && e.lex.fromRecipient.Has(before):
		return m.Key, true
	case m.Kind == "country" && token.IsPossessiveAfter(body, m.End) && len(before) > 1 &&
		(e.lex.Verbs.EndsBeforeIndexed(before, len(before)) || e.lex.Verbs.EndsBeforeIndexed(before, len(before)-1)):
		return m.Key, true
	}
	return "", false
}

// donorAfter reports a donor noun among the three words after a
// possessive ending at end ("'s largest donor", "'s biggest contributors").
func (e *commitEnv) donorAfter(end int) bool {
	next := token.Tokens(e.c.A.Body, end, min(len(e.c.A.Body), end+40))
	if len(next) > 0 && next[0].Norm == "s" {
		next = next[1:]
	}
	for j := 0; j < len(next) && j < 3; j++ {
		if e.lex.donorNouns.LongestAt(next, j) >= 0 {
			return true
		}
	}
	return false
}

// soilNouns after a country's adjective name its territory.
var soilNouns = map[string]bool{"soil": true, "territory": true, "ground": true, "airspace": true, "waters": true}

// onSoil reports an adjective followed by a noun for the state's
// territory ("Ukrainian soil").
func onSoil(body string, end int) bool {
	next := token.Tokens(body, end, min(len(body), end+16))
	return len(next) > 0 && soilNouns[next[0].Norm]
}

// signedWith is the actor a text was signed with ("signed an agreement
// with Freedonia"): the first actor named after "with" (or "with the")
// past the commitment word in the unit, not among by; "" when none.
func (e *commitEnv) signedWith(u commitUnit, anchor int, by []string) string {
	body := e.c.A.Body
	for _, m := range e.c.MentionsView(max(anchor, u.start), u.end) {
		prev := facts.PrevWord(body, m.Start)
		if prev == "the" {
			prev = facts.PrevWord(body, m.Start-len("the "))
		}
		if prev == "with" && facts.IsActor(m) && !appearsIn(by, m.Key) && !facts.CurrencyMention(body, m) {
			return m.Key
		}
	}
	return ""
}

// armedForceHeads end the names of a state's armed forces ("the Lakeland
// Army", "the Armed Forces of Ruritania").
var armedForceHeads = map[string]bool{"army": true, "forces": true, "military": true, "navy": true}

// forArmedForce reports a part whose sum goes "for" or "to" an armed
// force: an organisation of the gazetteer's military type, or one whose
// name ends in a word for armed forces ("aid for the Lakeland Army").
func (e *commitEnv) forArmedForce(toks []token.Tok) bool {
	if len(toks) == 0 {
		return false
	}
	for _, m := range e.c.MentionsView(toks[0].Start, toks[len(toks)-1].End) {
		if m.Kind != "organization" {
			continue
		}
		prev := facts.PrevWord(e.c.A.Body, m.Start)
		if prev == "the" {
			prev = facts.PrevWord(e.c.A.Body, m.Start-len("the "))
		}
		if prev != "for" && prev != "to" {
			continue
		}
		if e.militaryBody([]string{m.Key}) {
			return true
		}
		words := token.Tokens(m.Text, 0, len(m.Text))
		if n := len(words); n > 1 && armedForceHeads[words[n-1].Norm] {
			return true
		}
	}
	return false
}
