package commitments

import "strings"
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/token"

// Unnamed groups that commit: "15 countries have pledged", "world leaders
// pledged", "savings announced by vaccine makers". The gold conventions
// keep the text's own words for them; they are carried as a key with
// groupPrefix and rendered as a name without an id.

// groupPrefix marks a commitment actor that is a group named by the text.
const groupPrefix = "group:"

// groupBefore finds a group noun phrase that ends right before the verb
// (head is the text before it, past auxiliaries and adverbs: "have
// officially"): a group noun with at least one word before it that
// specifies the group ("15 countries", "a number of partner countries",
// "vaccine manufacturers"). A bare group noun ("leaders", "countries")
// is left to the collective rule; "<named body> members" too.
func (e *commitEnv) groupBefore(head []token.Tok) (string, bool) {
	end := len(head)
	for end > 0 && (groupAux[head[end-1].Norm] || strings.HasSuffix(head[end-1].Norm, "ly")) {
		end--
	}
	return e.groupPhrase(head[:end], true)
}

// groupAfter finds a group noun phrase opening toks: "by vaccine
// manufacturers" (toks start after "by").
func (e *commitEnv) groupAfter(toks []token.Tok) (string, bool) {
	for end := 1; end <= len(toks) && end <= 6; end++ {
		if e.lex.groupNouns.EndsBeforeIndexed(toks, end) && (end == len(toks) || !e.lex.groupNouns.EndsBeforeIndexed(toks, end+1)) {
			return e.groupPhrase(toks[:end], false)
		}
	}
	return "", false
}

// groupPhrase reads the group noun phrase ending toks: the group noun and
// the words before it back to a determiner, a preposition other than the
// "of" of a quantity ("a number of"), a comma or an actor's name other
// than a modifier right before the noun.
func (e *commitEnv) groupPhrase(toks []token.Tok, fromEnd bool) (string, bool) {
	n := len(toks)
	if n < 2 || !e.lex.groupNouns.EndsBeforeIndexed(toks, n) {
		return "", false
	}
	body := e.c.A.Body
	start := n - 1
	for start > 0 {
		w := toks[start-1]
		if strings.ContainsAny(body[w.End:toks[start].Start], ",;:.()") {
			break
		}
		if w.Norm == "of" && start >= 3 && toks[start-2].Norm == "number" {
			start -= 3 // "a number of"
			break
		}
		if facts.Determiners[w.Norm] || fxPrepositions[w.Norm] || w.Norm == "and" || w.Norm == "that" || w.Norm == "said" {
			break
		}
		start--
	}
	if start == n-1 {
		return "", false // a bare group noun
	}
	for _, m := range e.c.MentionsView(toks[start].Start, toks[n-1].End) {
		if facts.IsActor(m) && m.End >= toks[n-2].End && m.Start <= toks[start].Start {
			return "", false // "NATO members": the named body
		}
		if facts.IsActor(m) && m.Form == "name" && m.End < toks[n-2].Start {
			return "", false // an actor is named in it: not one group
		}
	}
	if fromEnd && start > 0 && e.lex.Verbs.EndsBeforeIndexed(toks, start) {
		return "", false
	}
	switch toks[start].Norm {
	case "both", "two":
		return "", false // "both countries": the pair named before (pairBefore)
	}
	return groupPrefix + cleanText(body[toks[start].Start:toks[n-1].End]), true
}

// pairBefore resolves "both countries", "the two sides" ending head (the
// text before the verb in sentence sent) to the last actors coordinated
// before it in the sentence or the one before ("A and B issued a
// statement, with both countries agreeing to ...").
func (e *commitEnv) pairBefore(sent int, head []token.Tok) ([]string, bool) {
	end := len(head)
	for end > 0 && (groupAux[head[end-1].Norm] || strings.HasSuffix(head[end-1].Norm, "ly")) {
		end--
	}
	if end < 2 || !e.lex.groupNouns.EndsBeforeIndexed(head, end) && head[end-1].Norm != "sides" {
		return nil, false
	}
	k := end - 2
	switch {
	case head[k].Norm == "both":
	case head[k].Norm == "two" && k > 0 && head[k-1].Norm == "the":
		k--
	default:
		return nil, false
	}
	c := e.c
	states := statesNouns[head[end-1].Norm]
	var seen []string // "the two countries": the last two states named
	for i := sent; i >= 0 && i >= sent-1; i-- {
		st, en := c.SentSpan(i)
		if i == sent {
			en = head[k].Start
		}
		ms := c.MentionsView(st, en)
		for j := len(ms) - 1; j >= 0; j-- {
			if !e.subjectMention(ms[j]) {
				continue
			}
			if by := e.coordinated(ms, j); len(by) >= 2 && (!states || ms[j].Kind == "country") {
				return by, true
			}
			break
		}
		for j := len(ms) - 1; j >= 0 && states && len(seen) < 2; j-- {
			if ms[j].Kind == "country" && !facts.CurrencyMention(c.A.Body, ms[j]) && !appearsIn(seen, ms[j].Key) {
				seen = append(seen, ms[j].Key)
			}
		}
	}
	if len(seen) == 2 {
		return []string{seen[1], seen[0]}, true
	}
	return nil, false
}

// statesNouns name a pair of states ("the two countries").
var statesNouns = map[string]bool{"countries": true, "nations": true, "states": true, "governments": true}

// groupAux are the words between a group subject and its verb.
var groupAux = map[string]bool{"have": true, "has": true, "had": true, "will": true, "would": true, "also": true,
	"all": true, "each": true, "jointly": true, "together": true}
