package commitments

import "strings"
import "github.com/kg-project/kg/loader/extract/token"

// clauses cuts a sentence whose commitment verbs have subjects of their
// own into one unit per clause: "Freedonia pledged tanks, Ruritania
// pledged a frigate, and Estland will send trainers" is three
// commitments, each with its own actor, amount and condition. A clause
// starts at the separator (a comma, a semicolon or "and") before an actor
// that can be a subject and stands between the previous verb and the next
// one; "A and B agreed to X and pledged Y" stays one unit.
func (s commitmentStage) clauses(env *commitEnv, u commitUnit, toks []token.Tok, verbs []token.Hit) []commitUnit {
	if len(verbs) < 2 {
		return nil
	}
	c := env.c
	body := c.A.Body
	var cuts []int
	shared := map[int]bool{} // cuts after which the clause keeps the sentence's subject
	for k := 1; k < len(verbs); k++ {
		lo, hi := verbs[k-1].End, verbs[k].Start
		ms := c.MentionsView(lo, hi)
		cut := -1
		for j := len(ms) - 1; j >= 0 && cut < 0; j-- {
			if !env.subjectMention(ms[j]) {
				continue
			}
			gap := body[lo:ms[j].Start]
			sep := max(strings.LastIndexAny(gap, ",;"), strings.LastIndex(gap, " and "))
			if sep < 0 {
				continue
			}
			// nothing but the subject's own words between separator and
			// verb: no other actor, no preposition governing it
			if len(token.Tokens(body, ms[j].End, hi)) > 4 {
				continue
			}
			cut = lo + sep
		}
		if cut < 0 {
			// a group in the text's words opens the clause ("..., and an
			// international committee will monitor")
			gap := body[lo:hi]
			if sep := max(strings.LastIndexAny(gap, ",;"), strings.LastIndex(gap, " and ")); sep >= 0 {
				head := token.Tokens(body, lo+sep+1, hi)
				if len(head) > 0 && head[0].Norm == "and" {
					head = head[1:]
				}
				if _, ok := env.groupBefore(head); ok && len(head) <= 6 {
					cut = lo + sep
				}
			}
		}
		if cut < 0 && s.lex.denied.LongestAt(toks, verbs[k-1].From) >= 0 && s.lex.denied.LongestAt(toks, verbs[k].From) >= 0 {
			// "X quit the accord and halted its funding": two refusals of
			// one subject
			if a := strings.LastIndex(body[lo:hi], " and "); a >= 0 {
				cut = lo + a
				shared[cut] = true
			}
		}
		if cut >= 0 {
			cuts = append(cuts, cut)
		}
	}
	if len(cuts) == 0 {
		return nil
	}
	var out []commitUnit
	start := u.start
	share := false
	for _, cut := range cuts {
		out = append(out, commitUnit{sent: u.sent, start: start, end: cut, clause: true, shareBy: share})
		start, share = cut+1, shared[cut]
	}
	out = append(out, commitUnit{sent: u.sent, start: start, end: u.end, clause: true, shareBy: share})
	return out
}
