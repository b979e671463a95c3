package commitments

import "strings"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/model"
import "github.com/kg-project/kg/loader/extract/token"

// derivedIn finds a second actor's role inside a commitment: "US-led
// monitoring", "led by the U.S.", "under Washington's leadership", "with
// US participation", "the support of the US", "a US commitment to ...".
// Each yields a commitment by that actor of the parent's kind (filled in
// when merging if the parent refers back) with the parent's beneficiary
// and status, "proposed" when the word stands just before the phrase,
// and the condition stated inside the phrase. An actor's own intention
// inside another's commitment ("the force that X wants to establish") is
// a commitment of X, proposed.
func derivedIn(e *commitEnv, u commitUnit, parent commitCand) []commitCand {
	c := e.c
	body := c.A.Body
	var out []commitCand
	for _, m := range c.MentionsView(u.start, u.end) {
		if m.Kind != "country" && m.Kind != "organization" {
			continue
		}
		intent := false
		w := e.actorWindow(m)
		pStart, pEnd, ok := w.match(e.lex.SecondActor)
		if !ok {
			pStart, pEnd, ok = w.match(e.lex.intentActor)
			intent = true
		}
		if !ok {
			continue
		}
		if !parent.elab && len(parent.by) == 1 && parent.by[0] == m.Key {
			continue
		}
		cand := commitCand{unit: commitUnit{sent: u.sent, start: pStart, end: u.end, sub: true}, derived: true,
			by: []string{m.Key}, kind: parent.kind, to: parent.to, status: parent.status}
		if parent.elab {
			// the kind, beneficiary and status of the commitment the
			// parent refers to
			cand.kind, cand.status, cand.to = "", "", ""
		}
		if cand.to == m.Key {
			cand.to = ""
		}
		before := token.Tokens(body, max(u.start, pStart-24), pStart)
		if n := len(before); intent || n > 0 && (before[n-1].Norm == "proposed" || n > 1 && before[n-2].Norm == "proposed") {
			cand.status = "proposed"
		}
		end := facts.NextComma(body, pEnd, u.end)
		toks := token.Tokens(body, pStart, end)
		cand.cond = e.condition(toks)
		cand.what = shortText(body[pStart:end])
		cand.unit.end = end
		out = append(out, cand)
	}
	return out
}

// actorWindow is the text around a mention that "pre{X}post" phrases
// are matched in: up to 40 bytes either side, lower-cased with straight
// apostrophes (before, after), and the raw text after it.
type actorWindow struct {
	body                    string
	m                       model.Mention
	before, after, afterRaw string
}

// actorWindow reads the window of mention m once, for every list of
// phrases tried there.
func (e *commitEnv) actorWindow(m model.Mention) actorWindow {
	body := e.c.A.Body
	lo, hi := max(0, m.Start-40), min(len(body), m.End+40)
	return actorWindow{body: body, m: m, before: e.loweredStraight(lo, m.Start), after: e.loweredStraight(m.End, hi),
		afterRaw: body[m.End:hi]}
}

// match matches the lexicon's "pre{X}post" phrases around the window's
// mention; it returns the byte range of the whole phrase.
func (w *actorWindow) match(patterns []secondActorPattern) (int, int, bool) {
	body, m, before, after, afterRaw := w.body, w.m, w.before, w.after, w.afterRaw
	for _, p := range patterns {
		preLen := -1
		switch {
		case p.pre == "":
			preLen = 0
		case strings.HasSuffix(before, p.pre):
			preLen = len(p.pre)
		case strings.HasSuffix(before, p.preThe):
			preLen = len(p.pre) + len("the ")
		}
		if preLen < 0 {
			continue
		}
		post := p.post
		if !strings.HasPrefix(after, post) || post != "" && len(after) > len(post) && fxWordByte(after[len(post)]) && !strings.HasSuffix(post, " ") {
			continue
		}
		if p.pre == "" && post == "" {
			continue
		}
		// byte length of post in the raw text (curly apostrophes are longer)
		postRaw := len(post)
		if strings.Contains(afterRaw[:min(len(afterRaw), len(post)+2)], "’") && strings.Contains(post, "'") {
			postRaw += len("’") - 1
		}
		start := m.Start - preLen
		if strings.Contains(body[max(0, m.Start-preLen-2):m.Start], "’") {
			start = m.Start - preLen // pre has no apostrophes in practice
		}
		return start, m.End + postRaw, true
	}
	return 0, 0, false
}

func fxWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}
