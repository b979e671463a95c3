package entities

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/loader/extract/credits"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// Context cues of the gazetteer stage: speaking seats, cities naming
// treaties, the datelines a name opens.

// speakingVenue reports whether the seat match m is a building (a venue
// of the gazetteer: "the White House", "the Kremlin") right before a verb
// of saying; a capital city ("Moscow said") stays its state, and a seat
// before a title ("Kremlin spokesman") names the office, not a body.
func (s gazMatchStage) speakingVenue(a *model.Analysis, m gazetteer.Match) bool {
	rest := a.Body[m.End:]
	if !strings.HasPrefix(rest, " ") || !s.lex.HasIn(setSpeech, token.NextWordText(a.Body, m.End)) {
		return false
	}
	for _, h := range a.Gaz.Lookup(m.Text) {
		if h.Entry.Kind == gazetteer.Place && h.Entry.PlaceType == "venue" {
			return true
		}
	}
	return false
}

func trimThe(s string) string {
	return strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
}

// namesInstrument reports whether the city or seat match m modifies the
// noun of a treaty ("the Paris Agreement", "the Paris climate accord").
func (s gazMatchStage) namesInstrument(a *model.Analysis, m gazetteer.Match) bool {
	city := false
	for _, h := range m.Hits {
		city = city || h.Entry.Kind == gazetteer.Place && h.Entry.PlaceType == "city" || h.Form == gazetteer.FormCapital || h.Form == gazetteer.FormSeat
	}
	if !city || !strings.HasPrefix(a.Body[m.End:], " ") || s.lex.HasIn(setPrep, token.PrevWordText(a.Body, m.Start)) {
		return false // "signed in Paris agreements": the place
	}
	next := token.NextWordText(a.Body, m.End)
	if s.lex.HasIn(setInstrmod, next) {
		after := strings.Index(a.Body[m.End+1:], next) + m.End + 1 + len(next)
		next = token.NextWordText(a.Body, after)
	}
	return s.lex.HasIn(setInstr, next)
}

// datelineAt reports whether the line from the name at body[start:end]
// reads as a dateline.
func (s gazMatchStage) datelineAt(body string, start, end int) bool {
	le := strings.IndexByte(body[start:min(len(body), start+token.MaxHeadlineLen)], '\n')
	if le < 0 {
		le = min(len(body), start+token.MaxHeadlineLen)
	} else {
		le += start
	}
	text := body[start:le]
	if dashBeforeBlank(text) { // what every dateline ends with
		if _, ok := credits.IsDateline(text); ok {
			return true
		}
	}
	// "Brussels — Ministers agreed": a known place, then a dash;
	// "BRUSSELS: Ministers agreed": a place in capitals, then a colon.
	if after := strings.TrimLeft(body[end:le], " \t"); strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "- ") ||
		strings.HasPrefix(body[end:], ": ") && token.IsAllCaps(body[start:end]) {
		return true
	}
	// "Taipei, June 30 (CNA) The president said": a date and an agency's
	// credit in brackets, without a dash.
	if !strings.HasPrefix(body[end:], ",") {
		return false // both forms below go on with a comma
	}
	if datelineCreditRE.MatchString(body[end:le]) {
		return true
	}
	t := strings.TrimRight(text, " \t\r*_")
	_, _, ok := credits.DatelineIn(s.lex, t)
	return ok
}

// dashBeforeBlank reports whether s holds a dash ("-", "–" or "—")
// right before a space or tab, as the dash that ends a dateline is.
func dashBeforeBlank(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			continue
		}
		if s[i-1] == '-' || i >= 3 && (s[i-3:i] == "–" || s[i-3:i] == "—") {
			return true
		}
	}
	return false
}

// datelineCreditRE matches what follows the place of a dateline written
// without a dash: a comma, a date (with a digit) and a credit in brackets.
var datelineCreditRE = regexp.MustCompile(`^,[ \t]*[^()\n–—]{0,30}\d[^()\n–—]{0,12}?[ \t]*\(\p{Lu}[^)\n]{1,40}\)`)
