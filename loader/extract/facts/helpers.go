package facts

import (
	"strings"

	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// Determiners are words that open a noun phrase (articles, numbers,
// quantifiers) or stand before one at a clause start ("but", "and",
// "however"): passed over where a phrase's head or subject is sought.
var Determiners = map[string]bool{"a": true, "an": true, "the": true, "but": true, "and": true, "however": true,
	"yet": true, "some": true, "several": true, "two": true, "three": true, "one": true, "many": true}

// Pronouns are the subject pronouns that refer back to an actor told
// before.
var Pronouns = map[string]bool{"they": true, "it": true, "he": true, "she": true}

// NextComma returns the offset of the next comma in [from, end), or end.
func NextComma(body string, from, end int) int {
	if k := strings.IndexByte(body[from:end], ','); k >= 0 {
		return from + k
	}
	return end
}

// SkipDateline moves start past a wire dateline ("PARIS, Jan 6 (Reuters) -",
// "BRUSSELS -") that opens the range.
func SkipDateline(body string, start, end int) int {
	head := body[start:min(end, start+80)]
	if strings.IndexByte(head, '-') < 0 && strings.IndexByte(head, 0xE2) < 0 {
		return start // no hyphen, en or em dash (the latter two open with 0xE2)
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		k := strings.Index(head, dash)
		if k <= 0 {
			continue
		}
		lead := head[:k]
		first := strings.TrimRight(strings.Fields(lead + " x")[0], ",")
		if strings.HasSuffix(lead, ")") && strings.Contains(lead, "(") ||
			len(first) >= 3 && strings.ToUpper(first) == first && strings.ToLower(first) != first && len(lead) < 40 ||
			len(lead) >= 4 && strings.ToUpper(lead) == lead && strings.ToLower(lead) != lead {
			return start + k + len(dash)
		}
	}
	return start
}

// AppendUnique appends s to list unless list holds it already.
func AppendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// Dedupe is list without its repeats, in first-seen order.
func Dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		out = AppendUnique(out, s)
	}
	return out
}

// HasWord reports the normalised word w among toks.
func HasWord(toks []token.Tok, w string) bool {
	for _, t := range toks {
		if t.Norm == w {
			return true
		}
	}
	return false
}

// CurrencyMention reports a country mention that is part of a currency
// sign ("US$", "A$", "NZ$").
func CurrencyMention(body string, m model.Mention) bool {
	return m.End < len(body) && body[m.End] == '$'
}

// RangeEnd reports a mention after "to" that closes a range opened by
// "from" a few words before ("from Japan to Saudi Arabia"): an
// enumeration, not a recipient.
func RangeEnd(body string, m model.Mention) bool {
	if PrevWord(body, m.Start) != "to" {
		return false
	}
	before := token.Tokens(body, max(0, m.Start-48), m.Start)
	for j := len(before) - 2; j >= 0 && j >= len(before)-6; j-- {
		if before[j].Norm == "from" {
			return true
		}
	}
	return false
}

// Governs reports an adjective followed by a noun standing for its state.
func Governs(body string, end int) bool {
	next := token.Tokens(body, end, min(len(body), end+20))
	return len(next) > 0 && StateBodies[next[0].Norm]
}

// StateBodies are nouns that, after a country's adjective, stand for the
// state ("the Slovak government", "the French army").
var StateBodies = map[string]bool{"government": true, "authorities": true, "cabinet": true, "ministry": true,
	"army": true, "military": true, "navy": true, "forces": true, "administration": true, "state": true}
