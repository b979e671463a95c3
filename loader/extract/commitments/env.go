package commitments

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
)

// commitEnv holds what the commitment fields of one document depend on:
// where each sentence's attributed claim starts and what kind of source
// it has, and whether the document talks about a draft at all.
type commitEnv struct {
	c   *facts.Context
	lex *commitLexicon
	// sources holds, for each segment, its attributed claim and source
	// (see sentSource; read through claimStartOf, srcKindOf, ...).
	sources []sentSource
	// firstDraft is the byte offset where the document first names a
	// draft (-1 when it never does); firstSigned where it first tells a
	// text was signed.
	firstDraft, firstSigned int
	// lastBy is the actor of the last commitment read, in sentence lastSent.
	lastBy   []string
	lastSent int
	// lastTo is the beneficiary of that commitment; continued tells that
	// the subject of the unit being filled is that actor, named by a
	// pronoun.
	lastTo    string
	continued bool
	// conference is the first named conference of the text ("the Harbour
	// Conference"): its participants give what is raised there.
	conference string
	// preview tells a statement its opening frames as made ahead of a
	// meeting ("pre-summit press conference"): what it says will be
	// decided is proposed.
	preview bool
	// signers are the parties told to have signed a text.
	signers []string
	// lastObject holds the tokens of that commitment's object (see
	// objectNoun).
	lastObject []token.Tok
	// home is the state the document is written from (homeState), read
	// at the first officeState (homeRead).
	home     string
	homeRead bool
	// kinds and masked are reused by each kind scan (kindBuf) and each
	// masking of actors (maskActors).
	kinds  kindBuf
	masked []token.Tok
	// parts is reused by each cut of a unit at glued sentences.
	parts [][2]int
	// lowBody is the body with A-Z lower-cased, made at the first
	// lowered span that needs it.
	lowBody string
}

func newCommitEnv(c *facts.Context, lex *commitLexicon) *commitEnv {
	e := &commitEnv{c: c, lex: lex, sources: make([]sentSource, len(c.A.Sents))}
	for _, at := range c.A.Result.Attributions {
		for _, ev := range at.Evidence {
			i := ev.Sentence
			if i < 0 || i >= len(c.A.Sents) {
				continue
			}
			st, en := c.SentSpan(i)
			if k := strings.Index(c.A.Body[st:en], ev.Text); k >= 0 && ev.Text != "" {
				src := &e.sources[i]
				src.claimStart, src.claimEnd, src.claimed = st+k, st+k+len(ev.Text), true
			}
			src := &e.sources[i]
			src.kind, src.id, src.name = at.SourceKind, at.SourceID, at.Source
		}
	}
	all := token.Tokens(c.A.Body, 0, len(c.A.Body))
	for i := 0; i < len(c.A.Sents) && i < 3; i++ {
		st, en := c.SentSpan(i)
		e.preview = e.preview || lex.preview.Has(token.Tokens(c.A.Body, st, en))
	}
	if m := ConferenceIn(c.A.Body); m != "" && !strings.HasPrefix(strings.ToLower(m), "press ") {
		e.conference = strings.TrimPrefix(m, "The ")
	}
	e.firstDraft, e.firstSigned = -1, -1
	if h, ok := lex.draft.First(all); ok {
		e.firstDraft = h.Start
	}
	if h, ok := lex.signed.First(all); ok {
		e.firstSigned = h.Start
	}
	return e
}

// conferenceRE finds a named conference ("the Harbour Conference").
var conferenceRE = regexp.MustCompile(`\b(?:[A-Z][\p{L}-]+ ){1,4}Conference\b`)

// ConferenceIn returns the first named conference of text, or "".
func ConferenceIn(text string) string {
	if !strings.Contains(text, "Conference") { // every match ends so
		return ""
	}
	return conferenceRE.FindString(text)
}

// sentSource is what the attributions tell of one segment: where its
// claim starts and ends (when claimed: the claim's text was found in it),
// and the kind, id and name of its source ("" when none).
type sentSource struct {
	claimStart, claimEnd int
	claimed              bool
	kind, id, name       string
	// draft is 1 when the source is a document whose name names a draft,
	// -1 when not, 0 before draftSource reads it.
	draft int8
}

// draftSource reports a segment whose claim's source is a document whose
// name names a draft ("the draft communiqué"), read once per segment.
func (e *commitEnv) draftSource(i int) bool {
	src := e.source(i)
	if src.kind != "document" {
		return false
	}
	if src.draft == 0 { // a segment in range: noSource has no kind
		src.draft = -1
		if e.lex.draft.Has(token.Tokens(src.name, 0, len(src.name))) {
			src.draft = 1
		}
	}
	return src.draft > 0
}

// source is segment i's sentSource, the zero one for a segment out of
// range.
func (e *commitEnv) source(i int) *sentSource {
	if i < 0 || i >= len(e.sources) {
		return &noSource
	}
	return &e.sources[i]
}

// noSource is the sentSource of no segment; never written.
var noSource sentSource

// claimStartOf is where segment i's claim starts, and whether it has one.
func (e *commitEnv) claimStartOf(i int) (int, bool) {
	src := e.source(i)
	return src.claimStart, src.claimed
}

// claimEndOf is where segment i's claim ends, and whether it has one.
func (e *commitEnv) claimEndOf(i int) (int, bool) {
	src := e.source(i)
	return src.claimEnd, src.claimed
}

// srcKindOf, srcIDOf and srcNameOf tell the kind, id and name of the
// source of segment i's claim.
func (e *commitEnv) srcKindOf(i int) string { return e.source(i).kind }
func (e *commitEnv) srcIDOf(i int) string   { return e.source(i).id }
func (e *commitEnv) srcNameOf(i int) string { return e.source(i).name }

// lowered is strings.ToLower(body[start:end]) of the document without a
// new string when strings.ToLower changes only ASCII letters there (see
// asciiCase): the span itself when it has no capital, else a slice of
// the body with A-Z lower-cased (byte offsets then stay those of the
// body).
func (e *commitEnv) lowered(start, end int) string {
	s := e.c.A.Body[start:end]
	ascii, upper := asciiCase(s)
	switch {
	case !ascii:
		return strings.ToLower(s)
	case !upper:
		return s
	}
	if len(e.lowBody) != len(e.c.A.Body) {
		e.lowBody = model.LowerBody(e.c.A)
	}
	return e.lowBody[start:end]
}

// loweredStraight is lowered with curly apostrophes made straight first
// (strings.ToLower(strings.ReplaceAll(text, "’", "'"))).
func (e *commitEnv) loweredStraight(start, end int) string {
	if s := e.c.A.Body[start:end]; strings.Contains(s, "’") {
		return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	}
	return e.lowered(start, end)
}

// hiBits are the high bits of eight bytes.
const hiBits = 0x8080808080808080

// asciiCase reports whether strings.ToLower(s) only lower-cases the
// ASCII capitals of s (s is valid UTF-8 and every other rune is its own
// lower case), and whether s holds an ASCII capital.
func asciiCase(s string) (ascii, upper bool) {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight ASCII bytes at a time
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&hiBits != 0 {
			break // a byte beyond ASCII: read rune by rune below
		}
		// a byte from 'A' on (+0x3f sets its high bit) but not from '[' on
		upper = upper || (w+0x3f3f3f3f3f3f3f3f)&^(w+0x2525252525252525)&hiBits != 0
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.ToLower(r) != r {
			return false, upper
		}
		i += size
	}
	return true, upper
}
