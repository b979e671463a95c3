package events

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// A sentence may tell several events, each with its own day and place
// ("the Ohrid meeting ... their previous meeting in Brussels on 27
// February, Borrell told a news conference on Saturday"). splitMentions
// cuts such a sentence into one part per trigger and reads each part
// alone.

// splitMentions returns the mentions of the parts of segment i when it
// holds several triggers; differ reports parts that disagree on type,
// day or place (the sentence is then read by parts, else whole, the
// parts serving only when the whole reading finds no event: "strikes
// following the Pahalgam attack", where only the named attack counts).
func (s eventStage) splitMentions(c *facts.Context, i int) (parts []eventMention, differ bool) {
	start, end := c.SentSpan(i)
	sr := s.seg(c, i)
	toks := sr.toks
	sign, signed := s.signingAt(c.A.Body, toks, sr)
	// "met in Kyiv and (the two leaders) signed a security agreement": a
	// signing coordinated with another event
	signed = signed && fxHasAny(toks[max(0, sign.From-4):sign.From], "and")
	if n := len(sr.open); n < 2 && !(n == 1 && signed) {
		return nil, false
	}
	hits := append(make([]token.Hit, 0, len(sr.open)+1), sr.open...) // sorted below: a copy
	if signed {
		hits = append(hits, sign)
	}
	sort.Slice(hits, func(a, b int) bool { return hits[a].From < hits[b].From })
	var kept []token.Hit
	for _, h := range hits {
		if n := len(kept); n > 0 && h.From < kept[n-1].To+4 {
			continue // overlapping or close: one trigger ("joint press conference")
		}
		kept = append(kept, h)
	}
	if len(kept) < 2 {
		return nil, false
	}
	// the part of a trigger runs to the last comma before the next one,
	// else to the last relative marker ("... and months after a meeting"),
	// else to the last "and", else to the trigger's own end (modifiers
	// come before their noun)
	bounds := []int{start}
	for k := 0; k+1 < len(kept); k++ {
		bounds = append(bounds, s.partBound(c, toks, kept[k], kept[k+1]))
	}
	bounds = append(bounds, end)
	var placeless []int // parts without a place or day, joined by "and" to the next part
	for k := range kept {
		m, ok := s.mentionInSpan(c, i, bounds[k], bounds[k+1])
		if !ok {
			continue
		}
		if k > 0 {
			switch s.toldAsEarlier(c, bounds[k], kept[k]) {
			case earlierLong:
				continue // "months after a row in the Oval Office": background
			case earlier:
				m.past = true // "two days after X met Y": before the sentence's event
			}
		}
		for _, j := range placeless {
			// "a meeting with X and an exchange with reporters in Y on
			// Monday": the place and day of the last of coordinated parts
			// are those of each
			if parts[j].placeKey == "" {
				parts[j].placeKey = m.placeKey
			}
			if parts[j].date == "" {
				parts[j].date = m.date
			}
		}
		placeless = placeless[:0]
		if n := len(parts); n > 0 && m.placeKey == "" && k > 0 && coordinatedAt(c.A.Body, bounds[k]) {
			// "met Y in Z and signed an agreement": the signing in Z
			m.placeKey = parts[n-1].placeKey
		}
		if (m.placeKey == "" || m.date == "") && k+1 < len(kept) && coordinatedAt(c.A.Body, bounds[k+1]) {
			placeless = append(placeless, len(parts))
		}
		for _, p := range parts {
			if p.typ != m.typ && !(s.Lex.gatherings[p.typ] && s.Lex.gatherings[m.typ]) ||
				p.date != "" && m.date != "" && p.date != m.date || p.placeKey != "" && m.placeKey != "" && p.placeKey != m.placeKey {
				differ = true
			}
		}
		parts = append(parts, m)
	}
	return parts, differ
}

// durationUnits before a relative marker belong to the part it opens
// ("two days after", "months after").
var durationUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "hours": true}

// earlierMarkers open a part telling an event before the sentence's
// main one ("... two days after X met Y", "months after a row").
var earlierMarkers = map[string]bool{"after": true, "following": true, "since": true}

// How much earlier than the sentence's main event a part tells its own.
const (
	notEarlier = iota
	earlier
	earlierLong // months or years: background
)

// longUnits before "after" make the part's event background.
var longUnits = map[string]bool{"month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true}

// toldAsEarlier reports whether a part from offset from, whose trigger
// is h, opens with "after", "following" or "since" at most three words
// in, and whether months or years come before it ("months after").
func (s eventStage) toldAsEarlier(c *facts.Context, from int, h token.Hit) int {
	toks := token.Tokens(c.A.Body, from, h.Start)
	for k, t := range toks {
		if k < 4 && earlierMarkers[t.Norm] {
			if k > 0 && longUnits[toks[k-1].Norm] {
				return earlierLong
			}
			return earlier
		}
	}
	return notEarlier
}

// coordinatedAt reports a part bound at "and" (the word ending at
// bound, or opening the next part after a comma).
func coordinatedAt(body string, bound int) bool {
	before := token.Tokens(body, max(0, bound-5), bound)
	if n := len(before); n > 0 && before[n-1].Norm == "and" && before[n-1].End == bound {
		return true
	}
	after := token.Tokens(body, bound, min(len(body), bound+6))
	return len(after) > 0 && after[0].Norm == "and" && strings.TrimSpace(body[bound:after[0].Start]) == ""
}

// partBound is where the part of trigger a ends and that of the next
// trigger b begins: at the last comma between them, else at the last
// relative marker, "and" or part opener (a preposition or relative word:
// "at their previous meeting"), else right after a.
func (s eventStage) partBound(c *facts.Context, toks []token.Tok, a, b token.Hit) int {
	between := toks[a.To:b.From]
	rel := -1 // the last relative marker, with a duration before it ("two days after")
	if rs := s.Lex.relative.All(between); len(rs) > 0 {
		r := rs[len(rs)-1]
		rel = r.Start
		if k := r.From; k > 0 && durationUnits[between[k-1].Norm] {
			rel = between[k-1].Start // "months after"
			if k > 1 && s.Lex.dayCounts[between[k-2].Norm] > 0 {
				rel = between[k-2].Start // "two days after"
			}
		}
	}
	for j := b.Start - 1; j >= a.End; j-- {
		if ch := c.A.Body[j]; ch == ',' || ch == ';' {
			return max(j+1, rel) // a relative marker after the comma opens the part
		}
	}
	if rel >= 0 {
		return rel
	}
	for j := len(between) - 1; j >= 0; j-- {
		if w := between[j].Norm; w == "and" {
			return between[j].End
		} else if s.Lex.partOpeners[w] {
			return between[j].Start // "at their previous meeting"
		}
	}
	return a.End
}

// borrowActors gives a part [start, end) of segment i without actors of
// its own those told before it in the sentence ("Kosovo and Serbia
// accepted at their previous meeting"), else those after it ("Speaking at
// a press conference, Anna Berg said").
func borrowActors(c *facts.Context, i, start, end int, m *eventMention) {
	ss, se := c.SentSpan(i)
	if len(m.participants) > 0 || start == ss && end == se {
		return
	}
	for _, span := range [][2]int{{ss, start}, {end, se}} {
		for _, mn := range c.MentionsIn(span[0], span[1]) {
			if facts.IsActor(mn) && !token.IsPossessiveAfter(c.A.Body, mn.End) {
				m.participants = facts.AppendUnique(m.participants, mn.Key)
			}
		}
		if len(m.participants) > 0 {
			return
		}
	}
}
