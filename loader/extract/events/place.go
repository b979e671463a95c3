package events

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// Where an event takes place: a place introduced by a preposition, named
// in the event's name ("the Jeddah talks"), or a seat used as a venue.

// placeRightAfter is the place named right after offset at (before
// end), alone or after "in", "at", "to" or "the" ("arriving in Dubai",
// "a visit to the palace"); "" when none.
func placeRightAfter(c *facts.Context, at, end int) string {
	for _, mn := range c.MentionsIn(at, end) {
		if mn.Kind != "place" {
			return ""
		}
		for _, w := range token.Tokens(c.A.Body, at, mn.Start) {
			if w.Norm != "in" && w.Norm != "at" && w.Norm != "to" && w.Norm != "the" {
				return ""
			}
		}
		return mn.Key
	}
	return ""
}

// placeAt reports a place mention starting right after offset at
// (before end).
func placeAt(c *facts.Context, at, end int) bool {
	for _, mn := range c.MentionsIn(at, end) {
		return mn.Kind == "place" && strings.TrimSpace(c.A.Body[at:mn.Start]) == ""
	}
	return false
}

// placeNamedBefore finds a capitalised word right before the trigger
// that is a place the document names elsewhere ("the 12-hour Ohrid
// meeting" where Ohrid is told as a place before): the event's name.
func placeNamedBefore(c *facts.Context, toks []token.Tok, hit token.Hit) string {
	w := toks[hit.From-1]
	text := c.A.Body[w.Start:w.End]
	if r := []rune(text); len(r) < 3 || !unicode.IsUpper(r[0]) {
		return ""
	}
	return placeKeyNamed(c, text)
}

// placeKeyNamed is the place the document names with text elsewhere,
// "" when none.
func placeKeyNamed(c *facts.Context, text string) string {
	for _, mn := range c.A.Mentions {
		if mn.Kind == "place" && mn.Text == text {
			return mn.Key
		}
	}
	return ""
}

// venuePrepBefore reports "in", "at" or "to", with or without "the",
// right before offset at (not before start): a venue follows.
func (s eventStage) venuePrepBefore(c *facts.Context, start, at int) bool {
	before := token.Tokens(c.A.Body, max(start, at-8), at)
	n := len(before)
	if n > 0 && before[n-1].Norm == "the" {
		n--
	}
	return n > 0 && (before[n-1].Norm == "to" || s.Lex.placePreps.EndsBeforeIndexed(before, n))
}

// nameGapWords between a place and a trigger show the place is not part
// of the event's name.
var nameGapWords = map[string]bool{"for": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"with": true, "and": true, "by": true, "after": true, "before": true, "from": true, "as": true}

// namesEventAt reports a place mention [placeStart, placeEnd) that names the
// event whose trigger starts at trigger: at most two words between them,
// without punctuation ("the Jeddah talks", "the Pahalgam terror attack").
func namesEventAt(body string, placeStart, placeEnd, trigger int) bool {
	if placeEnd > trigger || trigger-placeEnd > 40 || placeStart > 0 && body[placeStart-1] == '-' {
		return false // "China-Africa forum": the place is part of a longer name
	}
	gap := body[placeEnd:trigger]
	if strings.HasPrefix(gap, "'") || strings.HasPrefix(gap, "’") {
		return false // "London's talks" is no name
	}
	words := strings.Fields(gap)
	if len(words) > 2 || !strings.HasPrefix(gap, " ") {
		return false
	}
	for _, w := range words {
		if nameGapWords[strings.ToLower(w)] {
			return false // "visited Paris for talks": Paris is no name of the talks
		}
		for _, r := range w {
			if !token.IsWordRune(r) && r != '-' {
				return false
			}
		}
	}
	return true
}
