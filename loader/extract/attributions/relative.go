package attributions

import "strings"
import "github.com/kg-project/kg/loader/extract/token"

// relativeSpeaker handles "<person>, who said <claim>": a relative clause
// whose verb reports, after a named person (or body) that closes the noun
// phrase before the comma ("... by Minister X on Thursday, who said the
// bridges would reopen"). The claim runs from after the verb (and a
// "that") to the end of the sentence; the person is its source.
func (s attributionStage) relativeSpeaker(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Norm != "who" || !strings.Contains(body[toks[k-1].End:toks[k].Start], ",") {
			continue
		}
		v := k + 1
		for v < len(toks) && phraseLenAt(&s.lex.aux, toks, v) > 0 {
			v += phraseLenAt(&s.lex.aux, toks, v)
		}
		n := phraseLenAt(&s.lex.verbs, toks, v)
		if n == 0 || phraseLenAt(&s.lex.objectVerbs, toks, v) > 0 {
			continue
		}
		ante, ok := d.antecedent(start, toks[k-1].End)
		if !ok {
			continue
		}
		cs := toks[v+n-1].End
		if v+n < len(toks) && toks[v+n].Norm == "that" {
			cs = toks[v+n].End
		}
		if inQuote(d.quotes, toks[k].Start) || len(d.tokens(cs, end)) < 3 {
			continue
		}
		return rawAttrib{claimStart: cs, claimEnd: end, src: ante}, true
	}
	return rawAttrib{}, false
}

// relativeSource handles "<thing> which X said <predicate>": a relative
// clause whose subject reports on the thing before it ("an agreement
// which state television said covered energy and defence"). The claim is
// the predicate after the verb.
func (s attributionStage) relativeSource(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	_, end := d.c.SentSpan(i)
	for _, v := range d.verbs(toks) {
		for k := v.From - 2; k >= 1 && k >= v.From-6; k-- {
			if toks[k].Norm != "which" {
				continue
			}
			if _, dashed := dashedPronoun(body, toks[k+1].Start, v.Start); dashed {
				break // "with which X - he says - has": the leading pattern's
			}
			src, ok := d.sourceOf(toks[k+1].Start, s.stripAux(d, toks[k+1].Start, v.Start), false)
			if !ok || src.kind == "document" || fxPersonPronoun[toks[k+1].Norm] || toks[k+1].Norm == "they" {
				break
			}
			if len(d.tokens(v.End, end)) < 3 {
				break
			}
			return rawAttrib{claimStart: v.End, claimEnd: end, src: src}, true
		}
	}
	return rawAttrib{}, false
}

// antecedentWords is how many words may follow the antecedent of a
// relative "who" before its comma ("X on Thursday, who").
const antecedentWords = 3

// antecedent is the person (else organisation) named last in [s, e),
// ending at most antecedentWords words before e, not as a possessor.
func (d *attribDoc) antecedent(s, e int) (attribSource, bool) {
	body := d.c.A.Body
	ms := d.mentionsIn(s, e)
	for _, kind := range []string{"person", "organization"} {
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.Kind != kind || token.IsPossessiveAfter(body, m.End) {
				continue
			}
			if len(d.tokens(m.End, e)) <= antecedentWords {
				return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
			}
			break
		}
	}
	return attribSource{}, false
}

// firstWithin is ps.First(toks) when that hit starts at most maxFrom
// words in, found without trying the words after; false otherwise.
func firstWithin(ps *token.Phrases, toks []token.Tok, maxFrom int) (token.Hit, bool) {
	for i := 0; i < len(toks) && i <= maxFrom; i++ {
		if k := ps.LongestAt(toks, i); k >= 0 {
			n := len(ps.List[k].Words)
			return token.Hit{From: i, To: i + n, Start: toks[i].Start, End: toks[i+n-1].End, Phrase: ps.List[k].Raw}, true
		}
	}
	return token.Hit{}, false
}

// phraseLenAt is how many words the longest phrase of ps matching toks at
// i spans, 0 when none matches.
func phraseLenAt(ps *token.Phrases, toks []token.Tok, i int) int {
	if i >= len(toks) {
		return 0
	}
	if k := ps.LongestAt(toks, i); k >= 0 {
		return len(ps.List[k].Words)
	}
	return 0
}

// stanceOf handles "<actor>'s position that <claim>": a possessive actor
// before a noun of stance (position, view, demand) and "that"; the claim
// runs to the end of the sentence.
func (s attributionStage) stanceOf(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	_, end := d.c.SentSpan(i)
	for _, h := range d.hits(&s.lex.stanceNouns, toks) {
		if h.To >= len(toks) || toks[h.To].Norm != "that" || h.From == 0 {
			continue
		}
		prev := toks[h.From-1]
		for _, m := range d.mentionsIn(max(0, prev.Start-60), prev.End+3) {
			if m.End < prev.Start-3 || !token.IsPossessiveAfter(body, m.End) || m.Kind == "place" {
				continue
			}
			cs := toks[h.To].End
			if len(d.tokens(cs, end)) < 3 {
				break
			}
			return rawAttrib{claimStart: cs, claimEnd: end, src: attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}}, true
		}
	}
	return rawAttrib{}, false
}
