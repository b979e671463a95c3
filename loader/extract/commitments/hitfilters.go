package commitments

// The hits of a unit's commitment verbs and nouns that count: not inside
// a name, a topic, a condition or a market share; and the unit's words
// as the kind scan reads them (maskActors). Each filter drops hits in
// place.

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// shareOf drops a verb in the present whose object is a share ("Freedonia
// provides 60% of the region's supply"): a fact about a market, no pledge.
// It filters verbs in place.
func shareOf(body string, toks []token.Tok, verbs []token.Hit) []token.Hit {
	out := verbs[:0]
	for _, v := range verbs {
		share := false
		if v.To+1 < len(toks) && strings.HasSuffix(toks[v.From].Norm, "s") {
			n := toks[v.To]
			share = n.Norm[0] >= '0' && n.Norm[0] <= '9' && strings.HasPrefix(body[n.End:], "%") && toks[v.To+1].Norm == "of"
		}
		if !share {
			out = append(out, v)
		}
	}
	return out
}

// outsideCondition drops verbs inside an "if" or "unless" clause ("if the
// rates X announced held"): the condition is not the commitment. It
// filters verbs in place.
func (s commitmentStage) outsideCondition(env *commitEnv, toks []token.Tok, verbs []token.Hit) []token.Hit {
	if len(verbs) == 0 {
		return verbs
	}
	out := verbs[:0]
	for _, v := range verbs {
		inside := false
		for j := v.From - 1; j >= 0 && j >= v.From-8; j-- {
			if toks[j].Norm == "if" || toks[j].Norm == "unless" {
				inside = !strings.ContainsAny(env.c.A.Body[toks[j].End:v.Start], ",;:")
				break
			}
		}
		if !inside {
			out = append(out, v)
		}
	}
	return out
}

// notInNames drops verb hits that are words of a name: inside a mention
// of an organisation, person, place or event ("the Ministry of Finance",
// "the Global Fund"), or a capitalised word after "of" or "for" in
// mid-sentence ("Agency for Development"). It filters hits in place.
func notInNames(c *facts.Context, toks []token.Tok, hits []token.Hit) []token.Hit {
	if len(hits) == 0 {
		return hits
	}
	ms := c.MentionsView(toks[0].Start, toks[len(toks)-1].End)
	out := hits[:0]
	for _, h := range hits {
		name := false
		for _, m := range ms {
			if m.Kind != "country" && m.Start <= h.Start && h.End <= m.End {
				name = true
				break
			}
		}
		if !name && h.From > 0 && (toks[h.From-1].Norm == "of" || toks[h.From-1].Norm == "for") {
			r := c.A.Body[h.Start]
			name = r >= 'A' && r <= 'Z'
		}
		if !name {
			out = append(out, h)
		}
	}
	return out
}

// notTopic drops hits that follow a topic preposition ("talks on
// guarantees", "the focus was on pledges"). It filters hits in place.
func (s commitmentStage) notTopic(toks []token.Tok, hits []token.Hit) []token.Hit {
	out := hits[:0]
	for _, h := range hits {
		if !s.lex.topical(toks, h) {
			out = append(out, h)
		}
	}
	return out
}

// maskActors blanks the words of the names of actors before token verb:
// the subject's name tells no kind ("the Freedonian Armed Forces signed a
// truce" is no military support; "support for the Armed Forces" is). The
// copy it returns lives until the next call.
func (e *commitEnv) maskActors(toks []token.Tok, verb int) []token.Tok {
	if verb <= 0 || verb > len(toks) {
		return toks
	}
	ms := e.c.MentionsView(toks[0].Start, toks[verb-1].End)
	if len(ms) == 0 {
		return toks
	}
	out := append(e.masked[:0], toks...)
	e.masked = out
	for i, t := range out {
		for _, m := range ms {
			if facts.IsActor(m) && m.Form == "name" && m.Start <= t.Start && t.End <= m.End {
				out[i].Norm = ""
				break
			}
		}
	}
	return out
}

// verbsAndNouns is Verbs.All(toks) and nouns.All(toks), found in one
// pass: at each token the longest phrase of each list (Joined.LongestAt),
// kept when it starts past the list's last hit, as All keeps it.
func (l *commitLexicon) verbsAndNouns(toks []token.Tok) (verbs, nouns []token.Hit) {
	var row [2]int
	next := [2]int{}
	for i := range toks {
		if !l.verbsNouns.LongestAt(toks, i, row[:]) {
			continue
		}
		for li, ps := range [2]*token.Phrases{&l.Verbs, &l.nouns} {
			if i < next[li] || row[li] < 0 {
				continue
			}
			p := &ps.List[row[li]]
			n := len(p.Words)
			h := token.Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: p.Raw}
			if li == 0 {
				verbs = append(verbs, h)
			} else {
				nouns = append(nouns, h)
			}
			next[li] = i + n
		}
	}
	return verbs, nouns
}
