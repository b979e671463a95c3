package numbers

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/schema"
)

// ClaimsStage turns the numbers that count or measure something
// into Result.NumericClaims:
//
//   - Value is the expression as written with its qualifier ("more than
//     27", "up to 15", "90%", "€90 billion", "15,000 to 30,000"); Number
//     and High the normalised low and high ends; Unit the counted noun
//     ("leaders", "years"), "percent", or a currency code.
//   - About says what the number is about: for a duration ("a four-year
//     war", "guarantees lasting up to 15 years") "duration of" the thing
//     that lasts; for a percentage of something "share of" it ("70% of
//     voters backed ..."); otherwise the clause around the number, at most
//     a few words either side, with the number itself left out.
//   - Evidence is the span of the expression, qualifier to unit.
//
// A number without a unit is not a claim (an age after a name, a bare
// figure, a score), nor a count after a definite determiner that refers
// back ("the two leaders", or any value counted before in the document),
// while a definite sum, share, scaled or large count names a whole and
// stays ("the $44 billion it owes", "the 27 member states"); nor the count
// of a report's sources ("two diplomats said", "citing two officials").
// The same value and unit stated twice in a document is one claim with
// two pieces of evidence, unless the second adds to the first ("another
// $100 million"). It runs after numbersStage.
type ClaimsStage struct {
	Lexicon *Lexicon
}

// numDurationLinks are the words that tie a duration to what lasts
// ("guarantees lasting up to 15 years", "a ban for five years").
var numDurationLinks = map[string]bool{"lasting": true, "for": true, "spanning": true, "of": true, "running": true, "over": true,
	"lasted": true, "lasts": true, "last": true, "took": true, "takes": true}

// Apply fills Result.NumericClaims.
func (st ClaimsStage) Apply(a *model.Analysis) error {
	a.Result.NumericClaims = a.Result.NumericClaims[:0]
	index := map[string]int{}
	var sc numScratch
	var low string             // model.LowerBody(a), once a number is read again
	seen := map[float64]bool{} // values counted earlier in the document
	for k, m := range a.Numbers {
		if k > 0 {
			seen[a.Numbers[k-1].Low] = true
		}
		if m.Unit == "" {
			continue
		}
		s := a.Sents[m.Sent]
		if low == "" {
			low = model.LowerBody(a)
		}
		found, ok := numRescan(st.Lexicon, a, low, s, m, &sc)
		if !ok {
			continue
		}
		f := &found
		body := a.Body[s.Start:s.End]
		if numNotClaim(st.Lexicon, body, f, seen[m.Low]) {
			continue
		}
		value := strings.TrimSpace(body[f.valueStart:f.valueEnd])
		ev := a.Span(m.Start, m.End)
		key := strings.ToLower(value) + "|" + m.Unit
		switch numAnother(body[:f.valueStart]) {
		case "another":
			key += "|" + strconv.Itoa(m.Start) // "another $100 million": a new sum
		case "every":
			key += "|every" // "every three years": a frequency, not a duration
		}
		if k, ok := index[key]; ok {
			a.Result.NumericClaims[k].Evidence = append(a.Result.NumericClaims[k].Evidence, ev)
			continue
		}
		about := numAbout(st.Lexicon, body, f)
		c := model.NumericClaim{
			ID:    numClaimID(a, key),
			About: about, Value: value, Unit: m.Unit, Qualifier: m.Qualifier,
			Number: numPtr(m.Low), Evidence: []model.Span{ev},
		}
		if m.IsRange {
			c.High = numPtr(m.High)
		}
		index[key] = len(a.Result.NumericClaims)
		a.Result.NumericClaims = append(a.Result.NumericClaims, c)
	}
	st.dateClaims(a, index)
	return nil
}

// numRescan finds again the expression of mention m in a window of its
// segment s around it (the mention keeps only the summary); offsets in
// the result are relative to s. low is token.ASCIILower(a.Body).
func numRescan(lx *Lexicon, a *model.Analysis, low string, s model.Sent, m model.NumberMention, sc *numScratch) (numFound, bool) {
	ws, we := max(s.Start, m.Start-48), min(s.End, m.End+64)
	for ws > s.Start && !token.IsSpaceByte(a.Body[ws-1]) {
		ws--
	}
	for we < s.End && !token.IsSpaceByte(a.Body[we]) {
		we++
	}
	win := model.Sent{Start: ws, End: we}
	skip := numDateSpans(a, win)
	found, kept := []numFound(nil), false
	if ws == s.Start && we == s.End {
		found, kept = foundInSent(a, lx, m.Sent, s, skip) // the window is the whole segment
	}
	if !kept {
		found = numScanUntil(lx, a.Body[ws:we], low[ws:we], skip, sc, m.Start-ws)
	}
	for _, f := range found {
		if ws+f.start == m.Start {
			shift := ws - s.Start
			f.start += shift
			f.end += shift
			f.valueStart += shift
			f.valueEnd += shift
			if f.unitStart >= 0 {
				f.unitStart += shift
				f.unitEnd += shift
			}
			if f.headStart >= 0 {
				f.headStart += shift
				f.headEnd += shift
			}
			return f, true
		}
	}
	return numFound{}, false
}

// numNotClaim reports a count that refers back ("the two leaders"; a
// definite count of a value counted before, or of a small group) or
// counts the sources of a report ("two diplomats said").
func numNotClaim(lx *Lexicon, s string, f *numFound, countedBefore bool) bool {
	if f.qualifier == "" && !f.adjectival && !f.ordinal && (countedBefore || !numNamesTotal(lx, f)) {
		var buf [1]string
		if before := token.AppendLastFields(buf[:0], s[:f.valueStart], 1); len(before) > 0 {
			if lx.anaphoric[strings.ToLower(before[len(before)-1])] {
				return true
			}
		}
	}
	if f.qualifier == "" && numAfterMarker(lx.sourceSeqs, s[:f.valueStart]) {
		return true // "citing two officials"
	}
	if f.unitEnd >= 0 {
		var buf [2]string
		after := token.AppendFirstFields(buf[:0], s[f.unitEnd:], 2)
		for k := 0; k < len(after) && k < 2; k++ {
			if lx.reporting[strings.ToLower(strings.Trim(after[k], ",.;:"))] {
				return true
			}
		}
	}
	return false
}

// numNamesTotal reports a definite count that names the size of a whole
// rather than referring back to things counted before: a sum of money or
// a share ("the $44 billion it owes", "its 20% stake"), a scaled figure
// ("his 1.4 billion citizens") or a large count ("the 27 member states").
// Back references count small groups ("the two envoys", "its 12 members").
func numNamesTotal(lx *Lexicon, f *numFound) bool {
	return f.unit == "percent" || lx.isCurrency(f.unit) || f.scaled || f.low >= numTotalMin
}

// numTotalMin is the smallest count read as the size of a whole after a
// definite determiner.
const numTotalMin = 20

// numAfterMarker reports whether before ends with one of the word
// sequences seqs (case and final punctuation ignored).
func numAfterMarker(seqs [][]string, before string) bool {
	longest := 0
	for _, seq := range seqs {
		longest = max(longest, len(seq))
	}
	var buf [4]string
	w := token.AppendLastFields(buf[:0], before, longest) // all the words when fewer
	for _, seq := range seqs {
		if len(seq) > len(w) {
			continue
		}
		k := 0
		for ; k < len(seq) && strings.EqualFold(strings.Trim(w[len(w)-len(seq)+k], ",;:"), seq[k]); k++ {
		}
		if k == len(seq) {
			return true
		}
	}
	return false
}

// numAnother returns "another" when the text before a figure ends with
// "another" or "a further" (the figure adds to one stated before, so an
// equal value is not a repeat), "every" when it ends with "every" (a
// frequency, not the same figure as a duration), else "".
func numAnother(before string) string {
	var buf [2]string
	w := token.AppendLastFields(buf[:0], before, 2)
	if len(w) == 0 {
		return ""
	}
	switch last := strings.ToLower(w[len(w)-1]); {
	case last == "another" || last == "further" && len(w) > 1 && strings.EqualFold(w[len(w)-2], "a"):
		return "another"
	case last == "every":
		return "every"
	}
	return ""
}

// numDateSpans returns the date mentions of segment s relative to it.
func numDateSpans(a *model.Analysis, s model.Sent) [][2]int {
	var out [][2]int
	for _, d := range a.Dates {
		if d.Start >= s.Start && d.End <= s.End {
			out = append(out, [2]int{d.Start - s.Start, d.End - s.Start})
		}
	}
	return out
}

func numPtr(v float64) *float64 { return &v }

// numClaimID is "number:" + the document id + a hash of value and unit:
// a source's figure keeps its id across reloads.
func numClaimID(a *model.Analysis, key string) string {
	doc := ""
	if a.Doc != nil {
		doc = a.Doc.ID
	}
	h := sha256.Sum256([]byte(doc + "|" + key))
	return schema.PrefixNumber + hex.EncodeToString(h[:6])
}

// numAbout builds the short phrase of what a number is about.
func numAbout(lx *Lexicon, s string, f *numFound) string {
	cs, ce := numClauseBounds(s, f.start, f.end)
	if lx.duration[f.unit] {
		if f.adjectival && f.headStart >= 0 {
			return "duration of " + s[f.headStart:f.headEnd]
		}
		before := numWordsBefore(s, cs, f.valueStart, 4)
		if n := len(before); n > 0 && numDurationLinks[strings.ToLower(before[n-1])] {
			if np := numNounPhrase(lx, before[:n-1]); np != "" {
				return "duration of " + np
			}
		}
	}
	if f.unit == "percent" {
		// "70% of voters backed the plan": the share of the voters.
		if after := numWordsAfter(s, f.end, ce, 7); len(after) > 1 && strings.EqualFold(after[0], "of") {
			return "share of " + strings.Join(numTrimStop(lx, after[1:]), " ")
		}
	}
	before := numWordsBefore(s, cs, f.valueStart, 7)
	if numContentWords(lx, before) < 2 && cs > 0 {
		// A short clause ("to be attended by"): take the one before too.
		pcs, _ := numClauseBounds(s, cs-1, cs-1)
		before = numWordsBefore(s, pcs, f.valueStart, 7)
	}
	after := numWordsAfter(s, max(f.end, f.headEnd), ce, 5)
	var parts []string
	parts = append(parts, before...)
	if f.unitStart >= 0 && !f.adjectival {
		parts = append(parts, s[f.unitStart:f.unitEnd])
	} else if f.adjectival && f.unitStart >= 0 {
		parts = append(parts, s[f.unitStart:f.unitEnd])
		if f.headStart >= 0 {
			parts = append(parts, s[f.headStart:f.headEnd])
		}
	}
	parts = append(parts, after...)
	parts = numTrimStop(lx, parts)
	return strings.Join(parts, " ")
}

// numClauseBounds returns the clause of s around [start, end): bounded by
// , ; : ( ) " and dashes (spaced hyphen, en and em dash) and curly quotes.
// The bounds fall on rune boundaries outside the breaking character.
func numClauseBounds(s string, start, end int) (int, int) {
	cs := start
	for cs > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:cs])
		if numClauseBreak(r, s, cs-size, size) {
			break
		}
		cs -= size
	}
	ce := end
	for ce < len(s) {
		r, size := utf8.DecodeRuneInString(s[ce:])
		if numClauseBreak(r, s, ce, size) {
			break
		}
		ce += size
	}
	return cs, ce
}

// numClauseBreak reports whether rune r, at byte i of s and size bytes
// long, ends a clause.
func numClauseBreak(r rune, s string, i, size int) bool {
	switch r {
	case ',', ';', ':', '(', ')', '"', '\u2013', '\u2014', '\u201c', '\u201d':
		return true
	case '-':
		return i > 0 && i+size < len(s) && s[i-1] == ' ' && s[i+size] == ' '
	}
	return false
}

// numWordsBefore returns at most n words of s[from:to] nearest to to.
func numWordsBefore(s string, from, to, n int) []string {
	return numCleanWords(token.AppendLastFields(nil, s[from:to], n))
}

// numWordsAfter returns at most n words of s[from:to].
func numWordsAfter(s string, from, to, n int) []string {
	if from >= to {
		return nil
	}
	return numCleanWords(token.AppendFirstFields(nil, s[from:to], n))
}

// numCleanWords strips emphasis and final punctuation from words.
func numCleanWords(words []string) []string {
	out := words[:0]
	for _, w := range words {
		w = strings.Trim(w, "*_!?,;:\"“”()")
		if strings.Count(w, ".") == 1 && strings.HasSuffix(w, ".") {
			w = w[:len(w)-1] // a final stop, not "U.S."
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// numNounPhrase keeps the last words of ws that can form a noun phrase:
// it stops at a function word or a past participle ("offered").
func numNounPhrase(lx *Lexicon, ws []string) string {
	k := len(ws)
	for k > 0 && len(ws)-k < 3 {
		w := strings.ToLower(ws[k-1])
		if lx.notUnit[w] || strings.HasSuffix(w, "ed") {
			break
		}
		k--
	}
	return strings.Join(ws[k:], " ")
}

// numContentWords counts the words of ws that are not function words.
func numContentWords(lx *Lexicon, ws []string) int {
	n := 0
	for _, w := range ws {
		if !lx.notUnit[strings.ToLower(strings.Trim(w, ",;:"))] {
			n++
		}
	}
	return n
}

// numTrimStop drops function words at both ends of a phrase.
func numTrimStop(lx *Lexicon, ws []string) []string {
	for len(ws) > 0 && lx.notUnit[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	for len(ws) > 0 && lx.notUnit[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return ws
}
