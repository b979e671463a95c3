package attributions

import (
	"github.com/kg-project/kg/loader/extract/model"
)

// keepInterviewRelay carries the outlet that relayed a person's first
// relayed claim ("X told Al Jazeera that ...", "X said as quoted by
// Interfax") to the person's claims in the sentences right after that
// name no relay: the interview goes on.
func keepInterviewRelay(raws []rawAttrib) {
	for k := 1; k < len(raws); k++ {
		p, r := raws[k-1].src, &raws[k]
		if r.src.kind == "person" && r.src.id == p.id && p.via != "" && r.src.via == "" && r.sent <= raws[k-1].sent+1 {
			r.src.via, r.src.viaName = p.via, p.viaName
		}
	}
}

// relayedSpeaker turns "X said <claim>" credited to an outlet ("...,
// reported Reuters", "according to a pool report from the Journal") into
// X's claim relayed by the outlet (no relay when it is the document's own
// outlet).
func (s attributionStage) relayedSpeaker(d *attribDoc, r rawAttrib) rawAttrib {
	if r.src.kind != "outlet" || r.src.via != "" {
		return r
	}
	inner, cs, ok := s.innerSpeaker(d, r.claimStart, r.claimEnd)
	if !ok {
		return r
	}
	if !d.isLocalOutlet(r.src.id) {
		inner = inner.relay(d.c, model.Mention{Key: r.src.id, Text: r.src.name, Kind: "outlet"})
	}
	r.src, r.claimStart = inner, cs
	return r
}

// innerSpeaker finds "X said <claim>" inside [start, end) with a source
// that is not an outlet; it returns the source and where the claim starts.
func (s attributionStage) innerSpeaker(d *attribDoc, start, end int) (attribSource, int, bool) {
	body := d.c.A.Body
	toks := d.tokens(start, end)
	for _, v := range d.verbs(toks) {
		npStart := start
		if b, size := fxBoundaryBefore(body, start, v.Start); b >= 0 {
			npStart = b + size // "In a meeting on Friday, X said ..."
		}
		src, ok := d.sourceOf(npStart, s.stripAux(d, npStart, v.Start), false)
		if !ok || src.kind == "outlet" || src.kind == "document" {
			continue
		}
		cs := claimStart(body, v.End, end, false)
		if len(d.tokens(cs, end)) < 3 {
			continue
		}
		return src, cs, true
	}
	return attribSource{}, 0, false
}
