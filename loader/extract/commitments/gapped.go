package commitments

import "strings"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/model"
import "github.com/kg-project/kg/loader/extract/token"

// gapped finds the further pledges of a sentence that name an amount and
// an actor but leave out the verb: "Freedonia put in 10 million dollars,
// Ruritania 5 million and 2 million from Estland". Each is a commitment
// of that actor with the kind, status and beneficiary of the pledge the
// sentence states with its verb (parent). Two shapes: a separator, an
// actor, at most three words and an amount ("Ruritania at least 5
// million"); an amount and "from <actor>" ("2 million from Estland").
func (s commitmentStage) gapped(env *commitEnv, u commitUnit, parent commitCand, anchor int) []commitCand {
	c := env.c
	body := c.A.Body
	if parent.kind == "" || len(parent.by) == 0 {
		return nil
	}
	toks := token.Tokens(body, anchor, u.end)
	isParent := func(k string) bool {
		for _, b := range parent.by {
			if b == k {
				return true
			}
		}
		return false
	}
	var out []commitCand
	add := func(m model.Mention, start, end int) {
		if isParent(m.Key) || !facts.IsActor(m) {
			return
		}
		for _, o := range out {
			if o.by[0] == m.Key {
				return
			}
		}
		cu := commitUnit{sent: u.sent, start: start, end: end, clause: true}
		out = append(out, commitCand{unit: cu, kind: parent.kind, by: []string{m.Key}, to: parent.to,
			status: parent.status, modality: parent.modality, what: shortText(body[start:end]), hasVerb: true})
	}
	ms := c.MentionsView(anchor, u.end)
	for i := range toks {
		end, ok := s.amountAt(body, toks, i)
		if !ok {
			continue
		}
		// "<amount> from <actor>"
		if end < len(toks) && toks[end].Norm == "from" {
			for _, m := range ms {
				gap := token.Tokens(body, toks[end].End, m.Start)
				if m.Start >= toks[end].End && (len(gap) == 0 || len(gap) == 1 && gap[0].Norm == "the") {
					add(m, toks[i].Start, m.End)
					break
				}
			}
			continue
		}
		// ", <actor> ... <amount>" with no verb between
		for _, m := range ms {
			if m.End > toks[i].Start || len(token.Tokens(body, m.End, toks[i].Start)) > 3 || !env.subjectMention(m) {
				continue
			}
			lead := body[max(anchor, m.Start-6):m.Start]
			if !strings.Contains(lead, ",") && !strings.Contains(lead, "and ") {
				continue
			}
			if s.lex.Verbs.Has(token.Tokens(body, m.End, toks[i].Start)) {
				continue
			}
			add(m, m.Start, toks[end-1].End)
		}
	}
	return out
}

// amountAt reports an amount starting at token i ("5 million", "17.5
// million dollars", "$100"): a number followed by an amount word or
// preceded by a currency sign. It returns the index after the amount.
func (s commitmentStage) amountAt(body string, toks []token.Tok, i int) (int, bool) {
	if !startsWithDigit(toks[i].Norm) {
		return 0, false
	}
	j := i + 1
	for j < len(toks) && startsWithDigit(toks[j].Norm) && toks[j].Start == toks[j-1].End+1 {
		j++ // "17.5", "1,000"
	}
	sign := toks[i].Start > 0 && strings.ContainsAny(body[max(0, toks[i].Start-3):toks[i].Start], "$€£")
	if j < len(toks) && s.lex.Amounts.LongestAt(toks, j) >= 0 {
		for j < len(toks) && s.lex.Amounts.LongestAt(toks, j) >= 0 {
			j++
		}
		return j, true
	}
	return j, sign
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
