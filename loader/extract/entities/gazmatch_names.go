package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/lexicon"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// insideLongerName reports whether a listed city, region or area begins
// or ends a longer capitalised name that is not a place: "Alaska
// Airlines", "Houston Rockets", "Virginia Smith" (a name word follows),
// "Bank of Montreal", "University of Michigan" (a body's head and "of"
// stand before). A following title ("Texas Governor"), venue or region
// word ("Kherson region"), body head or all-capitals word keeps the place.
func (s gazMatchStage) insideLongerName(a *model.Analysis, m gazetteer.Match, e *gazetteer.Entry) bool {
	if e.Kind != gazetteer.Place || e.PlaceType == "venue" || e.PlaceType == "macro-region" {
		return false
	}
	if next, ok := wordAfter(a.Body, m.End); ok && token.IsCap(next) && !titleCaseLine(a.Body, m.Start) && !token.IsAllCaps(next) &&
		!s.lex.HasIn(setVenue, next) && !s.lex.HasIn(setRegion, next) && !s.lex.HasIn(setOrghead, next) &&
		!s.lex.HasIn(setPstop, next) && !s.lex.HasIn(setPlstop, next) && !s.lex.HasIn(setDet, next) &&
		!token.IsFunctionWord(next) && !s.titleAt(a, m.End+1) {
		if _, taken := a.MentionStartingAt(m.End + 1); !taken {
			return true
		}
	}
	before := a.Body[:m.Start]
	if rest, ok := strings.CutSuffix(before, " of "); ok {
		head := token.LastSpacedWord(rest)
		if s.lex.HasIn(setOrghead, head) || slices.Contains(s.lex.NameHeadsBeforeOf, head) {
			return true
		}
	}
	return false
}

// titleCaseLine reports whether the line around byte offset off is
// written in title case (a headline: "Talks Resume at Lakeside Climate
// Meeting"), where a capital after a name says nothing.
func titleCaseLine(body string, off int) bool {
	st := strings.LastIndexByte(body[:off], '\n') + 1
	en := strings.IndexByte(body[off:], '\n')
	if en < 0 {
		en = len(body)
	} else {
		en += off
	}
	words, caps := 0, 0
	for _, w := range strings.Fields(body[st:en]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !isLetterRune(r) {
			continue
		}
		words++
		if token.IsCap(w) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// wordAfter returns the word that follows byte offset off after exactly
// one space.
func wordAfter(body string, off int) (string, bool) {
	if off >= len(body) || body[off] != ' ' {
		return "", false
	}
	rest := body[off+1:]
	end := strings.IndexFunc(rest, func(r rune) bool {
		return !(r == '-' || r == '\'' || r >= '0' && r <= '9' || isLetterRune(r))
	})
	if end < 0 {
		end = len(rest)
	}
	if end == 0 {
		return "", false
	}
	return rest[:end], true
}

// titleAt reports whether an office title starts at byte offset off.
func (s gazMatchStage) titleAt(a *model.Analysis, off int) bool {
	titles := lexicon.TitlesIn(a, s.titles)
	i := lexicon.TitlesFrom(titles, off)
	return i < len(titles) && titles[i].Start == off
}

func isLetterRune(r rune) bool {
	return r >= utf8.RuneSelf || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
