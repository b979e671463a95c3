package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tense words: English grammar, not a domain lexicon.
var (
	// futureWords mark a clause about the future ("will meet", "is due
	// to", "the planned talks").
	futureWords = map[string]bool{
		"will": true, "shall": true, "ll": true, "would": true, "going": true, "due": true,
		"scheduled": true, "expected": true, "planned": true, "plans": true, "plan": true,
		"upcoming": true, "intends": true, "intend": true, "aims": true, "hopes": true,
		"forthcoming": true, "next": true, "wouldn": true,
	}
	// pastAux are auxiliaries in the past tense.
	pastAux = map[string]bool{"was": true, "were": true, "did": true, "had": true, "didn": true, "wasn": true, "weren": true, "hadn": true}
	// passiveAux come before a participle that is no past tense ("will be
	// signed"): the word before them decides.
	passiveAux = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "get": true}
	// irregularPast are common irregular verbs in the simple past.
	irregularPast = map[string]bool{
		"met": true, "held": true, "said": true, "told": true, "took": true, "gave": true, "spoke": true,
		"went": true, "came": true, "made": true, "began": true, "saw": true, "sent": true, "won": true,
		"led": true, "fell": true, "rose": true, "struck": true, "brought": true, "bought": true,
		"thought": true, "fought": true, "left": true, "lost": true, "paid": true, "found": true,
		"kept": true, "meant": true, "ran": true, "sat": true, "stood": true, "wrote": true, "drove": true,
		"flew": true, "knew": true, "grew": true, "threw": true, "broke": true, "chose": true,
		"became": true, "got": true, "sought": true, "shot": true, "sold": true, "withdrew": true,
		"felt": true, "heard": true, "laid": true, "agreed": true, "hosted": true, "undertook": true,
		"overtook": true, "arose": true, "dealt": true, "swore": true, "wore": true, "forgave": true,
	}
	// determiners after "to" make it a preposition ("went to the summit").
	determiners = map[string]bool{
		"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
		"our": true, "this": true, "that": true, "these": true, "those": true, "my": true, "your": true,
	}
	// clauseWords open a new clause: the tense of the date's clause is not
	// read across them.
	clauseWords = map[string]bool{
		"that": true, "which": true, "who": true, "whom": true, "where": true, "when": true,
		"while": true, "but": true, "because": true, "although": true, "though": true, "after": true,
		"before": true, "until": true, "if": true, "since": true, "whereas": true,
	}
)

// clauseStops are characters that end a clause.
const clauseStops = ";:—–\"“”()\n"

// ClauseTense reads the tense of the clause of s in which the date
// expression s[start:end] stands: -1 past ("leaders met on Monday"), +1
// future ("will meet on Friday", "talks are scheduled for Friday"), 0
// when the clause does not tell (present tense, no verb). The verb
// nearest before the date in its clause decides, else the first after
// it ("On Monday, the ministers met").
//
// A clause without a finite verb opened by a gerund ("after meeting Y
// on Friday") takes the tense of the clause it depends on ("X reversed
// course after meeting Y on Friday": the Friday before).
func ClauseTense(s string, start, end int) int {
	words := clauseWordsAround(s, start, end)
	before, after, governing := words[0], words[1], words[2]
	for i := len(before) - 1; i >= 0; i-- {
		if t, ok := tenseAt(before, i); ok {
			return t
		}
	}
	for i := range after {
		if t, ok := tenseAt(after, i); ok {
			return t
		}
	}
	for i := len(governing) - 1; i >= 0; i-- {
		if t, ok := tenseAt(governing, i); ok {
			return t
		}
	}
	return 0
}

// gerundOpeners open a clause that may hold a gerund instead of a
// finite verb ("after meeting", "while visiting").
var gerundOpeners = map[string]bool{"after": true, "before": true, "while": true, "when": true, "since": true, "until": true}

// tenseAt decides the tense from word i of ws (lower case, in order), ok
// false when the word says nothing.
func tenseAt(ws []string, i int) (int, bool) {
	w := ws[i]
	switch {
	case w == "to" && i+1 < len(ws) && ws[i+1] != "" && !determiners[ws[i+1]]:
		return 0, true // "agreed to meet on Friday": future of a past, left open
	case futureWords[w]:
		return 1, true
	case pastAux[w]:
		return -1, true
	case irregularPast[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		if i > 0 && (passiveAux[ws[i-1]] || futureWords[ws[i-1]]) {
			return 0, false // "will be signed": the auxiliary decides
		}
		if i > 0 && (ws[i-1] == "to" || ws[i-1] == "has" || ws[i-1] == "have") {
			return -1, ws[i-1] != "to"
		}
		return -1, true
	}
	return 0, false
}

// clauseWordsAround returns the lower-cased words of the clause before
// s[start:] and after s[:end], each stopping at a clause boundary, and,
// when the clause opens with a gerund after a gerund opener ("after
// meeting"), the words of the clause before it.
func clauseWordsAround(s string, start, end int) [3][]string {
	var out [3][]string
	// Before: walk back to a stop character, then keep the words after
	// the last clause word.
	from := start
	for from > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:from])
		if strings.ContainsRune(clauseStops, r) || r == '-' && from >= 2 && s[from-2] == ' ' && from < len(s) && s[from] == ' ' {
			break
		}
		from -= size
	}
	before := lowerWordsOf(s[from:start])
	for i := len(before) - 1; i >= 0; i-- {
		if clauseWords[before[i]] {
			if gerundOpeners[before[i]] && i+1 < len(before) && len(before[i+1]) > 4 && strings.HasSuffix(before[i+1], "ing") {
				out[2] = before[:i]
			}
			before = before[i+1:]
			break
		}
	}
	to := end
	for to < len(s) {
		r, size := utf8.DecodeRuneInString(s[to:])
		if strings.ContainsRune(clauseStops, r) {
			break
		}
		to += size
	}
	after := lowerWordsOf(s[end:to])
	for i, w := range after {
		if clauseWords[w] {
			after = after[:i]
			break
		}
	}
	out[0], out[1] = before, after
	return out
}

// lowerWordsOf splits s into lower-cased words of letters; capitalised
// words other than the first of a sentence are names, not verbs, and
// are kept as "" so that they decide nothing.
func lowerWordsOf(s string) []string {
	var out []string
	if len(s) > 0 {
		out = make([]string, 0, len(s)/5+1) // room for the words of most texts
	}
	for i := 0; i < len(s); {
		if !isClauseWordRune(runeAt(s, i)) {
			i += runeLen(s, i)
			continue
		}
		j := i
		for j < len(s) && isClauseWordRune(runeAt(s, j)) {
			j += runeLen(s, j)
		}
		out = appendLowerWord(out, s[i:j])
		i = j
	}
	return out
}

// isClauseWordRune is a rune of a word of lowerWordsOf: a letter or an
// apostrophe.
func isClauseWordRune(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }

// runeAt is the rune at byte i of s, without a call for ASCII.
func runeAt(s string, i int) rune {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// runeLen is the byte length of the rune at byte i of s.
func runeLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return size
}

// appendLowerWord appends the lower-cased words of field f (see
// lowerWordsOf) to out.
func appendLowerWord(out []string, f string) []string {
	f = strings.Trim(f, "'’")
	if i := strings.IndexAny(f, "'’"); i >= 0 { // "they'll", "didn't"
		head, tail := f[:i], strings.TrimLeft(f[i:], "'’")
		if tail == "ll" || tail == "t" && strings.HasSuffix(head, "n") {
			head = strings.ToLower(head)
			if head == "won" { // "won't"
				head = "will"
			}
			return append(out, head, tail)
		}
	}
	if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) && !isFutureWord(f) {
		return append(out, "")
	}
	return append(out, strings.ToLower(f))
}

// isFutureWord is futureWords[strings.ToLower(w)], without lower-casing a
// short ASCII word into a new string.
func isFutureWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return futureWords[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return futureWords[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return futureWords[string(buf[:len(w)])]
}
