package commitments

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// commitUnit is a piece of text that may state one commitment: a
// sentence, a list item, an item's bold header, or a component after a
// lead-in ("This will include: a; b; c").
type commitUnit struct {
	sent       int
	start, end int
	list       bool // a component: list item, header or sub-part
	header     bool // an item's bold header
	sub        bool // a component listed inside a sentence
	clause     bool // a clause of a sentence with a subject of its own
	shareBy    bool // a clause that keeps the actor of the clause before
}

// commitUnits cuts segment i into units, appended to units.
func commitUnits(env *commitEnv, i int, units []commitUnit) []commitUnit {
	c, lex := env.c, env.lex
	seg := c.A.Sents[i]
	body := c.A.Body
	if seg.Kind == "heading" && !cutOffSentence(c, i) {
		return units
	}
	start, end := seg.Start, seg.End
	isItem := seg.Kind == "item"
	firstOfItem := isItem && (seg.Item == i || seg.Item < 0)
	first := len(units)
	if hs, he, ok := boldHeader(body, start, end); ok {
		head := strings.TrimSpace(body[hs:he])
		if strings.HasSuffix(head, ".") || strings.HasSuffix(head, ":") {
			units = append(units, commitUnit{sent: i, start: hs, end: he, list: true, header: true})
			start = he + 2
		}
	}
	if strings.TrimSpace(strings.Trim(body[start:end], "* ")) == "" {
		return units
	}
	whole := commitUnit{sent: i, start: start, end: end, list: firstOfItem && len(units) == first}
	toks := token.Tokens(body, start, end)
	for h := range lex.componentLeads.Hits(toks) {
		rest := strings.TrimLeft(body[h.End:end], " ")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		colon := end - len(rest)
		if strings.TrimSpace(body[colon+1:end]) == "" {
			break
		}
		whole.end = colon
		units = append(units, whole)
		for _, p := range env.splitOn(colon+1, end, semicolon) {
			units = append(units, commitUnit{sent: i, start: p[0], end: p[1], list: true, sub: true})
		}
		return units
	}
	env.parts = appendGlued(env.parts[:0], body, whole.start, whole.end)
	for _, part := range env.parts {
		u := whole
		u.start, u.end = part[0], part[1]
		units = append(units, u)
	}
	return units
}

// GluedSentences cuts start:end at full stops glued to the next sentence
// ("threats.The office said"): scraped text that lost the space between
// two sentences. A stop counts after a lower-case word of two letters or
// more (or a closing quote), before an upper-case letter; "U.S." and
// "No.5" do not.
func GluedSentences(body string, start, end int) [][2]int {
	return appendGlued(nil, body, start, end)
}

// appendGlued appends the parts GluedSentences gives to out.
func appendGlued(out [][2]int, body string, start, end int) [][2]int {
	from := start
	for i := start + 2; i+1 < end; i++ {
		if body[i] != '.' {
			continue
		}
		cut := i + 1
		if body[cut] < 'A' || body[cut] > 'Z' {
			continue
		}
		prev := body[i-1]
		if (prev < 'a' || prev > 'z') && prev != '"' && prev != ')' && !(i >= start+3 && body[i-3] == 0xe2 && body[i-2] == 0x80 && body[i-1] == 0x9d) {
			continue // not after a word (or a closing quote)
		}
		if prev >= 'a' && prev <= 'z' && (body[i-2] < 'a' || body[i-2] > 'z') {
			continue // a one-letter abbreviation
		}
		out = append(out, [2]int{from, cut})
		from = cut
	}
	return append(out, [2]int{from, end})
}

// boldHeader finds "**...**" opening segment [start, end) after a list
// marker; it returns the bold text's range.
func boldHeader(body string, start, end int) (int, int, bool) {
	s := start
	for s < end && strings.ContainsRune(" \t-*0123456789.)", rune(body[s])) && !strings.HasPrefix(body[s:end], "**") {
		s++
	}
	if !strings.HasPrefix(body[s:end], "**") {
		return 0, 0, false
	}
	k := strings.Index(body[s+2:end], "**")
	if k <= 0 {
		return 0, 0, false
	}
	return s + 2, s + 2 + k, true
}

// semicolon is the one separator of a lead-in's components.
var semicolon = []string{";"}

// splitOn cuts [start, end) at each separator (case-insensitive), keeping
// non-empty parts.
func (e *commitEnv) splitOn(start, end int, seps []string) [][2]int {
	var out [][2]int
	low := e.lowered(start, end)
	from := 0
	for {
		best, bestLen := -1, 0
		for _, sep := range seps {
			if k := strings.Index(low[from:], sep); k >= 0 && (best < 0 || from+k < best) {
				best, bestLen = from+k, len(sep)
			}
		}
		if best < 0 {
			break
		}
		if strings.TrimSpace(low[from:best]) != "" {
			out = append(out, [2]int{start + from, start + best})
		}
		from = best + bestLen
	}
	if strings.TrimSpace(low[from:]) != "" {
		out = append(out, [2]int{start + from, end})
	}
	return out
}

// cutOffSentence reports a "heading" that is the text's last segment and
// runs to its end with at least ten words: a sentence cut off in the
// middle (an excerpt that stops at a fixed length), not a heading.
func cutOffSentence(c *facts.Context, i int) bool {
	seg := c.A.Sents[i]
	if i != len(c.A.Sents)-1 || strings.TrimSpace(c.A.Body[seg.End:]) != "" {
		return false
	}
	return len(token.Tokens(c.A.Body, seg.Start, seg.End)) >= 10
}
