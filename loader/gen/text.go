package gen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// text is a piece of body text being written, which records the entity
// mentions written into it with their code point offsets.
type text struct {
	b        strings.Builder
	runes    int
	capNext  bool // capitalise the next letter written (sentence start)
	mentions []mention
}

// write appends literal text.
func (t *text) write(s string) {
	if s == "" {
		return
	}
	if t.capNext {
		s = t.capitalise(s)
	}
	t.b.WriteString(s)
	t.runes += utf8.RuneCountInString(s)
}

// capitalise upper-cases the first letter of s if one comes before any
// other word character, and clears capNext once a letter or digit is seen.
func (t *text) capitalise(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			t.capNext = false
			if unicode.IsUpper(r) {
				return s
			}
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
		if unicode.IsDigit(r) {
			t.capNext = false
			return s
		}
	}
	return s
}

// mention writes surface as a mention of the named entity. A leading
// "the " is written as plain text and kept out of the mention.
func (t *text) mention(kind entityKind, name, surface, role string) {
	if rest, ok := strings.CutPrefix(surface, "the "); ok {
		t.write("the ")
		surface = rest
	}
	if t.capNext {
		surface = t.capitalise(surface)
	}
	start := t.runes
	t.b.WriteString(surface)
	t.runes += utf8.RuneCountInString(surface)
	t.mentions = append(t.mentions, mention{kind: kind, name: name, text: surface, start: start, end: t.runes, role: role})
}

// mark is a position in the text, for taking what was written since.
type mark struct{ bytes, runes int }

func (t *text) mark() mark { return mark{bytes: t.b.Len(), runes: t.runes} }

// since returns the text written after m.
func (t *text) since(m mark) string { return t.b.String()[m.bytes:] }

// spanSince is the evidence span of the text written after m, without
// trailing blanks.
func (t *text) spanSince(m mark) Span {
	s := t.since(m)
	trimmed := strings.TrimRight(s, " \n")
	return Span{Start: m.runes, End: m.runes + utf8.RuneCountInString(trimmed), Text: trimmed}
}

// appendText appends o, shifting its mentions.
func (t *text) appendText(o *text) {
	for _, m := range o.mentions {
		m.start += t.runes
		m.end += t.runes
		t.mentions = append(t.mentions, m)
	}
	t.b.WriteString(o.b.String())
	t.runes += o.runes
}

func (t *text) String() string { return t.b.String() }

// render writes a phrasing, filling each {slot} with its filler; {^}
// capitalises what follows. A slot without a filler is written as is,
// which the lexicon tests catch.
func (t *text) render(phrasing string, fill map[string]func()) {
	for phrasing != "" {
		open := strings.IndexByte(phrasing, '{')
		if open < 0 {
			t.write(phrasing)
			return
		}
		end := strings.IndexByte(phrasing[open:], '}')
		if end < 0 {
			t.write(phrasing)
			return
		}
		t.write(phrasing[:open])
		slot := phrasing[open+1 : open+end]
		if slot == "^" {
			t.capNext = true // {^}: capitalise what follows
		} else if f, ok := fill[slot]; ok {
			f()
		} else {
			t.write(phrasing[open : open+end+1])
		}
		phrasing = phrasing[open+end+1:]
	}
}

// slotsOf lists the {slots} of a phrasing.
func slotsOf(phrasing string) []string {
	var out []string
	for {
		open := strings.IndexByte(phrasing, '{')
		if open < 0 {
			return out
		}
		end := strings.IndexByte(phrasing[open:], '}')
		if end < 0 {
			return out
		}
		out = append(out, phrasing[open+1:open+end])
		phrasing = phrasing[open+end+1:]
	}
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
