package credits

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// maxCreditLine bounds the lines (bytes) read for bylines and credits.
const maxCreditLine = 1000

// Credit is a person named by a byline, a credit line or a photo credit.
type Credit struct {
	Start, End int    // byte span of the name as written
	Name       string // normalised display name ("Ludovic Marin")
	Kind       string // "byline", "credit", "photo"
	// Role is the role label template ("author (%s byline)"); %s is the
	// document's outlet.
	Role   string
	Author bool
	// Bracketed marks a "(NAME/AGENCY)" photo credit.
	Bracketed bool
}

// nameRE matches a personal name of two to four capitalised words, with
// particles ("Bart De Wever", "Ursula von der Leyen", "Ludovic MARIN").
const namePattern = `\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:de|De|van|Van|von|der|den|da|di|du|del|la|le|bin|al|el|ter|ten)[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]*){1,3}`

var (
	nameRE      = regexp.MustCompile(`^` + namePattern)
	namesListRE = regexp.MustCompile(namePattern)
)

// Of returns findCredits of the document, computed once per
// document and lexicon. The slice is shared: callers must not modify it.
func Of(a *model.Analysis, lex *lexicon.Entities) []Credit {
	credits, ok := model.Cached[[]Credit](a, creditsKey{lex})
	if !ok {
		credits = findCredits(a, lex)
		a.Cache(creditsKey{lex}, credits)
	}
	return credits[:len(credits):len(credits)]
}

// creditsKey keys the credits found with a lexicon on the Analysis.
type creditsKey struct{ lex *lexicon.Entities }

// findCredits finds bylines ("By NAME" as a line of its own near the start
// or the end of the body), credit lines ("Writing by A and B") and photo
// credits ("© NAME / AGENCY").
// bylineHeadLines is how many first lines may hold a byline (after a
// headline, a repeated headline and a photo caption).
const bylineHeadLines = 5

func findCredits(a *model.Analysis, lex *lexicon.Entities) []Credit {
	var out []Credit
	lines := ContentLinesOf(a)
	cues := cuesOf(a.Body, lex)
	for li, ln := range lines {
		if ln.End-ln.Start > maxCreditLine {
			continue // a paragraph, not a credit line
		}
		nearEdge := li < bylineHeadLines || li >= len(lines)-3
		if nearEdge {
			out = append(out, bylineAt(a.Body, ln, lex)...)
		}
		out = append(out, entryBylineAt(a.Body, ln, lex)...)
		out = append(out, creditsIn(a.Body, ln, lex)...)
		if cues.trailing {
			out = append(out, trailingCreditsIn(a.Body, ln, lex)...)
		}
		out = append(out, photoCreditsIn(a.Body, ln, lex, cues.photo)...)
		out = append(out, bracketCreditsIn(a.Body, ln, lex)...)
	}
	// A credit names people: not an outlet or a body ("Associated Press").
	kept := out[:0]
	for _, c := range out {
		// A bracketed agency credit is a name whatever its words ("Court").
		if c.Kind == "photo" && c.Bracketed || !creditNamesBody(a, lex, c.Name) {
			kept = append(kept, c)
		}
	}
	return kept
}

// creditNamesBody reports whether a credited name is a stop word or a
// gazetteer entry other than a person.
func creditNamesBody(a *model.Analysis, lex *lexicon.Entities, name string) bool {
	for _, w := range strings.Fields(name) {
		if lex.Has("pstop", w) || lex.Has("orghead", w) {
			return true
		}
	}
	if a.Gaz == nil {
		return false
	}
	for _, h := range a.Gaz.Lookup(name) {
		if h.Entry.Kind != gazetteer.Person {
			return true
		}
	}
	return false
}

// trailingCreditsIn reads "A and B contributed to this report": the names
// of the sentence that ends with the cue.
func trailingCreditsIn(body string, ln Line, lex *lexicon.Entities) []Credit {
	text := body[ln.Start:ln.End]
	var out []Credit
	lower := ""
	for _, c := range lex.TrailingCredits {
		if !strings.Contains(text, c.Cue[:strings.IndexByte(c.Cue+" ", ' ')]) {
			continue
		}
		if lower == "" {
			lower = strings.ToLower(text)
		}
		at := strings.Index(lower, strings.ToLower(c.Cue))
		if at < 0 {
			continue
		}
		from := strings.LastIndex(text[:at], ". ") + 1
		for _, n := range namesIn(body, ln.Start+from, ln.Start+at) {
			n.Kind, n.Role, n.Author = "credit", c.Role, c.Author
			out = append(out, n)
		}
	}
	return out
}

// bylineAt reads a line "By NAME[, NAME][ and NAME]" (emphasis allowed).
func bylineAt(body string, ln Line, lex *lexicon.Entities) []Credit {
	start, end, ok := bylineSpan(body, ln)
	if !ok || lex.Has("bystop", token.NextWordText(body[start:end], 0)) {
		return nil
	}
	// A date after the names ends the byline ("By Jane Roe March 3, 2025").
	if d, ok := FindHeaderDate(body[start:end]); ok && d.Start > 0 && strings.TrimSpace(body[start+d.End:end]) == "" {
		end = start + d.Start
		for end > start && (body[end-1] == ' ' || body[end-1] == ',' || body[end-1] == '\t') {
			end--
		}
	}
	if c, ok := bureauByline(body, start, end, lex); ok {
		return []Credit{c}
	}
	names := namesIn(body, start, end)
	if len(names) == 0 {
		return nil
	}
	// A byline holds names and separators only (an outlet may follow a comma).
	covered := body[start:names[len(names)-1].End]
	for _, n := range names {
		covered = strings.Replace(covered, body[n.Start:n.End], "", 1)
	}
	if strings.Trim(strings.ReplaceAll(strings.ReplaceAll(covered, " and ", ""), "&", ""), " ,\t") != "" {
		return nil
	}
	for i := range names {
		names[i].Kind, names[i].Role, names[i].Author = "byline", lex.BylineRole, true
	}
	return names
}

// creditsIn reads "Cue by A, B and C" credits separated by semicolons.
func creditsIn(body string, ln Line, lex *lexicon.Entities) []Credit {
	text := body[ln.Start:ln.End]
	if !strings.Contains(text, "by ") && !strings.Contains(text, "BY ") {
		return nil
	}
	lower := strings.ToLower(text)
	keys := cueKeys(lex)
	var out []Credit
	for pos := 0; pos < len(lower); {
		best, bestAt := -1, len(lower)
		for ci, c := range lex.Credits {
			at := strings.Index(lower[pos:], keys[ci])
			if at < 0 {
				continue
			}
			at += pos
			// "Additional reporting by" wins over "Reporting by" inside it.
			if at < bestAt || (at == bestAt && len(c.Cue) > len(lex.Credits[best].Cue)) {
				best, bestAt = ci, at
			}
		}
		if best < 0 {
			break
		}
		c := lex.Credits[best]
		from := bestAt + len(c.Cue) + 1
		// Only the start of a line, a bracket or a semicolon opens a credit.
		before := strings.TrimRight(text[:bestAt], " \t*_")
		if before != "" && !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, ";") && !strings.HasSuffix(before, "[") {
			pos = from
			continue
		}
		to := len(text)
		if k := strings.IndexAny(text[from:], ";)]"); k >= 0 {
			to = from + k
		}
		for _, n := range namesIn(body, ln.Start+from, ln.Start+to) {
			n.Kind, n.Role, n.Author = "credit", c.Role, c.Author
			out = append(out, n)
		}
		pos = to
	}
	return out
}

// photoCreditsIn reads "© NAME / AGENCY" and "Photo: NAME" credits, with
// markers: those of lex.PhotoCreditMarkers the body holds.
func photoCreditsIn(body string, ln Line, lex *lexicon.Entities, markers []string) []Credit {
	text := body[ln.Start:ln.End]
	var out []Credit
	for _, m := range markers {
		at := strings.Index(text, m)
		if at < 0 {
			continue
		}
		from := ln.Start + at + len(m)
		for from < ln.End && (body[from] == ' ' || body[from] == '\t') {
			from++
		}
		to := ln.End
		if k := strings.IndexAny(body[from:ln.End], "/|,;("); k >= 0 {
			to = from + k
		}
		loc := nameRE.FindStringIndex(body[from:to])
		if loc == nil {
			continue
		}
		name := strings.TrimSpace(body[from : from+loc[1]])
		out = append(out, Credit{Start: from, End: from + len(name), Name: DisplayName(name), Kind: "photo", Role: lex.PhotoCreditRole})
	}
	return out
}

// namesIn finds the names of a list "A, B and C" in body[from:to], each
// cut before a trailing " in <Place>".
func namesIn(body string, from, to int) []Credit {
	var out []Credit
	for _, loc := range namesListRE.FindAllStringIndex(body[from:to], -1) {
		s, e := from+loc[0], from+loc[1]
		name := body[s:e]
		if strings.Count(name, " ") == 0 {
			continue
		}
		out = append(out, Credit{Start: s, End: e, Name: DisplayName(name)})
	}
	return out
}

// DisplayName normalises a name as written: spaces collapsed, all-caps
// words capitalised ("Ludovic MARIN" -> "Ludovic Marin") except a regnal
// number after the name ("Abdullah II").
func DisplayName(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		if i > 0 && isRegnalNumber(w) {
			continue
		}
		f[i] = token.TitleCase(w)
	}
	return strings.Join(f, " ")
}

// isRegnalNumber reports whether w is a Roman number in capitals of the
// letters I, V and X ("II", "XIV").
func isRegnalNumber(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// Line is a non-empty line of the body with leading and trailing spaces,
// emphasis and heading marks trimmed off its byte span.
type Line struct{ Start, End int }

// ContentLines splits the body into non-empty lines, skipping a leading
// date marker and separator lines ("---").
func ContentLines(body string) []Line {
	var out []Line
	start := 0
	for start <= len(body) {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		s, e := trimLine(body, start, end)
		if len(out) == 0 && s == start+LeadingSpaces(body[start:end]) {
			if m := dateMarkerRE.FindStringIndex(body[s:e]); m != nil {
				s, e = trimLine(body, s+m[1], e)
			}
		}
		if e > s && strings.Trim(body[s:e], "-–—=_*· ") != "" {
			out = append(out, Line{Start: s, End: e})
		}
		if end == len(body) {
			break
		}
		start = end + 1
	}
	return out
}

// dateMarkerRE is the leading " date YYYY-MM-DD" marker the reader takes
// the document date from; it is not part of the text.
var dateMarkerRE = regexp.MustCompile(`^(?i:date)(?:[ \t]*:)?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*`)

func LeadingSpaces(s string) int { return len(s) - len(strings.TrimLeft(s, " \t")) }

// trimLine trims spaces, Markdown heading marks, emphasis and list bullets
// from both ends of body[s:e].
func trimLine(body string, s, e int) (int, int) {
	for s < e && strings.IndexByte(" \t\r#*_>", body[s]) >= 0 {
		s++
	}
	for e > s && strings.IndexByte(" \t\r*_", body[e-1]) >= 0 {
		e--
	}
	return s, e
}
