package attributions

import (
	"io/fs"

	"github.com/kg-project/kg/loader/extract/facts"
	"github.com/kg-project/kg/loader/extract/model"
	"github.com/kg-project/kg/loader/extract/token"
	"github.com/kg-project/kg/loader/gazetteer"
)

// attributionStage finds who says what: "X said ...", "..., X said",
// "according to X", "X told Y", "citing Y", "the draft says", "diplomats
// say", a draft "seen by" an outlet, "is said to" (the last document
// source named), and in a primary statement "We stressed that". Sources
// are named actors, outlets, documents ("docref:...") or unnamed
// descriptors ("unnamed:..."). A document an outlet saw or obtained
// anywhere in the text is relayed by that outlet (via) in every claim
// drawn from it, even the document's own outlet ("a draft seen by
// Reuters" in a Reuters report); a source that "told" the document's own
// outlet, or that the own outlet "reports per", has no via.
type attributionStage struct{ lex *attribLexicon }

// NewStage builds the attribution stage from the attribution lexicon.
func NewStage(_ *gazetteer.Gazetteer, data fs.FS) (model.Stage, error) {
	lex, err := LoadLexicon(data)
	if err != nil {
		return nil, err
	}
	return attributionStage{lex: lex}, nil
}

// rawAttrib is one sentence's attribution before merging.
type rawAttrib struct {
	sent                 int
	claimStart, claimEnd int
	src                  attribSource
	explicit             bool // the sentence names its source
	trailing             bool // the source follows the claim ("..., X said")
	turn                 bool // a sentence of a transcript speaker's turn
	// back: the source closes its paragraph ("... . - X said"), so the
	// paragraph's sentences before this one are its claims too
	back bool
	// colon: the claim is the quotation that follows ("X says:")
	colon bool
	// leading: the source and its verb open the claim ("X said ...")
	leading bool
	// further: the verb tells a further point ("..., X added"), which
	// stays a claim of its own
	further bool
	// block: a sentence of a statement read out after "X said the
	// following:", whose paragraphs are one speech
	block bool
	// also: further persons of a joint subject ("X and Y said ...")
	also []attribSource
	// credited: the claim runs on after a parenthetical credit
	// ("Subject, X reports, predicate") and stands alone
	credited bool
}

// Apply finds attributions sentence by sentence, then merges a claim told
// over consecutive sentences of one paragraph by one source.
func (s attributionStage) Apply(a *model.Analysis) error {
	c := facts.SharedContext(a) // the one the fact stages before built, if they did
	d := newAttribDoc(c, s.lex)
	// raws sized for a claim in every other sentence, about what news
	// texts hold: a few growths at most
	raws := make([]rawAttrib, 0, len(a.Sents)/2+4)
	var heads []rawAttrib
	var block *rawAttrib // "X said the following:" before a statement block
	for i, sent := range a.Sents {
		if sent.Kind == "heading" && !d.cutOffEnd(i) {
			block = nil
			if r, ok := s.headline(d, i); ok {
				heads = append(heads, r)
			}
			continue
		}
		r, ok, skip := s.labelledQuote(d, i)
		if skip {
			continue
		}
		if !ok {
			r, ok = s.inSentence(d, i, raws)
		}
		if !ok && sent.Kind != "heading" {
			r, ok = s.turnSentence(d, i)
		}
		if !ok && sent.Kind != "heading" {
			r, ok = s.speechSentence(d, i)
		}
		if !ok && sent.Kind != "heading" {
			r, ok = continuedQuote(d, i, raws)
		}
		if !ok && block != nil {
			var open bool
			if r, ok, open = s.blockSentence(d, i, block); !open {
				block = nil
			}
		}
		if ok && r.colon {
			block = nil
			if s.opensBlock(d, i) {
				opener := r // a copy: r itself stays off the heap
				block = &opener
			}
		}
		if !ok || r.claimEnd <= r.claimStart && !r.back && !r.colon {
			continue
		}
		if r.leading {
			raws = s.splitReported(d, r, 0, raws)
		} else {
			raws = append(raws, r)
		}
		for _, co := range r.also {
			// each speaker of a joint subject says it
			r2 := r
			r2.src, r2.also = co, nil
			raws = append(raws, r2)
		}
		// no copy: the loop only appends to raws, so the element (in
		// this backing array or an earlier one) stays as it is
		d.lastSpeaker = &raws[len(raws)-1]
	}
	raws = backfill(c, raws)
	keepInterviewRelay(raws)
	if l := d.labelSrc; l != nil && l.via != "" {
		// the labelled source speaks through its outlet all along
		for k := range raws {
			if raws[k].src.id == l.id && raws[k].src.via == "" {
				raws[k].src = l.relay(c, model.Mention{Key: l.via, Text: l.viaName, Kind: "outlet"})
			}
		}
	}
	if d.relay != nil {
		for k := range raws {
			if raws[k].src.via == "" && raws[k].src.id != d.relay.Key {
				raws[k].src = raws[k].src.relay(c, *d.relay)
			}
		}
	}
	a.Result.Attributions = mergeAttribs(c, d.quotes, raws, a.Result.Attributions)
	for _, r := range mergeAttribs(c, d.quotes, heads, nil) {
		if !repeatsClaim(r, a.Result.Attributions) {
			a.Result.Attributions = append(a.Result.Attributions, r)
		}
	}
	return nil
}

// sentencePatterns are the patterns inSentence tries, most specific
// first; each starts from a phrase of the sentence lists (see
// scanSentences).
var sentencePatterns = [...]func(attributionStage, *attribDoc, int, []token.Tok) (rawAttrib, bool){
	attributionStage.relativeSpeaker, attributionStage.relativeSource, attributionStage.stanceOf,
	attributionStage.statedBy, attributionStage.prefixed, attributionStage.documentVerb, attributionStage.dashTrailing,
	attributionStage.trailing, attributionStage.leading, attributionStage.primaryStatement, attributionStage.participial,
}

// inSentence tries the patterns on segment i, most specific first.
func (s attributionStage) inSentence(d *attribDoc, i int, prev []rawAttrib) (rawAttrib, bool) {
	start, end := d.c.SentSpan(i)
	toks := d.sentenceTokens(i)
	if len(toks) < 3 || len(d.cur.matches) == 0 {
		// every pattern below starts from a phrase of the sentence lists
		return rawAttrib{}, false
	}
	if h, ok := d.first(&s.lex.passive, toks); ok && h.From <= 8 {
		// "X is said to ...": the claim of the last document cited
		for k := len(prev) - 1; k >= 0; k-- {
			if prev[k].src.kind == "document" {
				return rawAttrib{sent: i, claimStart: start, claimEnd: end, src: prev[k].src}, true
			}
		}
		return rawAttrib{}, false
	}
	for _, try := range sentencePatterns {
		if r, ok := try(s, d, i, toks); ok {
			r.sent, r.explicit = i, true
			return s.relayedSpeaker(d, s.quotedOverFragment(d, r)), true
		}
	}
	return rawAttrib{}, false
}
