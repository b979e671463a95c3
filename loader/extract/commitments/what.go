package commitments

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/token"
)

// HorizonOf finds a duration or time limit ("up to 15 years", "over ten
// years", "until 2030"); "for"/"lasting" before "up to" is dropped.
func HorizonOf(text string) string {
	if !token.MayHoldHorizon(text) {
		return ""
	}
	h := HorizonRE.FindString(text[horizonFrom(text):])
	for _, lead := range []string{"for ", "lasting ", "over "} {
		rest := h[min(len(h), len(lead)):]
		if strings.EqualFold(h[:min(len(h), len(lead))], lead) && (strings.HasPrefix(strings.ToLower(rest), "up to ") || strings.HasPrefix(strings.ToLower(rest), "at least ")) {
			return rest
		}
	}
	return h
}

// horizonLeads are the words a match of HorizonRE opens with.
var horizonLeads = []string{"for", "over", "lasting", "up", "within", "until"}

// horizonFrom is where HorizonRE can first match in text: the start of
// the word holding the first lead word (in any case) of an ASCII text,
// so that \b reads there as in the whole text; 0 for other texts (case
// folding beyond ASCII, "ſ" for "s", is left to the expression).
func horizonFrom(text string) int {
	if !token.IsASCII(text) {
		return 0
	}
	p := -1
	for i := 0; i < len(text) && p < 0; i++ {
		switch text[i] | 0x20 {
		case 'f', 'o', 'l', 'u', 'w':
			for _, lead := range horizonLeads {
				if len(text)-i >= len(lead) && strings.EqualFold(text[i:i+len(lead)], lead) {
					p = i
					break
				}
			}
		}
	}
	if p < 0 {
		return len(text) // no lead: no match
	}
	for p > 0 && reWordByte(text[p-1]) {
		p--
	}
	return p
}

// reWordByte reports an ASCII word byte of \b: [0-9A-Za-z_].
func reWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

var HorizonRE = regexp.MustCompile(`(?i)\b(?:(?:for|over|lasting)(?: up to| at least| the next)?|up to|within|until)\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|fifty|a|several)\s+(?:years?|months?|decades?)|(?:19|20)\d\d)\b`)

// what is the commitment in a few words: a component whole, else the
// text from the commitment word to the end of its clause.
func (e *commitEnv) what(u commitUnit, anchor int) string {
	body := e.c.A.Body
	start := anchor
	if u.list || anchor <= u.start+datelineReach {
		// a dateline ends within its reach: past it, the anchor wins
		start = facts.SkipDateline(body, u.start, u.end)
		if !u.list && anchor > start {
			start = anchor
		}
	}
	end := u.end
	if ce, ok := e.claimEndOf(u.sent); ok && ce > start && ce < end {
		end = ce // the claim, without "..., X said"
	}
	if strings.ContainsAny(body[start:end], ",;") { // every stop and source opens so
		for _, stop := range whatStops {
			if k := strings.Index(body[start:end], stop); k > 0 {
				end = start + k
			}
		}
		if m := trailingSourceRE.FindStringIndex(body[start:end]); m != nil && m[0] > 0 {
			end = start + m[0]
		}
	}
	return shortText(body[start:end])
}

// whatStops end a commitment's what.
var whatStops = []string{";", ", though", ", but", ", which still", ", revealed", ", according to", ", said"}

// datelineReach bounds where facts.SkipDateline can move a start: it
// looks for the dash in the first 80 bytes.
const datelineReach = 80

// trailingSourceRE finds ", the Norwegian government said ..." or ", The
// Times reported ..." closing a clause: the source, not the commitment.
var trailingSourceRE = regexp.MustCompile(`,(?:\s+[\p{L}\p{N}.'’-]+){1,6}\s+(?:said|says|told|reported|reports|announced|added|stated|wrote)\b`)

// cleanCut is what token.Clean trims from either end of a text.
const cleanCut = " \t\"“”‘’'.,;:-–—*"

// cleanText is token.Clean(s) without the intermediate strings when s
// holds no Markdown emphasis ("**"): the words of s joined by single
// spaces, trimmed of what Clean trims (no space is then left at either
// end).
func cleanText(s string) string {
	if strings.Contains(s, "**") {
		return token.Clean(s)
	}
	return strings.Trim(singleSpaced(s), cleanCut)
}

// shortText is token.FirstWords(token.Clean(s), 30), the few words a
// commitment's what holds: cleanText cut after its 30th word (its words
// are separated by single spaces).
func shortText(s string) string {
	if strings.Contains(s, "**") {
		return token.FirstWords(token.Clean(s), 30)
	}
	t := cleanText(s)
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			if n++; n == 30 {
				return t[:i]
			}
		}
	}
	return t
}

// singleSpaced is strings.Join(strings.Fields(s), " "): s itself when it
// is so already.
func singleSpaced(s string) string {
	prevSpace := true // a space at the start is not kept
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Join(strings.Fields(s), " ") // a space beyond ASCII may stand in s
		}
		space := asciiSpace(c)
		if space && (c != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && len(s) > 0 {
		return strings.Join(strings.Fields(s), " ") // a space at the end
	}
	return s
}

// asciiSpace reports the ASCII bytes unicode.IsSpace holds.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
