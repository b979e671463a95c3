package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/token"
)

// numIrregularPlurals are count nouns that do not end in -s.
var numIrregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "personnel": true,
	"police": true, "aircraft": true, "staff": true, "civilians": true, "feet": true,
}

// at reads a numeric expression whose number starts at token i (or whose
// currency sign is token i); next is the token after the expression.
func (n *numScanner) at(i int) (numFound, int, bool) {
	f := numFound{unitStart: -1, unitEnd: -1, headStart: -1, headEnd: -1}
	if next, ok := n.edition(&f, i); ok {
		return f, next, true
	}
	numIdx, currency := n.currencyPrefix(i)
	v1, next, fromWord, scaled, ok := n.value(numIdx)
	if !ok || (fromWord && v1 == 1 && !scaled) {
		return f, i, false
	}
	f.fromWord, f.scaled = fromWord, scaled
	if n.notQuantity(i, numIdx, next) {
		return f, i, false
	}
	year := !fromWord && !scaled && currency == "" && n.toks[numIdx].kind == 'n' && numLooksYear(n.text(numIdx))
	next = n.restated(next, v1)
	f.low, f.high = v1, v1
	percent := false
	next, percent = n.percentAfter(next)
	if currency == "" {
		if c, after, ok := n.currencyWord(next); ok {
			currency, next = c, after
		}
	}
	// Ranges: "15,000 to 30,000", "15-20", "between 5 and 7".
	between := n.lower(i-1) == "between"
	if sep := n.lower(next); sep == "to" || (sep == "and" && between) || n.punct(next, "-") || n.punct(next, "–") || n.punct(next, "—") {
		secondIdx := next + 1
		if n.toks[numIdx].kind == 'n' && numIdx > i && secondIdx < len(n.toks) && n.text(secondIdx) == n.text(i) {
			secondIdx++ // "$5 to $7"
		}
		if v2, after, _, _, ok := n.value(secondIdx); ok && v2 > v1 {
			year = year && n.toks[secondIdx].kind == 'n' && numLooksYear(n.text(secondIdx))
			f.high, f.isRange, next = v2, true, after
			if v1 < v2/1000 && !scaled && v2 >= 1000000 {
				f.low = v1 * numScaleOf(v2)
			}
			if p, isPct := n.percentAfter(next); isPct {
				next, percent = p, true
			}
			if c, after, ok := n.currencyWord(next); ok && currency == "" {
				currency, next = c, after
			}
		}
	}
	if !percent && currency == "" && !f.isRange {
		next = n.partOf(next, v1)
		if after, ok := n.tally(numIdx, next, v1); ok {
			f.valueStart, f.valueEnd = n.toks[i].start, n.toks[after-1].end
			f.unit = "votes"
			n.qualifierBefore(&f, i, false)
			f.start, f.end = f.valueStart, f.valueEnd
			return f, after, true
		}
	}
	f.valueStart, f.valueEnd = n.toks[i].start, n.toks[next-1].end
	switch {
	case percent:
		f.unit = "percent"
	case currency != "":
		f.unit = currency
	default:
		var ok bool
		if next, ok = n.unitAfter(&f, next); !ok {
			return f, i, false
		}
	}
	if year && f.unit == "" {
		return f, i, false
	}
	n.qualifierBefore(&f, i, between)
	if f.qualifier == "over" && n.lx.duration[f.unit] {
		// "pledged €50bn over four years": a span of time, not a bound.
		f.qualifier, f.qualifierKind, f.valueStart = "", "", n.toks[i].start
	}
	f.start, f.end = f.valueStart, f.valueEnd
	if f.unitEnd > f.end {
		f.end = f.unitEnd
	}
	return f, next, true
}

// currencyPrefix reads a currency sign or code at i ("€", "US$", "EUR")
// followed by a number; it returns the number's token and the code.
func (n *numScanner) currencyPrefix(i int) (int, string) {
	t := n.toks[i]
	if t.kind == 'n' {
		return i, ""
	}
	if r, _ := utf8.DecodeRuneInString(n.s[t.start:]); unicode.IsLower(r) {
		return i, ""
	}
	rest := n.s[t.start:]
	if n.lx.prefixStart != nil && !n.lx.prefixStart[rest[0]] {
		return i, ""
	}
	for _, p := range n.lx.prefixes {
		if !strings.HasPrefix(rest, p) {
			continue
		}
		end := t.start + len(p)
		j := i
		for j < len(n.toks) && n.toks[j].end <= end {
			j++
		}
		if j > i && n.toks[j-1].end == end && j < len(n.toks) && n.toks[j].kind == 'n' && n.toks[j].start-end <= 1 {
			return j, n.lx.CurrencyPrefixes[p]
		}
	}
	return i, ""
}

// notQuantity reports a number that is an identifier, part of a code, a
// clock time or inside a URL.
func (n *numScanner) notQuantity(i, numIdx, next int) bool {
	t := n.toks[numIdx]
	if t.kind == 'n' {
		// Attached to letters: "F-16", "G7", "COVID-19", "5G".
		if numIdx > 0 && n.adjacent(numIdx-1, numIdx) {
			p := n.toks[numIdx-1]
			if p.kind == 'w' || (n.punct(numIdx-1, "-") && numIdx > 1 && n.adjacent(numIdx-2, numIdx-1) && n.toks[numIdx-2].kind == 'w') || n.punct(numIdx-1, "#") {
				return true
			}
		}
		if next < len(n.toks) && n.adjacent(next-1, next) && n.toks[next].kind == 'w' {
			if _, ok := n.lx.MeasureUnits[n.lower(next)]; !ok {
				return true
			}
		}
		// Clock times, both sides of the colon ("17:00 hours").
		if n.punct(next, ":") && next+1 < len(n.toks) && n.toks[next+1].kind == 'n' {
			return true
		}
		if n.punct(numIdx-1, ":") && n.adjacent(numIdx-1, numIdx) && numIdx > 1 && n.toks[numIdx-2].kind == 'n' && n.adjacent(numIdx-2, numIdx-1) {
			return true
		}
		// URLs, paths, e-mail addresses.
		a, b := t.start, t.end
		for a > 0 && !token.IsSpaceByte(n.s[a-1]) {
			a--
		}
		for b < len(n.s) && !token.IsSpaceByte(n.s[b]) {
			b++
		}
		if chunk := n.s[a:b]; strings.ContainsAny(chunk, "/@=\\") || strings.Contains(chunk, "www.") {
			return true
		}
	}
	prev := i - 1
	if n.punct(prev, ".") || n.punct(prev, "#") {
		prev-- // "No. 10"
	}
	if n.lx.identifier[n.lower(prev)] {
		return true
	}
	// "9 a.m.", "5 p.m."
	if w := n.lower(next); (w == "a" || w == "p") && n.punct(next+1, ".") && n.lower(next+2) == "m" {
		return true
	}
	return false
}

// percentAfter consumes "%", "percent", "per cent", "percentage points".
func (n *numScanner) percentAfter(next int) (int, bool) {
	for _, seq := range n.lx.percentSeqs {
		k := 0
		for ; k < len(seq); k++ {
			j := next + k
			if j >= len(n.toks) || (n.toks[j].kind == 'w' && n.lower(j) != seq[k]) || (n.toks[j].kind != 'w' && n.text(j) != seq[k]) {
				break
			}
		}
		if k == len(seq) {
			return next + k, true
		}
	}
	return next, false
}

// unitAfter finds the counted noun after the value: a measure word in
// adjectival form ("four-year") or the first plural noun among the next
// few words ("27 EU member states"). ok is false for an age ("45-year-old").
func (n *numScanner) unitAfter(f *numFound, next int) (int, bool) {
	if n.punct(next, "-") && n.adjacent(next-1, next) && n.adjacent(next, next+1) {
		if plural, ok := n.lx.MeasureUnits[n.lower(next+1)]; ok {
			if n.punct(next+2, "-") && n.lower(next+3) == "old" {
				return next, false
			}
			f.unit, f.adjectival = plural, true
			f.unitStart, f.unitEnd = n.toks[next+1].start, n.toks[next+1].end
			for k := next + 2; k < len(n.toks) && k < next+5; k++ {
				if n.toks[k].kind != 'w' || n.lx.notUnit[n.lower(k)] {
					break
				}
				f.headStart, f.headEnd = n.toks[k].start, n.toks[k].end
				if !numIsAdjectiveLike(n.lower(k)) {
					break
				}
			}
			return next + 2, true
		}
	}
	if next < len(n.toks) && n.adjacent(next-1, next) && n.toks[next].kind == 'w' {
		if plural, ok := n.lx.MeasureUnits[n.lower(next)]; ok { // "15km"
			f.unit, f.unitStart, f.unitEnd = plural, n.toks[next].start, n.toks[next].end
			return next + 1, true
		}
	}
	if next < len(n.toks) && n.toks[next].kind == 'w' {
		w := n.lower(next)
		if plural, ok := n.lx.MeasureUnits[w]; ok && n.lx.spaced[w] { // "2-3 day truce", "15 km"
			f.unit, f.unitStart, f.unitEnd = plural, n.toks[next].start, n.toks[next].end
			if k := next + 1; plural != w && k < len(n.toks) && n.toks[k].kind == 'w' && !n.lx.notUnit[n.lower(k)] {
				f.adjectival, f.headStart, f.headEnd = true, n.toks[k].start, n.toks[k].end
			}
			return next + 1, true
		}
		if w == "times" && (next+1 >= len(n.toks) || n.toks[next+1].kind == 'p') {
			// "bailed out 22 times.": a count of occurrences, not "three times more"
			f.unit, f.unitStart, f.unitEnd = w, n.toks[next].start, n.toks[next].end
			return next + 1, true
		}
	}
	for k := next; k < len(n.toks) && k < next+5; k++ {
		if n.toks[k].kind != 'w' {
			break
		}
		w := n.lower(k)
		if (w == "and" || w == "or") && k > next && k+1 < len(n.toks) && !n.lx.notUnit[n.lower(k+1)] {
			continue // "55 donor and implementing countries"
		}
		if n.lx.notUnit[w] {
			break
		}
		if r, _ := utf8.DecodeRuneInString(n.text(k)); unicode.IsUpper(r) {
			// "27 EU countries", "30 European leaders"; a capitalised
			// plural ends the phrase only before a stop ("the 27 Member
			// States.")
			if k > next && numIsPlural(w) && (k+1 >= len(n.toks) || n.toks[k+1].kind != 'w' || n.lx.notUnit[n.lower(k+1)]) {
				f.unit, f.unitStart, f.unitEnd = w, n.toks[k].start, n.toks[k].end
				return k + 1, true
			}
			continue
		}
		if numIsPlural(w) || numIrregularPlurals[w] {
			f.unit, f.unitStart, f.unitEnd = w, n.toks[k].start, n.toks[k].end
			return k + 1, true
		}
	}
	return next, true
}

// numIsPlural is a cheap test for an English plural noun.
func numIsPlural(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "ous"), w == "was", w == "has", w == "this", w == "its":
		return false
	}
	return true
}

// numIsAdjectiveLike reports words that usually precede the noun they
// qualify ("four-year long war", "five-day state visit").
func numIsAdjectiveLike(w string) bool {
	return strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ive") ||
		strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "long") || strings.HasSuffix(w, "old") || w == "state"
}

// qualifierBefore attaches "more than", "up to", "between" ... before
// token i to f.
func (n *numScanner) qualifierBefore(f *numFound, i int, between bool) {
	if between && f.isRange {
		f.qualifier, f.qualifierKind = "between", ""
		f.valueStart = n.toks[i-1].start
		return
	}
	for _, seq := range n.lx.qualifierSeqs {
		q := i - len(seq)
		if q < 0 {
			continue
		}
		k := 0
		for ; k < len(seq) && n.lower(q+k) == seq[k]; k++ {
		}
		if k == len(seq) {
			f.qualifier = strings.ToLower(n.s[n.toks[q].start:n.toks[i-1].end])
			f.qualifierKind = n.lx.Qualifiers[strings.Join(seq, " ")]
			f.valueStart = n.toks[q].start
			return
		}
	}
}

// numLooksYear reports a four-digit integer in the range of years.
func numLooksYear(t string) bool {
	if len(t) != 4 {
		return false
	}
	for k := 0; k < 4; k++ {
		if t[k] < '0' || t[k] > '9' {
			return false
		}
	}
	return t >= "1000" && t <= "2999"
}

// numScaleOf returns the power of a thousand of v (1e6 for 3.5e6).
func numScaleOf(v float64) float64 {
	s := 1.0
	for v >= 1000*s {
		s *= 1000
	}
	return s
}
