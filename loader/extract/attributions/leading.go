package attributions

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/token"
)

// appositiveStart finds "X, speaking to reporters, said": when the words
// between the boundary before the verb and the verb are empty and the
// clause before that boundary opens with a participle after a comma, it
// returns where the source phrase X ends (the comma before the
// participle) and where it starts.
func appositiveStart(body string, start, b int) (int, int, bool) {
	b2, size2 := fxBoundaryBefore(body, start, b)
	if b2 < 0 || body[b2] != ',' {
		return 0, 0, false
	}
	app := token.Tokens(body, b2+size2, b)
	if len(app) == 0 || !strings.HasSuffix(app[0].Norm, "ing") {
		return 0, 0, false
	}
	npStart := start
	if b3, size3 := fxBoundaryBefore(body, start, b2); b3 >= 0 {
		npStart = b3 + size3
	}
	return npStart, b2, true
}

// appositiveName finds "Title, Name, said" and "Name, title of Org,
// said": the comma at b closes an apposition that, with the phrase before
// it, names a person in a few words. It returns where that phrase starts.
func (d *attribDoc) appositiveName(start, b int) (int, bool) {
	body := d.c.A.Body
	if body[b] != ',' {
		return 0, false
	}
	b2, size2 := fxBoundaryBefore(body, start, b)
	if b2 < 0 || body[b2] != ',' {
		return 0, false
	}
	npStart := start
	if b3, size3 := fxBoundaryBefore(body, start, b2); b3 >= 0 {
		npStart = b3 + size3
	}
	head, app := d.tokens(npStart, b2), d.tokens(b2+size2, b)
	if len(head) == 0 || len(app) == 0 || len(head) > 8 || len(app) > 8 || len(d.verbs(app)) > 0 {
		return 0, false
	}
	for _, m := range d.mentionsIn(npStart, b) {
		if m.Kind == "person" {
			return npStart, true
		}
	}
	return 0, false
}

// leading handles "X said (that) <claim>", "X has long said ...".
func (s attributionStage) leading(d *attribDoc, i int, toks []token.Tok) (rawAttrib, bool) {
	body := d.c.A.Body
	start, end := d.c.SentSpan(i)
	for _, v := range d.verbs(toks) {
		b, bsize := fxBoundaryBefore(body, start, v.Start)
		npStart := start
		if b >= 0 {
			npStart = b + bsize
		}
		asideAt := relativeAside(body, npStart, v.Start)
		if k := fxDashIn(body, npStart, v.Start); asideAt < 0 && k > npStart && k-start < datelineBytes && strings.ContainsAny(body[start:k], ",0123456789") {
			npStart = k // a dateline: "PARIS, May 2 – The ministry said"
		} else if p, ok := dashedPronoun(body, npStart, v.Start); ok {
			npStart = p // "with which X - he says - boasts ...": a parenthesis
		}
		npStop := s.stripAux(d, npStart, v.Start)
		if asideAt >= 0 {
			npStop = asideAt // "European leaders - who rushed to X - urged"
		}
		if npStart > start && asideAt < 0 {
			// "A, B, and C said": a list of states or bodies that opens the
			// sentence is one joint source, not its last members
			if _, ok := d.jointBodies(start, npStop); ok {
				npStart = start
			}
		}
		apposed, bare := false, false
		if b >= 0 && strings.TrimSpace(body[npStart:v.Start]) == "" {
			if as, ae, ok := appositiveStart(body, start, b); ok {
				npStart, npStop, apposed = as, ae, true
			} else if as, ok := d.appositiveName(start, b); ok {
				npStart, npStop, apposed = as, b, true
			} else {
				bare = true
			}
		}
		src, ok := d.sourceOf(npStart, npStop, s.lex.actorOnly.Has([]token.Tok{toks[v.From]}))
		if apposed && (!ok || src.kind != "person") || bare && !ok {
			// "Name, director at the Fund, speaking from X, noted", "The
			// Fund, a charity, noted": the phrase that opens the sentence
			// before its first comma is the subject
			if p, pok := d.openingSubject(start, npStart, apposed); pok {
				src, ok = p, true
			}
		}
		if !ok {
			continue
		}
		cs := claimStart(body, v.End, end, true)
		if len(d.tokens(cs, end)) < 3 {
			if rest := strings.TrimSpace(body[v.End:end]); strings.HasSuffix(rest, ":") && len(d.tokens(v.End, end)) <= 2 {
				// "X says:" and the quotation follows
				return rawAttrib{claimStart: end, claimEnd: end, src: src, colon: true}, true
			}
			continue
		}
		if cs == v.End && s.lex.objectVerbs.HasRaw(v.Phrase) && s.nounObject(d, cs, end) {
			continue // "X announced a new plan", "X welcomed the deal": no saying
		}
		if s.lex.quotedVerbs.HasRaw(v.Phrase) && !quoteIn(d.quotes, cs, end) {
			continue // "X called the prince a friend": no quoted words, no claim
		}
		if v.Phrase == "told" || v.Phrase == "tells" {
			// "X told Outlet that ...": the outlet relays, unless it is
			// the document's own
			if ms := d.mentionsIn(v.End, cs); len(ms) > 0 && ms[0].Kind == "outlet" && !d.isLocalOutlet(ms[0].Key) {
				src = src.relay(d.c, ms[0])
			}
		}
		return rawAttrib{claimStart: cs, claimEnd: end, src: src, leading: true, also: d.coSpeakers(npStart, npStop, src)}, true
	}
	return rawAttrib{}, false
}

// dashedPronoun finds a pronoun set off by a dash just before a saying
// verb in [start, pos) ("with which X - he says - has ..."): it returns
// where the pronoun starts.
func dashedPronoun(body string, start, pos int) (int, bool) {
	k := fxDashIn(body, start, pos)
	if k <= start {
		return 0, false
	}
	pr := token.Tokens(body, k, pos)
	if len(pr) != 1 || !fxPersonPronoun[pr[0].Norm] {
		return 0, false
	}
	return pr[0].Start, true
}

// relativeAside finds a relative clause set off by dashes that closes the
// source phrase [start, pos) ("leaders - who rushed to X - urged"): it
// returns where the aside opens, or -1.
func relativeAside(body string, start, pos int) int {
	seg := strings.TrimRight(body[start:pos], " ")
	for _, dash := range []string{" - ", " – ", " — "} {
		d := strings.TrimRight(dash, " ")
		if !strings.HasSuffix(seg, d) {
			continue
		}
		open := strings.Index(seg, dash)
		if open < 0 || open+len(dash) >= len(seg)-len(d) {
			continue
		}
		inner := token.Tokens(body, start+open+len(dash), start+len(seg)-len(d))
		if len(inner) > 0 && fxRelative[inner[0].Norm] {
			return start + open
		}
	}
	return -1
}

// openingSubject reads the phrase that opens the sentence at start, up
// to its first comma before pos, as a source ("Name, title of Org, ...",
// "Signatories, including A and B, ..."); person asks for a person.
func (d *attribDoc) openingSubject(start, pos int, person bool) (attribSource, bool) {
	body := d.c.A.Body
	c := strings.IndexByte(body[start:pos], ',')
	if c <= 0 {
		return attribSource{}, false
	}
	src, ok := d.sourceOf(start, start+c, false)
	if !ok || person && src.kind != "person" || src.kind == "document" {
		return attribSource{}, false
	}
	return src, true
}

// stripAux moves the end of a source phrase back over auxiliaries
// ("has long", "also") that stand between a source and its verb.
func (s attributionStage) stripAux(d *attribDoc, from, to int) int {
	toks := d.tokens(from, to)
	n := len(toks)
	for n > 0 {
		if !s.lex.aux.EndsBeforeIndexed(toks, n) {
			break
		}
		moved := false
		for _, p := range s.lex.aux.List {
			if j := n - len(p.Words); j >= 0 && p.MatchAt(toks, j) {
				n, moved = j, true
				break
			}
		}
		if !moved {
			break
		}
	}
	if n == 0 {
		return from
	}
	return toks[n-1].End
}

// fxBoundaryBefore returns the offset and byte length of the last comma,
// semicolon, colon or closing quote mark in [start, pos), or -1.
func fxBoundaryBefore(body string, start, pos int) (int, int) {
	for k := pos - 1; k >= start; k-- {
		switch body[k] {
		case ',', ';', ':', '"':
			return k, 1
		}
		if strings.HasPrefix(body[k:], "”") {
			return k, len("”")
		}
	}
	return -1, 0
}

// fxQuoteNear reports a quotation mark at or just before byte b.
func fxQuoteNear(body string, b int) bool {
	lo := max(0, b-4)
	seg := body[lo:min(len(body), b+len("”"))]
	return strings.ContainsAny(seg, "\"”")
}
