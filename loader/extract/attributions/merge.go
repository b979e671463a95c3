package attributions

import (
	"slices"
	"strings"
)
import "github.com/kg-project/kg/loader/extract/facts"
import "github.com/kg-project/kg/loader/extract/model"
import "github.com/kg-project/kg/loader/extract/token"

// attribAcc gathers the sentences of one claim.
type attribAcc struct {
	src         attribSource
	spans       [][2]int // claim byte ranges
	first, last int      // segment indices
	explicit    bool
	quote       bool
	turn        bool // sentences of a speaker's turn
	// credited: the claim's sentence credits its source in a parenthesis
	// ("Subject, X reports, predicate") and stands alone
	credited bool
	words    int // words of the claim so far
}

// turnChunkWords bounds a claim gathered from consecutive sentences of a
// speaker's turn: short sentences join the one before, long ones stand
// alone, so that a claim stays about one point.
const turnChunkWords = 45

// shortQuoteWords: a sentence of fewer words that goes on with a quotation
// already claimed joins that claim.
const shortQuoteWords = 8

// mergeAttribs renders raw attributions as Result attributions. A direct
// quotation is widened to where it opened; a claim is merged into the one
// just before it when the source is the same and the sentences follow
// each other, and either the second is a direct quotation or, in one
// paragraph, it names its source after the claim ("Diplomats say X. Y,
// diplomats say."). A claim never starts with a dateline.
//
// The attributions are appended to dst, which is returned.
func mergeAttribs(c *facts.Context, qs [][2]int, raws []rawAttrib, dst []model.Attribution) []model.Attribution {
	accs := make([]attribAcc, 0, len(raws))
	for _, r := range raws {
		r.claimStart = facts.SkipDateline(c.A.Body, r.claimStart, r.claimEnd)
		start, quote := quotedClaim(c.A, qs, r.claimStart, r.claimEnd)
		if n := len(accs); n > 0 && start < r.claimStart {
			// the quotation opened in a sentence that is already a claim:
			// a short sentence goes on with that claim ("It will stay
			// so."), a longer one is a claim of its own
			if p := &accs[n-1]; p.spans[len(p.spans)-1][1] > start {
				start = r.claimStart
				if p.src.id == r.src.id && len(token.Tokens(c.A.Body, start, r.claimEnd)) < shortQuoteWords {
					p.spans = append(p.spans, [2]int{start, r.claimEnd})
					p.last = r.sent
					continue
				}
			}
		}
		first := r.sent
		if start < r.claimStart {
			if k := c.A.SentAt(start); k >= 0 {
				first = k
			}
		}
		words := len(token.Tokens(c.A.Body, start, r.claimEnd))
		if n := len(accs); n > 0 && r.turn {
			if p := &accs[n-1]; p.turn && p.src.id == r.src.id && first == p.last+1 &&
				(r.block || !c.ParagraphBreak(p.last, first)) && p.words+words <= turnChunkWords {
				p.spans = append(p.spans, [2]int{start, r.claimEnd})
				p.last, p.words = r.sent, p.words+words
				continue
			}
		}
		if n := len(accs); n > 0 {
			p := &accs[n-1]
			if p.src.id == r.src.id && first <= p.last+1 &&
				(quote && first < r.sent || r.trailing && r.explicit && p.explicit && !c.ParagraphBreak(p.last, first) &&
					!p.credited && !r.credited && !r.further) {
				p.spans = append(p.spans, [2]int{start, r.claimEnd})
				p.last = r.sent
				p.quote = p.quote || quote
				continue
			}
		}
		accs = append(accs, attribAcc{src: r.src, spans: [][2]int{{start, r.claimEnd}},
			first: first, last: r.sent, explicit: r.explicit, quote: quote, turn: r.turn, words: words, credited: r.credited})
	}
	dst = slices.Grow(dst, len(accs))
	for k := range accs {
		dst = append(dst, accs[k].attribution(c))
	}
	return dst
}

func (acc *attribAcc) attribution(c *facts.Context) model.Attribution {
	var partBuf [4]string
	var wordBuf [4][]token.Tok
	parts := partBuf[:0]
	words := wordBuf[:0] // the words of each part, for the claim's id
	at := model.Attribution{Source: acc.src.name, SourceID: acc.src.id, SourceKind: acc.src.kind, Quote: acc.quote}
	for _, sp := range acc.spans {
		s, e := token.TrimSpan(c.A.Body, sp[0], sp[1])
		if e <= s {
			continue
		}
		part := cleanText(c.A.Body[s:e])
		parts = append(parts, part)
		at.Evidence = append(at.Evidence, c.A.Span(s, e))
		if strings.Contains(c.A.Body[s:e], "**") {
			// Clean drops emphasis marks, which may join two words
			words = append(words, token.Tokens(part, 0, len(part)))
		} else {
			words = append(words, token.Tokens(c.A.Body, s, e))
		}
	}
	at.Claim = strings.Join(parts, "; ")
	if acc.src.via != "" && acc.src.via != acc.src.id {
		v := acc.src.viaName
		if v == "" {
			v = c.Name(acc.src.via)
		}
		at.Via, at.ViaID, at.ViaChain = &v, acc.src.via, []string{v}
	}
	at.ID = model.ClaimIDOfTokens(acc.src.id, words...) // = model.ClaimID(acc.src.id, at.Claim)
	return at
}
