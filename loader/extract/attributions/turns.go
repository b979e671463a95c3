package attributions

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakerTurn is the part of a transcript one speaker holds: from the end
// of a speaker label ("SECRETARY JONES:", "President Jones.") to the next
// label. A question label ("Q:") opens a turn without a speaker.
type speakerTurn struct {
	start, end int
	src        attribSource
	speaker    bool
}

// findTurns reads the speaker labels that open lines of a transcript. A
// label is a few capitalised words naming a person of the text (or a
// lone "Q"), closed by a colon or a full stop, optionally in asterisks.
// A text with fewer than two labels is no transcript.
func (d *attribDoc) findTurns() []speakerTurn {
	body := d.c.A.Body
	var turns []speakerTurn
	prevLabel := ""
	for off := 0; off < len(body); {
		nl := strings.IndexByte(body[off:], '\n')
		lineEnd := len(body)
		if nl >= 0 {
			lineEnd = off + nl
		}
		line := strings.TrimSpace(body[off:lineEnd])
		if t, ok := d.speakerLabel(off, lineEnd); ok && line != prevLabel {
			// a repeated line (a title printed twice) is no new turn
			prevLabel = line
			if n := len(turns); n > 0 {
				turns[n-1].end = off
			}
			turns = append(turns, t)
		}
		off = lineEnd + 1
	}
	if len(turns) < 2 {
		return nil
	}
	turns[len(turns)-1].end = len(body)
	return turns
}

// speakerLabel reads a label at the start of the line [start, end).
func (d *attribDoc) speakerLabel(start, end int) (speakerTurn, bool) {
	body := d.c.A.Body
	s := start
	for s < end && (body[s] == '*' || body[s] == ' ') {
		s++
	}
	head := body[s:min(end, s+60)]
	stop := indexColonOrStop(head)
	if stop <= 0 {
		return speakerTurn{}, false
	}
	labelEnd := s + stop
	after := labelEnd + 1
	for after < end && (body[after] == '*' || body[after] == ' ') {
		after++
	}
	toks := d.tokens(s, labelEnd)
	if len(toks) == 0 || len(toks) > 6 {
		return speakerTurn{}, false
	}
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(body[t.Start:])
		if !unicode.IsUpper(r) && !fxNameParticle[t.Norm] {
			return speakerTurn{}, false
		}
	}
	if len(toks) == 1 && toks[0].Norm == "q" {
		return speakerTurn{start: after}, true
	}
	for _, m := range d.mentionsIn(s, labelEnd) {
		if m.Kind == "person" {
			return speakerTurn{start: after, src: attribSource{name: actorLabel(d.c, m), id: m.Key, kind: m.Kind}, speaker: true}, true
		}
	}
	return speakerTurn{}, false
}

// indexColonOrStop is strings.IndexAny(s, ":."), byte by byte (neither
// byte lies inside a longer UTF-8 sequence).
func indexColonOrStop(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' || s[i] == '.' {
			return i
		}
	}
	return -1
}

var fxNameParticle = map[string]bool{"von": true, "der": true, "de": true, "van": true, "al": true, "bin": true, "da": true, "del": true, "la": true, "le": true}

// turnSentence makes segment i a claim of the speaker whose turn holds it:
// a statement (not a question) of at least five words, without the label.
func (s attributionStage) turnSentence(d *attribDoc, i int) (rawAttrib, bool) {
	start, end := d.c.SentSpan(i)
	for _, t := range d.turns {
		if end <= t.start || start >= t.end {
			continue
		}
		if !t.speaker {
			return rawAttrib{}, false
		}
		cs := max(start, t.start)
		text := strings.TrimRight(d.c.A.Body[cs:end], " \"”’)")
		if strings.HasSuffix(text, "?") || len(d.tokens(cs, end)) < 5 || introduces(text) {
			return rawAttrib{}, false
		}
		return rawAttrib{sent: i, claimStart: cs, claimEnd: end, src: t.src, turn: true}, true
	}
	return rawAttrib{}, false
}

// introduces reports a sentence that only announces what follows ("So we
// are going to do the following.", "Here is the plan:"): it claims
// nothing itself.
func introduces(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), ".")
	return strings.HasSuffix(t, ":") || strings.HasSuffix(strings.ToLower(t), "the following")
}
