package query

import (
	"testing"
	"testing/fstest"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

func testQuantities(t *testing.T) *quantityLexicon {
	t.Helper()
	lex, err := readQuantities(fstest.MapFS{
		"lexicon/numbers.yaml": {Data: []byte("qualifiers:\n  more than: min\n  at least: min\n  up to: max\n  about: approx\n")},
		"lexicon/quantities.yaml": {Data: []byte("strict_bounds: [more than]\napprox_tolerance: 0.1\n" +
			"unit_classes:\n  parties: [countries, leaders]\nsubject_stopwords: [the, of, to, be]\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func num(v float64, qualifier string) *NumericClaim {
	n := &NumericClaim{Number: &v}
	if qualifier != "" {
		n.Qualifier = &qualifier
	}
	return n
}

func TestIntervalsDisagree(t *testing.T) {
	lex := testQuantities(t)
	high := 35.0
	ranged := &NumericClaim{Number: num(30, "").Number, High: &high}
	for _, c := range []struct {
		name     string
		a, b     *NumericClaim
		disagree bool
	}{
		{"same number", num(27, ""), num(27, ""), false},
		{"different numbers", num(27, ""), num(35, ""), true},
		{"exact against a strict lower bound", num(27, ""), num(27, "more than"), true},
		{"exact against an inclusive lower bound", num(27, ""), num(27, "at least"), false},
		{"above a strict bound", num(28, ""), num(27, "more than"), false},
		{"upper bound", num(20, ""), num(15, "up to"), true},
		{"approximation covers", num(29, ""), num(30, "about"), false},
		{"approximation misses", num(20, ""), num(30, "about"), true},
		{"inside a range", num(32, ""), ranged, false},
		{"outside a range", num(27, ""), ranged, true},
	} {
		a, _ := lex.intervalOf(c.a)
		b, _ := lex.intervalOf(c.b)
		if got := a.disjoint(b); got != c.disagree {
			t.Errorf("%s: disjoint = %v, want %v", c.name, got, c.disagree)
		}
	}
	if _, ok := lex.intervalOf(&NumericClaim{}); ok {
		t.Error("a claim without a number has an interval")
	}
}

func TestUnitsAndSubjects(t *testing.T) {
	lex := testQuantities(t)
	if lex.unitKey("Leaders") != lex.unitKey("countries") {
		t.Error("leaders and countries are not one unit class")
	}
	if lex.unitKey("years") == lex.unitKey("countries") {
		t.Error("years count parties")
	}
	toks := lex.subjectTokens("the duration of the war to be agreed", "years")
	for _, w := range []string{"duration", "war", "agreed"} {
		if !toks[w] {
			t.Errorf("subject word %q missing from %v", w, toks)
		}
	}
	if toks["the"] || toks["of"] {
		t.Errorf("stop words kept: %v", toks)
	}
	a := &numberFacts{tokens: map[string]bool{"duration": true, "war": true}}
	b := &numberFacts{tokens: map[string]bool{"duration": true, "guarantees": true, "offered": true}}
	c := &numberFacts{tokens: map[string]bool{"war": true, "duration": true, "ukraine": true}}
	if sameSubject(a, b) {
		t.Error("one generic shared word made two subjects one")
	}
	if !sameSubject(a, c) {
		t.Error("two shared words did not make one subject")
	}
}

func TestSameEvent(t *testing.T) {
	ev := func(id, typ, place, date string) *props {
		p := &props{iri: quad.IRI(id), out: map[quad.IRI][]labelled{}}
		p.out[schema.EventType] = []labelled{{val: quad.String(typ)}}
		if place != "" {
			p.out[schema.Location] = []labelled{{val: quad.IRI(place)}}
		}
		if date != "" {
			p.out[schema.Date] = []labelled{{val: quad.String(date)}}
		}
		return p
	}
	if !sameEvent(ev("e1", "summit", "p", "2026-01-06"), ev("e2", "summit", "p", "")) {
		t.Error("an undated summit at the same place is not the same occasion")
	}
	if sameEvent(ev("e1", "summit", "p", "2026-01-06"), ev("e2", "summit", "p", "2026-02-01")) {
		t.Error("summits on two dates are one occasion")
	}
	if sameEvent(ev("e1", "summit", "p", ""), ev("e2", "meeting", "p", "")) {
		t.Error("a summit and a meeting are one occasion")
	}
	if sameEvent(ev("e1", "talks", "", ""), ev("e2", "talks", "", "")) {
		t.Error("unplaced talks are one occasion")
	}
}

func TestUnionCountsGroups(t *testing.T) {
	u := newUnion()
	for _, d := range []string{"a", "b", "c", "d"} {
		u.add(d)
	}
	u.join("a", "outlet X")
	u.join("b", "outlet X") // same outlet
	u.join("c", "text same words")
	u.join("d", "text same words") // a reprint
	if n := u.count(); n != 2 {
		t.Errorf("count = %d, want 2", n)
	}
}

func TestEndsWithWordAndEvidenceDoc(t *testing.T) {
	joined := `"jana novak"` + "\x1f" + `"novak"`
	if !endsWithWord(joined, "novak") || endsWithWord(joined, "jana") || endsWithWord(joined, "vak") {
		t.Error("endsWithWord")
	}
	if got := evidenceDoc(schema.ID("ev:doc-1:10-20:abcdef")); got != schema.SourceIRI("doc-1") {
		t.Errorf("evidenceDoc = %s", got)
	}
	if got := evidenceDoc(schema.ID("person:x")); got != "" {
		t.Errorf("evidenceDoc of a person = %s", got)
	}
}
