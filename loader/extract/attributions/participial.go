package attributions

import (
	"github.com/kg-project/kg/loader/extract/token"
)

// participial handles "X posted on X saying ...", "the minister made a
// post announcing that ...": the subject of the clause before the
// participle says what follows it.
func (s attributionStage) participial(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	h, ok := d.first(&s.lex.participles, toks)
	if !ok || h.From == 0 {
		return rawAttrib{}, false
	}
	clause := start
	if b, size := fxBoundaryBefore(body, start, h.Start); b >= 0 {
		clause = b + size
		if len(d.tokens(clause, h.Start)) == 0 {
			// "X made a post, saying ...": the clause before the comma
			if b2, size2 := fxBoundaryBefore(body, start, b); b2 >= 0 {
				clause = b2 + size2
			} else {
				clause = start
			}
		}
	}
	src, ok := d.clauseSubject(clause, h.Start)
	if ok && src.kind == "person" && clause > start && d.apposedObject(clause, h.Start) {
		// "X offered a defence of the president, Y, saying ...": Y is in
		// apposition to an object, X is the subject
		if p, pok := d.clauseSubject(start, clause); pok && p.kind == "person" {
			src = p
		}
	}
	if !ok {
		return rawAttrib{}, false
	}
	cs := h.End
	if tail := d.tokens(h.End, end); len(tail) > 0 && tail[0].Norm == "that" {
		cs = tail[0].End
	}
	if len(d.tokens(cs, end)) < 3 {
		return rawAttrib{}, false
	}
	return rawAttrib{claimStart: cs, claimEnd: end, src: src}, true
}

// apposedObject reports a clause [s, e) that is only a person's name set
// off by commas after a phrase governed by a preposition ("... of the
// president, Y,").
func (d *attribDoc) apposedObject(s, e int) bool {
	ms := d.mentionsIn(s, e)
	if len(ms) != 1 || ms[0].Kind != "person" || len(d.tokens(s, e)) != len(d.tokens(ms[0].Start, ms[0].End)) {
		return false
	}
	before := d.tokens(max(0, s-60), s)
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		if fxPreposition[before[k].Norm] && before[k].Norm != "and" {
			return true
		}
	}
	return false
}

// clauseSubject finds who acts in the clause [s, e): the first person it
// names, else a person it names by office, else the first state or body
// it names (not by adjective, not as a possessor).
func (d *attribDoc) clauseSubject(s, e int) (attribSource, bool) {
	ms := d.mentionsIn(s, e)
	for _, m := range ms {
		if m.Kind == "person" && !token.IsPossessiveAfter(d.c.A.Body, m.End) {
			return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
		}
	}
	if toks := d.tokens(s, e); len(toks) > 0 {
		if p, ok := d.roleReference(toks); ok {
			return p, true
		}
	}
	for _, m := range ms {
		if (m.Kind == "organization" || m.Kind == "country" && m.Form != "adjective") && !token.IsPossessiveAfter(d.c.A.Body, m.End) {
			return attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, true
		}
	}
	return attribSource{}, false
}
