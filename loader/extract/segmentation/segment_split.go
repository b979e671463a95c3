package segmentation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/token"
)

// segTitleAbbrev are abbreviations after which a capitalised word never
// starts a new sentence (titles and name parts), lower case.
var segTitleAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "sgt": true, "capt": true, "maj": true, "adm": true, "cmdr": true, "brig": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "amb": true,
	"st": true, "mt": true, "ft": true, "messrs": true, "mme": true, "mlle": true, "vs": true,
	"cf": true, "viz": true, "approx": true, "incl": true, "dept": true, "univ": true, "est": true,
}

// segNumberAbbrev are abbreviations that do not end a sentence when a
// number follows ("Jan. 6", "No. 10", "Art. 5"), lower case.
var segNumberAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true,
	"art": true, "arts": true, "para": true, "fig": true, "vol": true, "p": true, "pp": true,
	"ch": true, "sec": true, "op": true,
}

// segSentenceStarters are words that, after a dotted abbreviation
// ("in the U.S. The ..."), show that a new sentence has begun.
var segSentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "This": true, "That": true, "These": true, "Those": true,
	"But": true, "And": true, "In": true, "On": true, "At": true, "Its": true, "Their": true,
	"His": true, "Her": true, "Our": true, "There": true, "However": true, "Meanwhile": true,
	"After": true, "Before": true, "When": true, "While": true, "If": true, "As": true,
	"For": true, "Some": true, "Many": true, "Officials": true, "Both": true, "No": true,
}

// segSplitSentences appends the sentences of body[start:end] to dst.
func segSplitSentences(body string, start, end int, dst [][2]int) [][2]int {
	pos := segSkipSpace(body, start, end)
	for i := pos; i < end; {
		c := body[i]
		var stop int
		switch {
		case c == '.' || c == '!' || c == '?':
			stop = i + 1
		case c == 0xE2 && i+2 < end && body[i+1] == 0x80 && body[i+2] == 0xA6: // …
			stop = i + 3
		default:
			i++
			continue
		}
		// Runs of final punctuation, then closing quotes, brackets, emphasis.
		j := stop
		for j < end {
			if b := body[j]; b == '.' || b == '!' || b == '?' || b == '"' || b == '\'' || b == ')' || b == ']' || b == '*' || b == '_' {
				j++
				continue
			}
			if j+2 < end && body[j] == 0xE2 && body[j+1] == 0x80 && (body[j+2] == 0x9D || body[j+2] == 0x99 || body[j+2] == 0xA6) {
				j += 3 // ” ’ …
				continue
			}
			if j+1 < end && body[j] == 0xC2 && body[j+1] == 0xBB { // »
				j += 2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		if !token.IsSpaceByte(body[j]) {
			i = j
			continue
		}
		k := segSkipSpace(body, j, end)
		if k >= end {
			break
		}
		if !segBreaksAt(body, pos, i, c, k, end) {
			i = k
			continue
		}
		dst = append(dst, [2]int{pos, j})
		pos = k
		i = k
	}
	e := end
	for e > pos && token.IsSpaceByte(body[e-1]) {
		e--
	}
	if e > pos {
		dst = append(dst, [2]int{pos, e})
	}
	return dst
}

// segBreaksAt decides whether the final punctuation c at body[dot] ends
// the sentence that began at pos, given that the next sentence would
// start at next.
func segBreaksAt(body string, pos, dot int, c byte, next, end int) bool {
	r, _ := utf8.DecodeRuneInString(body[next:end])
	if unicode.IsLower(r) || r == ',' || r == ';' || r == ':' || r == ')' {
		return false
	}
	if c == 0xE2 && segContinuation(body[next:min(end, next+40)]) {
		return false // a speaker's pause: "a Declaration of Intent… On the deployment"
	}
	if c != '.' {
		return true
	}
	// The word before the dot, with inner dots ("U.S", "e.g", "J").
	w := dot
	for w > pos {
		p := body[w-1]
		if p == '.' || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') {
			w--
			continue
		}
		break
	}
	word := body[w:dot]
	if word == "" {
		return true
	}
	dotted := false
	for k := 0; k < len(word); k++ {
		if word[k] == '.' {
			dotted = true
			break
		}
	}
	lower := segLowerASCII(word)
	switch {
	case lower == "e.g" || lower == "i.e" || lower == "et al":
		return false
	case dotted:
		return segSentenceStarters[segNextWord(body, next, end)]
	case len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z':
		return !unicode.IsUpper(r) // an initial before a name
	case segTitleAbbrev[lower] && word[0] >= 'A' && word[0] <= 'Z':
		return false
	case segNumberAbbrev[lower] && r >= '0' && r <= '9':
		return false
	}
	return true
}

// segNextWord returns the ASCII word starting at body[i].
func segNextWord(body string, i, end int) string {
	j := i
	for j < end && ((body[j] >= 'a' && body[j] <= 'z') || (body[j] >= 'A' && body[j] <= 'Z')) {
		j++
	}
	return body[i:j]
}

func segLowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func segSkipSpace(body string, i, end int) int {
	for i < end && token.IsSpaceByte(body[i]) {
		i++
	}
	return i
}

// segSpeechContinues reports a line of a transcript that goes on with the
// sentence of the line before, the way speeches are set one phrase a
// line: the line before ends on a comma, or on a pause (… – —) and this
// one opens with a word that cannot start a sentence of its own (a
// preposition, a relative pronoun, a gerund, or "And"/"Or" before a
// verb).
func segSpeechContinues(prev, text string) bool {
	prev = strings.TrimRight(prev, " \t")
	if !(strings.HasSuffix(prev, "…") || strings.HasSuffix(prev, "–") || strings.HasSuffix(prev, "—") ||
		strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "...")) {
		return false
	}
	return strings.HasSuffix(prev, ",") || segStartsLower(text) || segContinuation(text)
}

// segContinuation reports text opening with a word that continues a
// sentence rather than starting one.
func segContinuation(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 {
		return false
	}
	w := strings.Trim(words[0], ",;:“”\"'")
	if segContinuationWords[w] {
		return true
	}
	if (w == "And" || w == "Or") && len(words) > 1 {
		return !segSubjectWords[strings.ToLower(strings.Trim(words[1], ",;:“”\"'"))]
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing") && unicode.IsUpper([]rune(w)[0]) && !segSentenceStarters[w]
}

// segContinuationWords open a phrase that depends on the line before.
var segContinuationWords = map[string]bool{"On": true, "Under": true, "Which": true, "Who": true, "Whose": true,
	"Whom": true, "To": true, "Of": true, "From": true, "With": true, "Into": true, "Is": true, "Are": true}

// segSubjectWords after "And" start a clause of their own ("And we ...").
var segSubjectWords = map[string]bool{"we": true, "i": true, "you": true, "they": true, "he": true, "she": true,
	"it": true, "this": true, "that": true, "there": true, "so": true, "the": true, "our": true, "my": true}
