package gen

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/loader/gazetteer"
)

// How names and titles are written, and how the generator recognises a
// gazetteer name in a phrase it is about to write.

// withThe writes a country or organization name as running text does.
func (c *cast) withThe(e *gazetteer.Entry, name string) string {
	if strings.HasPrefix(name, "the ") {
		return name
	}
	if c.takesThe[name] {
		return "the " + name
	}
	if e.Kind == gazetteer.Organization && strings.Contains(name, " ") {
		return "the " + name
	}
	return name
}

// startsUpperAcronym reports whether the first word is all capitals (an
// acronym such as "NATO Parliamentary Assembly").
func startsUpperAcronym(s string) bool {
	word, _, _ := strings.Cut(s, " ")
	if len(word) < 2 {
		return false
	}
	for _, r := range word {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// surname returns the surname of a person's canonical name, or "" when
// writing it alone would be ambiguous.
func (c *cast) surname(e *gazetteer.Entry, country string) string {
	words := strings.Fields(e.Name)
	if len(words) < 2 {
		return ""
	}
	var s string
	if c.familyFirst[country] {
		s = words[0]
	} else {
		i := len(words) - 1
		for i > 1 && c.particles[strings.ToLower(words[i-1])] {
			i--
		}
		s = strings.Join(words[i:], " ")
	}
	if c.otherNames[gazetteer.Normalize(s)] {
		return ""
	}
	if len(c.gaz.BySurname(s)) > 1 {
		return ""
	}
	return s
}

// nameVariants returns the aliases of a person that a text can use in
// place of the name: capitalised, more than an initial, not the name.
func nameVariants(e *gazetteer.Entry) []string {
	var out []string
	for _, a := range e.Aliases {
		r := []rune(a)
		if len(r) < 4 || !unicode.IsUpper(r[0]) || a == e.Name || strings.ContainsAny(a, "()") {
			continue
		}
		out = append(out, a)
	}
	return out
}

// writtenNames returns the names of a country or organization a text can
// use: the name and the aliases a news text would write: acronyms without
// dots, and names whose words are all capitalised (short joining words
// aside), with "the" where needed.
func (c *cast) writtenNames(e *gazetteer.Entry) []string {
	out := []string{c.withThe(e, e.Name)}
	for _, a := range e.Aliases {
		bare := strings.TrimPrefix(a, "the ")
		if bare == e.Name || !writableName(bare) {
			continue
		}
		if e.Kind == gazetteer.Country && !c.countryAliases[bare] {
			continue
		}
		if e.Kind != gazetteer.Country && !strings.Contains(bare, " ") && !startsUpperAcronym(bare) {
			continue // "Europarl": a single word that is not an acronym
		}
		out = append(out, c.withThe(e, a))
	}
	return out
}

// writableName reports whether a name reads as a proper name in running
// text: no dots, brackets or digits, every word capitalised except short
// joining words.
func writableName(s string) bool {
	if s == "" || strings.ContainsAny(s, ".()0123456789,") {
		return false
	}
	for i, w := range strings.Fields(s) {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			continue
		}
		if i > 0 && (w == "of" || w == "the" || w == "and" || w == "for") {
			continue
		}
		return false
	}
	return true
}

// knownName reports whether the gazetteer knows s as a name. ISO codes
// count only when written in capitals ("AT", not "at"), and so do short
// acronyms ("WHO", not "who").
func knownName(gaz *gazetteer.Gazetteer, s string) bool {
	if len(s) <= 4 && s == strings.ToLower(s) {
		return false
	}
	for _, h := range gaz.Lookup(s) {
		if h.Form != gazetteer.FormISO || s == strings.ToUpper(s) {
			return true
		}
	}
	return false
}

// namesIn returns the gazetteer names found in a phrase: every run of one
// to five words that the gazetteer knows (slots such as {to} are skipped).
func namesIn(gaz *gazetteer.Gazetteer, phrase string) []string {
	words := strings.FieldsFunc(phrase, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '{' || r == '}' || r == '.')
	})
	var found []string
	for i := range words {
		for n := 1; n <= 5 && i+n <= len(words); n++ {
			run := strings.Join(words[i:i+n], " ")
			if strings.ContainsAny(run, "{}") {
				break
			}
			if knownName(gaz, strings.Trim(run, ".'")) {
				found = append(found, run)
			}
		}
	}
	return found
}

// titleText is how a text writes an office title before a name: as the
// lexicon says, else the gazetteer's title without a trailing "of the
// ORGANIZATION" (the organization is written before it).
func (c *cast) titleText(o gazetteer.Office) string {
	if t, ok := c.lex.OfficeTitles[o.Title]; ok {
		return t
	}
	if o.Org != "" {
		if org, ok := c.gaz.Get(gazetteer.Organization, o.Org); ok {
			for _, n := range append([]string{org.Name}, org.Aliases...) {
				for _, suffix := range []string{" of the " + n, " of " + n} {
					if t, ok := strings.CutSuffix(o.Title, suffix); ok && t != "" {
						return t
					}
				}
			}
		}
	}
	return o.Title
}

// titleFormsName reports whether a country adjective followed by the
// office's title starts another name of the gazetteer ("French Armed
// Forces ..."), which the text would then name without the gold knowing.
func (c *cast) titleFormsName(country *gazetteer.Entry, o gazetteer.Office) bool {
	words := strings.Fields(c.titleText(o))
	for _, adj := range country.Adjectives {
		for n := 1; n <= len(words); n++ {
			if knownName(c.gaz, adj+" "+strings.Join(words[:n], " ")) {
				return true
			}
		}
	}
	return false
}
